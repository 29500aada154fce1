using System.Collections.Concurrent;
using Circulair.Persistence;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// The organisations' data versions this app instance knows to be current, so that the front door
/// (<see cref="PageCacheFrontDoor"/>, decision 0172) can answer without asking the database. A version is learnt from
/// the membership query every organisation request runs anyway (<see cref="Observe"/>), and forgotten as soon as a
/// raise of it commits: in this instance through the commit hook (<see cref="IDataVersionObserver"/>), in another
/// through PostgreSQL's announcement (<see cref="PostgresVersionListener"/>).
/// A learnt version can never outlive a commit: every forgetting advances an epoch, and a version read before it is
/// refused (or taken back) when it arrives after it.
/// With several instances (PostgreSQL) nothing is trusted while the announcements are not being heard.
/// </summary>
public sealed class DataVersionTracker(IHttpContextAccessor http) : IDataVersionObserver
{
    /// <summary>The request item listing the organisations whose versions this request raised (for the floor cookie).</summary>
    internal const string RaisedItem = "circulair.raised-versions";

    private readonly ConcurrentDictionary<int, long> _known = new();
    private long _epoch;
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
        if (!_trusted || Epoch != epochBefore)
        {
            return;
        }
        _known[organisationId] = version;
        if (Epoch != epochBefore)
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

    public void Forget(IEnumerable<int> organisationIds)
    {
        Interlocked.Increment(ref _epoch);
        foreach (var id in organisationIds)
        {
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
        Interlocked.Increment(ref _epoch);
        _known.Clear();
        if (trustAfterwards)
        {
            _trusted = true;
        }
    }
}
