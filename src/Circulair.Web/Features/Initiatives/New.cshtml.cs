using Circulair.Initiatives;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Initiatives;

/// <summary>
/// Adds one initiative to the inventory. Opened from an empty cell of the matrix, the form starts with that
/// cell's domain, sub-domain and target group.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InitiativeInput Initiative { get; set; } = new();

    public async Task OnGetAsync([FromQuery] string? domain, [FromQuery] string? subdomain, [FromQuery] InitiativeTargetGroups? targetGroup, CancellationToken ct)
    {
        if (InitiativeLabels.TryParseDomainValue(subdomain is null ? domain : InitiativeLabels.DomainValue(domain ?? "", subdomain), out var d, out var s))
        {
            Initiative.Domain = InitiativeLabels.DomainValue(d, s);
        }
        else if (InitiativeLabels.TryParseDomainValue(domain, out d, out _))
        {
            Initiative.Domain = d;
        }
        if (targetGroup is { } g && TargetGroupSet.IsSingle(g))
        {
            Initiative.TargetGroups = [g];
        }
        await PrepareAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var org = current.Value;
        if (Initiative.FindPartners)
        {
            // The partners' search: everything typed comes back, nothing is saved.
            RoundTrip.ForgetMessages(ModelState);
            await PrepareAsync(ct);
            return Page();
        }
        var details = await Initiative.ValidateAsync(ModelState, nameof(Initiative), db, t, org.Id, null, ct);
        if (details is null)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var initiative = new Circulair.Initiatives.Initiative(org.Id, details, clock.GetUtcNow().UtcDateTime);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Initiatives.New.Added";
        return Redirect($"/o/{org.Slug}/initiatives/{initiative.Id}");
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        await InitiativeInput.PrepareAsync(ViewData, db, t, current.Value.Id, Initiative, ct);
    }
}
