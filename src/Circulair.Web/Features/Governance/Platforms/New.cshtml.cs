using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Governance.Platforms;

[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    [BindProperty]
    public PlatformInput Input { get; set; } = new() { Kind = PlatformKind.EigenPlatform };

    public void OnGet() => ViewData["Section"] = "strategy";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        if (!Input.Check(ModelState, t))
        {
            return Page();
        }
        var platform = new GovernancePlatform(current.Value.Id, Input.Name!, Input.Kind!.Value, Input.Description, clock.GetUtcNow().UtcDateTime);
        db.GovernancePlatforms.Add(platform);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Saved";
        return Redirect($"/o/{current.Value.Slug}/followup/governance/platforms/{platform.Id}/edit");
    }
}
