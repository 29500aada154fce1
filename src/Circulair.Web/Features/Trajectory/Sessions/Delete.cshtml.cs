using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>Removes a session from the plan after a confirm step; the sessions after it move up one place.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct) =>
        await LoadAsync(trajectoryId, sessionId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        var back = TrajectoryUrl;
        Trajectory.RemoveSession(Session);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Trajectory.Sessions.Removed";
        return Redirect(back + "#sessions");
    }
}
