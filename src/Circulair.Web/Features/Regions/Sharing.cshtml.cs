using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// The member's opt-in, per region and per indicator: which measurements the region (and the other members that share
/// the same indicator) may see. Offered are the indicators a region can compare: those adopted from the standard set
/// and those adopted from this region's own definitions. Nothing is shared until ticked; unticking takes the figures
/// out of the region's views at once (they are read on every request). A Coördinator decides.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class SharingModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : RegionPageModel(db, current, clock)
{
    public IReadOnlyList<RegionSharing> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Regions = await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(int membershipId, List<int> indicatorIds, CancellationToken ct)
    {
        var regions = await LoadAsync(ct);
        if (regions.FirstOrDefault(r => r.MembershipId == membershipId) is not { } region)
        {
            return NotFound();
        }
        var offered = region.Indicators.Select(i => i.Id).ToHashSet();
        var wanted = indicatorIds.Where(offered.Contains).ToHashSet();
        var existing = await Db.RegionShares.InOrganisation(Org.Id).Where(s => s.RegionMembershipId == membershipId).ToListAsync(ct);
        Db.RegionShares.RemoveRange(existing.Where(s => !wanted.Contains(s.IndicatorId)));
        foreach (var id in wanted.Where(id => existing.All(s => s.IndicatorId != id)))
        {
            Db.RegionShares.Add(new RegionShare(Org.Id, membershipId, id, Now));
        }
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Regions.Sharing.Saved";
        TempData["FlashArguments"] = new[] { region.RegionName, wanted.Count.ToString(System.Globalization.CultureInfo.CurrentCulture) };
        return Redirect(Link("/sharing"));
    }

    private async Task<IReadOnlyList<RegionSharing>> LoadAsync(CancellationToken ct)
    {
        var orgId = Org.Id;
        var memberships = await (
            from m in Db.RegionMemberships
            where m.MemberOrganisationId == orgId && m.Status == RegionMembershipStatus.Active
            join r in Db.Organisations on m.OrganisationId equals r.Id
            orderby r.Name
            select new { m.Id, RegionId = r.Id, r.Name })
            .ToListAsync(ct);
        if (memberships.Count == 0)
        {
            return [];
        }
        var indicators = await Db.Indicators.InOrganisation(orgId).Where(i => i.StandardCode != null || i.RegionKey != null)
            .OrderBy(i => i.Name).Select(i => new { i.Id, i.Name, i.Unit, i.StandardCode, i.RegionKey }).ToListAsync(ct);
        var regionIds = memberships.Select(m => m.RegionId).ToList();
        var keys = await Db.RegionIndicatorDefinitions.Where(d => regionIds.Contains(d.OrganisationId))
            .Select(d => new { d.OrganisationId, d.Key }).ToListAsync(ct);
        var membershipIds = memberships.Select(m => m.Id).ToList();
        var shares = await Db.RegionShares.InOrganisation(orgId).Where(s => membershipIds.Contains(s.RegionMembershipId))
            .Select(s => new { s.RegionMembershipId, s.IndicatorId }).ToListAsync(ct);
        return [.. memberships.Select(m =>
        {
            var own = keys.Where(k => k.OrganisationId == m.RegionId).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
            return new RegionSharing(m.Id, m.Name, [.. indicators
                .Where(i => i.StandardCode is not null || own.Contains(i.RegionKey!))
                .Select(i => new SharedIndicator(i.Id, i.Name, i.Unit, i.StandardCode is not null, shares.Any(s => s.RegionMembershipId == m.Id && s.IndicatorId == i.Id)))]);
        })];
    }

    public sealed record RegionSharing(int MembershipId, string RegionName, IReadOnlyList<SharedIndicator> Indicators);

    public sealed record SharedIndicator(int Id, string Name, string Unit, bool IsStandard, bool Shared);
}
