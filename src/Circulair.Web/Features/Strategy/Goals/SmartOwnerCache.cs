using System.Collections.Concurrent;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Platform.Security;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>
/// The names a goal's owner may be (<see cref="SmartOwners"/>), kept per organisation (decision 0465). The dashboard,
/// the strategy overview and the goal and action pages check goals against the whole register: 2,000 stakeholders
/// meant a query of 2,000 names and normalising each (accents, case) on every rendered page, about an eighth of the
/// dashboard's own work.
/// <para>
/// Two ways to reuse a kept set. (1) By the owner names' version (<see cref="OrganisationContext.OwnerNamesVersion"/>,
/// decision 0505): the version is the one the request read before anything else, so a set kept under it was read after
/// that version was current and can only be newer, never older; every save of a stakeholder's name or department, a
/// membership or an account's name raises it, and so does every raise that does not say what changed. Most saves
/// (an action, a goal, a rating) leave it as it is, so the names are not even read after them. A request that is not
/// GET or HEAD never takes this way (its version was read before its own save). (2) By content: when the version
/// moved, the names are read again, and when they are exactly the kept ones the normalised set is reused and only the
/// version is updated.
/// </para>
/// One set per organisation, at most <see cref="Capacity"/> organisations; beyond that an arbitrary one is dropped.
/// </summary>
public sealed class SmartOwnerCache(IHttpContextAccessor http)
{
    public const int Capacity = 256;

    /// <summary>The names as read (to compare the next read with) and their normalised set, current at <paramref name="Version"/>.</summary>
    private sealed record Entry(long Version, HashSet<string> Names, SmartOwners Owners);

    private readonly ConcurrentDictionary<int, Entry> _entries = new();

    /// <summary>Whether the set of this organisation at this owner names' version is kept (for the tests).</summary>
    public bool Holds(int organisationId, long version) => _entries.TryGetValue(organisationId, out var entry) && entry.Version == version;

    /// <summary>The SMART context of <paramref name="organisation"/> today, with its owners' names from memory when current.</summary>
    public async Task<SmartContext> ContextAsync(CirculairDbContext db, OrganisationContext organisation, TimeProvider clock, CancellationToken ct)
    {
        var today = StakeholderLabels.Today(clock);
        var reading = http.HttpContext?.Request.Method is { } method && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method));
        _entries.TryGetValue(organisation.Id, out var kept);
        if (reading && kept is not null && kept.Version == organisation.OwnerNamesVersion)
        {
            return new SmartContext(today, kept.Owners);
        }
        var names = await SmartContexts.NamesAsync(db, organisation.Id, ct);
        var same = kept is not null && kept.Names.SetEquals(names);
        var owners = same ? kept!.Owners : new SmartOwners(names);
        // A request that may have saved keeps what it read, under no version any request will ask for.
        var version = reading ? organisation.OwnerNamesVersion : long.MinValue;
        var entry = new Entry(version, same ? kept!.Names : names, owners);
        if (_entries.Count >= Capacity && kept is null)
        {
            foreach (var key in _entries.Keys)
            {
                _entries.TryRemove(key, out _);
                break;
            }
        }
        // Never replace a later version's set with an earlier one read by a slower request.
        _entries.AddOrUpdate(organisation.Id, entry, (_, now) => now.Version > version ? now : entry);
        return new SmartContext(today, owners);
    }

    /// <summary>A loader for the static queries that take one (<see cref="StrategyTree"/>, the dashboard's facts).</summary>
    public Func<CancellationToken, Task<SmartContext>> For(CirculairDbContext db, OrganisationContext organisation, TimeProvider clock) =>
        ct => ContextAsync(db, organisation, clock, ct);
}
