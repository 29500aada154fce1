using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>Adds a session at the end of the plan.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public StrategyTrajectory Trajectory { get; private set; } = null!;

    public string TrajectoryUrl => $"/o/{current.Value.Slug}/trajectories/{Trajectory.Id}";

    /// <param name="kind">Preselects the kind (the dashboard's next step asks for a core-team session this way); a
    /// core-team session prepares phase 1.</param>
    public async Task<IActionResult> OnGetAsync(int trajectoryId, SessionKind? kind, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, ct) is { } missing)
        {
            return missing;
        }
        Input.Kind = kind is { } k && Enum.IsDefined(k) ? k : SessionKind.Stakeholders;
        if (Input.Kind == SessionKind.Kernteam)
        {
            Input.Phase = Circulair.Progress.Phase.Fase1;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, ct) is { } missing)
        {
            return missing;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var session = Trajectory.AddSession(Input.Kind!.Value, Input.Phase);
        Input.Apply(session);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Trajectory.Sessions.Added";
        return Redirect($"{TrajectoryUrl}/sessions/{session.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        ViewData["KindItems"] = SessionInput.KindItems(t);
        ViewData["PhaseItems"] = SessionInput.PhaseItems(t);
        var trajectory = await db.Trajectories.FindWithSessionsAsync(current.Value.Id, trajectoryId, ct);
        if (trajectory is null)
        {
            return NotFound();
        }
        Trajectory = trajectory;
        return null;
    }
}
