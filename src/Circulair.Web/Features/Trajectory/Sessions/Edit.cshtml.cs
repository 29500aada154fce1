using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>Edits every field of a session.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        PrepareForm();
        Input = SessionInput.From(Session);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        if (!ModelState.IsValid)
        {
            PrepareForm();
            return Page();
        }
        Input.Apply(Session);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(SessionUrl);
    }
}
