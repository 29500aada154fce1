using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// What the session pages share: loading one session of one trajectory within the current organisation
/// (another organisation's ids, or a session of another trajectory, answer 404) and the form's options.
/// </summary>
public abstract class SessionPage(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    protected CirculairDbContext Db => db;
    protected Text T => t;
    protected OrganisationContext Organisation => current.Value;

    public TrajectorySession Session { get; private set; } = null!;

    public StrategyTrajectory Trajectory => Session.Trajectory;

    public string TrajectoryUrl => $"/o/{Organisation.Slug}/trajectories/{Trajectory.Id}";

    public string SessionUrl => $"{TrajectoryUrl}/sessions/{Session.Id}";

    public string SessionName => TrajectoryDisplay.SessionName(t, Session);

    /// <summary>Loads the session; returns 404 when it is not there.</summary>
    protected async Task<IActionResult?> LoadAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        var session = await db.FindSessionAsync(current.Value.Id, trajectoryId, sessionId, ct);
        if (session is null)
        {
            return NotFound();
        }
        Session = session;
        return null;
    }

    protected void PrepareForm()
    {
        ViewData["KindItems"] = SessionInput.KindItems(t);
        ViewData["PhaseItems"] = SessionInput.PhaseItems(t);
    }
}
