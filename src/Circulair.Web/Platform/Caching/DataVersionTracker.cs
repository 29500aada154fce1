using System.Collections.Concurrent;
using Circulair.Persistence;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// The organisations' data versions this app instance knows to be current, so that the front door
/// (<see cref="PageCacheFrontDoor"/>, decision 0172) can answer without asking the database. A version is learnt from
/// the membership query every organisation request runs anyway (<see cref="Observe"/>), and forgotten as soon as a
/// raise of it commits: in this instance through the commit hook (<see cref="IDataVersionObserver"/>), in another
/// through PostgreSQL's announcement (<see cref="PostgresVersionListener"/>).
/// A learnt version can never outlive a commit: every forgetting advances an epoch and notes it against the organisations
/// it forgot, and a version read before that is refused (or taken back) when it arrives after it. Only a forgetting of
/// the same organisation (or of all) counts, so one organisation's saves never keep another's versions from being learnt
/// (decision 0450).
/// With several instances (PostgreSQL) nothing is trusted while the announcements are not being heard.
/// </summary>
public sealed class DataVersionTracker(IHttpContextAccessor http) : IDataVersionObserver
{
    /// <summary>The request item listing the organisations whose versions this request raised (for the floor cookie).</summary>
    internal const string RaisedItem = "circulair.raised-versions";

    private readonly ConcurrentDictionary<int, long> _known = new();
    /// <summary>The epoch of each organisation's latest forgetting.</summary>
    private readonly ConcurrentDictionary<int, long> _forgottenAt = new();
    private long _epoch;
    /// <summary>The epoch of the latest forgetting of every organisation at once.</summary>
    private long _allForgottenAt;
    private volatile bool _trusted;

    /// <summary>True when other app instances may write to the same database, so versions must be heard from them.</summary>
    public bool Shared { get; private set; }

    /// <summary>Whether known versions may be used now.</summary>
    public bool Trusted => _trusted;

    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>Starts trusting at once (one instance: every raise goes through this process) or only once heard (shared).</summary>
    internal void Configure(bool enabled, bool shared)
    {
        Shared = shared;
        _trusted = enabled && !shared;
    }

    public bool TryGetCurrent(int organisationId, out long version)
    {
        version = 0;
        return _trusted && _known.TryGetValue(organisationId, out version);
    }

    /// <summary>Learns a version read from the database by a query that began in <paramref name="epochBefore"/>.</summary>
    public void Observe(int organisationId, long version, long epochBefore)
    {
        if (!_trusted || !UnchangedSince(organisationId, epochBefore))
        {
            return;
        }
        _known[organisationId] = version;
        Interlocked.MemoryBarrier();
        if (!UnchangedSince(organisationId, epochBefore))
        {
            // Something was forgotten while this was being written: it may have been this very version.
            _known.TryRemove(new KeyValuePair<int, long>(organisationId, version));
        }
    }

    /// <summary>A raise committed through this instance.</summary>
    public void Committed(IReadOnlyCollection<int> organisationIds)
    {
        Forget(organisationIds);
        if (Shared && http.HttpContext is { } context)
        {
            if (context.Items[RaisedItem] is not HashSet<int> raised)
            {
                context.Items[RaisedItem] = raised = [];
            }
            raised.UnionWith(organisationIds);
        }
    }

    /// <summary>
    /// True when nothing of this organisation (nor everything) was forgotten after <paramref name="epochBefore"/> was
    /// read: a version of it read since then is still the current one as far as this instance knows.
    /// </summary>
    public bool UnchangedSince(int organisationId, long epochBefore) =>
        Interlocked.Read(ref _allForgottenAt) <= epochBefore
        && (!_forgottenAt.TryGetValue(organisationId, out var at) || at <= epochBefore);

    public void Forget(IEnumerable<int> organisationIds)
    {
        var epoch = Interlocked.Increment(ref _epoch);
        foreach (var id in organisationIds)
        {
            // Noted before the version goes, and never lowered by a slower forgetting of the same organisation.
            _forgottenAt.AddOrUpdate(id, epoch, (_, at) => Math.Max(at, epoch));
            Interlocked.MemoryBarrier();
            _known.TryRemove(id, out _);
        }
    }

    /// <summary>Forgets every version; from now on trusts or distrusts (announcements heard again, or lost).</summary>
    internal void ForgetAll(bool trustAfterwards)
    {
        if (!trustAfterwards)
        {
            _trusted = false;
        }
        var epoch = Interlocked.Increment(ref _epoch);
        long at;
        while ((at = Interlocked.Read(ref _allForgottenAt)) < epoch && Interlocked.CompareExchange(ref _allForgottenAt, epoch, at) != at)
        {
        }
        _known.Clear();
        if (trustAfterwards)
        {
            _trusted = true;
        }
    }
}
