using Microsoft.EntityFrameworkCore;

namespace Circulair.Organisations;

/// <summary>
/// The organisation's data version (<see cref="Organisation.DataVersion"/>): one number that changes whenever anything
/// shown on the organisation's pages changes. The audit interceptor raises it in the transaction of every audited save;
/// writes that bypass the change tracker (ExecuteUpdate/ExecuteDelete, bulk writers, raw SQL) call
/// <see cref="RaiseAsync(DbContext, int, CancellationToken)"/> themselves, inside their transaction or right after
/// their write commits — never before it. Pages cached under a version are valid exactly while it is current
/// (decision 0170), in every app instance, because the number lives in the database.
/// </summary>
public static class OrganisationDataVersion
{
    public static Task<int> RaiseAsync(DbContext db, int organisationId, CancellationToken ct = default) =>
        db.Set<Organisation>().Where(o => o.Id == organisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.DataVersion, o => o.DataVersion + 1), ct);

    public static async Task<int> RaiseAsync(DbContext db, IReadOnlyCollection<int> organisationIds, CancellationToken ct = default) =>
        organisationIds.Count switch
        {
            0 => 0,
            1 => await RaiseAsync(db, organisationIds.First(), ct),
            _ => await db.Set<Organisation>().Where(o => organisationIds.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DataVersion, o => o.DataVersion + 1), ct),
        };

    public static int Raise(DbContext db, IReadOnlyCollection<int> organisationIds)
    {
        if (organisationIds.Count == 0)
        {
            return 0;
        }
        var first = organisationIds.First();
        var query = organisationIds.Count == 1
            ? db.Set<Organisation>().Where(o => o.Id == first)
            : db.Set<Organisation>().Where(o => organisationIds.Contains(o.Id));
        return query.ExecuteUpdate(s => s.SetProperty(o => o.DataVersion, o => o.DataVersion + 1));
    }
}
