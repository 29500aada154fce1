using Circulair.FollowUp;
using Circulair.Guidance;
using Circulair.Persistence;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Help;

/// <summary>The method's checklists of one trajectory (<see cref="MethodChecklists"/>), filled from its sessions, decisions, the register and the ticked conditions.</summary>
public sealed record TrajectoryChecklistView(int TrajectoryId, IReadOnlyList<Checklist> Checklists, IReadOnlyDictionary<ConditionKind, string?> ConditionNotes);

public static class TrajectoryChecklists
{
    public static async Task<TrajectoryChecklistView> LoadAsync(CirculairDbContext db, int organisationId, StrategyTrajectory trajectory, CancellationToken ct)
    {
        var sessions = trajectory.Sessions.Select(s => new SessionFacts(s.Kind, s.Date is not null, s.HasRecord, s.Participants)).ToList();
        var decisions = await db.PoliticalDecisions.InOrganisation(organisationId).Where(d => d.TrajectoryId == trajectory.Id)
            .Select(d => new DecisionFacts(d.Moment, d.Outcome)).ToListAsync(ct);
        // The register is only needed to recognise participants; skip it when no session names any.
        var register = sessions.Any(s => s.Participants is not null)
            ? await db.Stakeholders.InOrganisation(organisationId).Select(s => new KnownParticipant(s.Name, s.Department, s.Side, s.Group)).ToListAsync(ct)
            : [];
        var conditions = await db.InternalConditions.InOrganisation(organisationId).Where(c => c.TrajectoryId == trajectory.Id)
            .Select(c => new { c.Kind, c.Note }).ToListAsync(ct);
        return new TrajectoryChecklistView(trajectory.Id,
            MethodChecklists.For(new ChecklistFacts(sessions, decisions, register, conditions.Select(c => c.Kind).ToHashSet())),
            conditions.ToDictionary(c => c.Kind, c => c.Note));
    }
}
