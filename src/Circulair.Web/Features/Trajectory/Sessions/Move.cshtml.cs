using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// Reorders the plan. The up/down buttons on the trajectory page post <c>direction=up|down</c> (the keyboard
/// and no-JavaScript path); the drag enhancement (js/modules/session-order.js) posts <c>position=N</c>.
/// Either way the answer is a redirect back to the session's row in the plan. Moving the first session up or
/// the last one down is refused (409), never silently ignored.
/// </summary>
public sealed class MoveModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct) =>
        await LoadAsync(trajectoryId, sessionId, ct) ?? Redirect($"{TrajectoryUrl}#session-{Session.Id}");

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int sessionId, string? direction, int? position, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        switch (direction, position)
        {
            case ("up", null):
                Trajectory.MoveSessionUp(Session);
                break;
            case ("down", null):
                Trajectory.MoveSessionDown(Session);
                break;
            case (null, { } p):
                Trajectory.PlaceSession(Session, p);
                break;
            default:
                return BadRequest();
        }
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Trajectory.Sessions.Moved";
        TempData["FlashArguments"] = new[] { TrajectoryDisplay.SessionName(T, Session), Session.Position.ToString(System.Globalization.CultureInfo.CurrentCulture) };
        return Redirect($"{TrajectoryUrl}#session-{Session.Id}");
    }
}
