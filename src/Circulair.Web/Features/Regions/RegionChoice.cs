using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// Whose benchmark an organisation may open: its own when it is a region, and those of the regions it is an active
/// member of (as a member, decision 0351). Any other region is not there for it (404).
/// </summary>
/// <param name="ViewerMemberId">Null when the organisation looks at its own region; else the organisation itself, as a member.</param>
public sealed record RegionChoice(int RegionId, string RegionName, string RegionSlug, int? ViewerMemberId)
{
    public static async Task<IReadOnlyList<RegionChoice>> AvailableAsync(CirculairDbContext db, OrganisationContext org, CancellationToken ct)
    {
        var list = new List<RegionChoice>();
        if (org.Type.CanBeParent())
        {
            list.Add(new RegionChoice(org.Id, org.Name, org.Slug, null));
        }
        var orgId = org.Id;
        list.AddRange(await (
            from m in db.RegionMemberships
            where m.MemberOrganisationId == orgId && m.Status == RegionMembershipStatus.Active
            join r in db.Organisations on m.OrganisationId equals r.Id
            orderby r.Name
            select new RegionChoice(r.Id, r.Name, r.Slug, orgId))
            .ToListAsync(ct));
        return list;
    }
}
