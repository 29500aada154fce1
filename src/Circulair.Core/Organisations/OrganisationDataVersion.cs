using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Circulair.Organisations;

/// <summary>
/// The organisation's data version (<see cref="Organisation.DataVersion"/>): one number that changes whenever anything
/// shown on the organisation's pages changes. The audit interceptor raises it in the transaction of every audited save;
/// writes that bypass the change tracker (ExecuteUpdate/ExecuteDelete, bulk writers, raw SQL) call
/// <see cref="RaiseAsync(DbContext, int, CancellationToken)"/> themselves, inside their transaction or right after
/// their write commits — never before it. Pages cached under a version are valid exactly while it is current
/// (decision 0170), in every app instance, because the number lives in the database.
/// Every raise is also told to the app once it is committed (<see cref="IDataVersionObserver"/>, decision 0172), and on
/// PostgreSQL announced to the other app instances with <c>pg_notify</c> in the same transaction, so the
/// announcement goes out exactly when the raise commits.
/// </summary>
public static class OrganisationDataVersion
{
    /// <summary>The PostgreSQL channel that announces raised versions; the payload is the organisation ids, comma-separated.</summary>
    public const string Channel = "circulair_versions";

    public static Task<int> RaiseAsync(DbContext db, int organisationId, CancellationToken ct = default) =>
        RaiseAsync(db, [organisationId], ct);

    /// <summary>Raises the data version of <paramref name="organisationIds"/> and, not knowing what changed, their <see cref="Organisation.OwnerNamesVersion"/> too.</summary>
    public static Task<int> RaiseAsync(DbContext db, IReadOnlyCollection<int> organisationIds, CancellationToken ct = default) =>
        RaiseAsync(db, organisationIds, null, ct);

    /// <param name="ownerNames">The organisations among <paramref name="organisationIds"/> where a name a goal's owner may be changed; null for all of them.</param>
    public static async Task<int> RaiseAsync(DbContext db, IReadOnlyCollection<int> organisationIds, IReadOnlyCollection<int>? ownerNames, CancellationToken ct = default)
    {
        if (organisationIds.Count == 0)
        {
            return 0;
        }
        var announce = IsPostgreSql(db);
        await using var own = announce && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var rows = await Query(db, organisationIds).ExecuteUpdateAsync(s => Setters(s, ownerNames), ct);
        (db as CirculairDbContext)?.NoteRaisedVersions(organisationIds);
        if (announce)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [Channel, Payload(organisationIds)], ct);
        }
        if (own is not null)
        {
            await own.CommitAsync(ct);
        }
        return rows;
    }

    /// <param name="ownerNames">As in <see cref="RaiseAsync(DbContext, IReadOnlyCollection{int}, IReadOnlyCollection{int}?, CancellationToken)"/>.</param>
    public static int Raise(DbContext db, IReadOnlyCollection<int> organisationIds, IReadOnlyCollection<int>? ownerNames = null)
    {
        if (organisationIds.Count == 0)
        {
            return 0;
        }
        var announce = IsPostgreSql(db);
        using var own = announce && db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        var rows = Query(db, organisationIds).ExecuteUpdate(s => Setters(s, ownerNames));
        (db as CirculairDbContext)?.NoteRaisedVersions(organisationIds);
        if (announce)
        {
            db.Database.ExecuteSqlRaw("SELECT pg_notify({0}, {1})", Channel, Payload(organisationIds));
        }
        own?.Commit();
        return rows;
    }

    /// <summary>Reads a payload of <see cref="Channel"/>: the organisation ids, or none when it is not one of ours.</summary>
    public static IReadOnlyList<int> ParsePayload(string payload)
    {
        var ids = new List<int>();
        foreach (var part in payload.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return [];
            }
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>One UPDATE: the data version of every organisation, the owner names' version of those <paramref name="ownerNames"/> holds (all when null).</summary>
    private static void Setters(UpdateSettersBuilder<Organisation> s, IReadOnlyCollection<int>? ownerNames)
    {
        s.SetProperty(o => o.DataVersion, o => o.DataVersion + 1);
        if (ownerNames is null)
        {
            s.SetProperty(o => o.OwnerNamesVersion, o => o.OwnerNamesVersion + 1);
        }
        else if (ownerNames.Count > 0)
        {
            var names = ownerNames.ToArray();
            s.SetProperty(o => o.OwnerNamesVersion, o => names.Contains(o.Id) ? o.OwnerNamesVersion + 1 : o.OwnerNamesVersion);
        }
    }

    private static bool IsPostgreSql(DbContext db) => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static string Payload(IReadOnlyCollection<int> organisationIds) =>
        string.Join(',', organisationIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static IQueryable<Organisation> Query(DbContext db, IReadOnlyCollection<int> organisationIds)
    {
        var first = organisationIds.First();
        return organisationIds.Count == 1
            ? db.Set<Organisation>().Where(o => o.Id == first)
            : db.Set<Organisation>().Where(o => organisationIds.Contains(o.Id));
    }
}
