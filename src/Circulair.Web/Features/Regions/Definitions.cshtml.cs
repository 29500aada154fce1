using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// Indicator definitions a region pushes to its members (issue 19 item 1). The region's Coördinator writes a definition
/// once; it is offered at once to every active member, whose Coördinator adopts it or leaves it. An adopted copy is the
/// member's own indicator (its targets, owner and measurements are the member's), linked back by the definition's key,
/// so the region can compare the members on it. Adopting twice does nothing.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class DefinitionsModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : RegionPageModel(db, current, clock)
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    /// <summary>The region's own definitions, with how many active members adopted each.</summary>
    public IReadOnlyList<OwnDefinition> Own { get; private set; } = [];

    /// <summary>Definitions pushed by the regions this organisation is an active member of.</summary>
    public IReadOnlyList<Offered> Offers { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostPushAsync(CancellationToken ct)
    {
        if (!IsRegion)
        {
            return NotFound();
        }
        var details = Input.ToDetails() with { Owner = null, BaselineValue = null, BaselineYear = null, Targets = [] };
        foreach (var problem in IndicatorRules.Check(details))
        {
            if (ModelState[$"Input.{problem.Field}"] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError($"Input.{problem.Field}", t[problem.Key, problem.Arguments]);
            }
        }
        var name = details.Name.Trim();
        if (name.Length > 0 && await Db.RegionIndicatorDefinitions.InOrganisation(Org.Id).AnyAsync(d => d.Name == name, ct))
        {
            ModelState.AddModelError("Input.Name", t["Regions.Definitions.NameTaken", name]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        Db.RegionIndicatorDefinitions.Add(new RegionIndicatorDefinition(Org.Id, details, Now));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Regions.Definitions.Pushed";
        TempData["FlashArguments"] = new[] { name };
        return Redirect(Link("/definitions"));
    }

    public async Task<IActionResult> OnPostAdoptAsync(int definitionId, CancellationToken ct)
    {
        var orgId = Org.Id;
        // Only a definition of a region this organisation is an active member of: anything else is not there for it.
        var offer = await (
            from d in Db.RegionIndicatorDefinitions
            where d.Id == definitionId
            join m in Db.RegionMemberships on d.OrganisationId equals m.OrganisationId
            where m.MemberOrganisationId == orgId && m.Status == RegionMembershipStatus.Active
            join r in Db.Organisations on d.OrganisationId equals r.Id
            select new { Definition = d, RegionName = r.Name })
            .FirstOrDefaultAsync(ct);
        if (offer is null)
        {
            return NotFound();
        }
        var key = offer.Definition.Key;
        var existing = await Db.Indicators.InOrganisation(orgId).Where(i => i.RegionKey == key).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return Redirect($"/o/{OrgSlug}/monitoring/indicators/{id}");
        }
        var details = offer.Definition.Details;
        if (await Db.Indicators.InOrganisation(orgId).AnyAsync(i => i.Name == details.Name, ct))
        {
            // Indicator names are unique per organisation: the copy says where it comes from.
            var suffix = $" ({offer.RegionName})";
            details = details with { Name = details.Name[..Math.Min(details.Name.Length, Indicator.NameMaxLength - suffix.Length)] + suffix };
        }
        var indicator = Indicator.AdoptedFromRegion(orgId, details, key, Now);
        Db.Indicators.Add(indicator);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Regions.Definitions.Adopted";
        TempData["FlashArguments"] = new[] { indicator.Name };
        return Redirect($"/o/{OrgSlug}/monitoring/indicators/{indicator.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var orgId = Org.Id;
        if (IsRegion)
        {
            var definitions = await Db.RegionIndicatorDefinitions.InOrganisation(orgId).OrderBy(d => d.Name)
                .Select(d => new { d.Id, d.Key, d.Name, d.Unit, d.Level, d.PushedAt }).ToListAsync(ct);
            var adoptions = await (
                from m in Db.RegionMemberships
                where m.OrganisationId == orgId && m.Status == RegionMembershipStatus.Active
                join i in Db.Indicators on m.MemberOrganisationId equals i.OrganisationId
                where i.RegionKey != null
                select i.RegionKey)
                .ToListAsync(ct);
            Own = [.. definitions.Select(d => new OwnDefinition(d.Id, d.Name, d.Unit, d.Level, d.PushedAt, adoptions.Count(k => k == d.Key)))];
        }
        var offered = await (
            from m in Db.RegionMemberships
            where m.MemberOrganisationId == orgId && m.Status == RegionMembershipStatus.Active
            join r in Db.Organisations on m.OrganisationId equals r.Id
            join d in Db.RegionIndicatorDefinitions on m.OrganisationId equals d.OrganisationId
            orderby r.Name, d.Name
            select new { d.Id, d.Key, RegionName = r.Name, d.Name, d.Unit, d.Definition })
            .ToListAsync(ct);
        var keys = offered.Select(o => o.Key).ToList();
        var adopted = await Db.Indicators.InOrganisation(orgId).Where(i => i.RegionKey != null && keys.Contains(i.RegionKey))
            .ToDictionaryAsync(i => i.RegionKey!, i => i.Id, ct);
        Offers = [.. offered.Select(o => new Offered(o.Id, o.RegionName, o.Name, o.Unit, o.Definition, adopted.TryGetValue(o.Key, out var id) ? id : null))];
    }

    public sealed record OwnDefinition(int Id, string Name, string Unit, IndicatorLevel Level, DateTime PushedAt, int Adoptions);

    public sealed record Offered(int Id, string RegionName, string Name, string Unit, string? Definition, int? AdoptedIndicatorId);
}
