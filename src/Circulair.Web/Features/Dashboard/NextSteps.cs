using Circulair.FollowUp;
using Circulair.Guidance;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Vision;
using Circulair.Web.Features.Strategy.Goals;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Dashboard;

/// <summary>One skipped step as the dashboard lists it, with who skipped it and when.</summary>
public sealed record SkippedStepRow(int Id, int TrajectoryId, string StepKey, string Reason, string? SkippedByName, DateTime SkippedAt);

/// <summary>
/// The next step of one trajectory, or of the organisation when it has no trajectory yet (<see cref="TrajectoryId"/>
/// null: the step is then always to plan one). <see cref="Step"/> is null when every step is taken or skipped.
/// </summary>
public sealed record TrajectoryNextStep(int? TrajectoryId, string? Title, TrajectoryStatus? Status, NextStep? Step, string? Url, IReadOnlyList<SkippedStepRow> Skipped);

/// <summary>
/// Fills the <see cref="TrajectorySnapshot"/> of every trajectory of an organisation with a handful of projections —
/// the organisation's counts, one row per trajectory with its counts as subqueries, its goals (the SMART check is
/// Core's), the skipped steps — and asks <see cref="NextStepRules"/> for each trajectory's next step. Every table read
/// is organisation data, so the dashboard stays in the page cache and a skip (a saved change) raises the version.
/// Stopped trajectories are left out.
/// </summary>
public static class NextSteps
{
    public static async Task<IReadOnlyList<TrajectoryNextStep>> LoadAsync(CirculairDbContext db, int organisationId, string organisationSlug, TimeProvider clock, CancellationToken ct)
    {
        var shared = await db.Organisations.Where(o => o.Id == organisationId)
            .Select(o => new
            {
                Stakeholders = db.Set<Stakeholder>().Count(s => s.OrganisationId == organisationId),
                Unrated = db.Set<Stakeholder>().Count(s => s.OrganisationId == organisationId && (s.Power == null || s.Interest == null)),
                ScanData = db.Set<ScanDataset>().Count(d => d.OrganisationId == organisationId && d.ObservationCount > 0),
            })
            .SingleAsync(ct);
        var organisationWide = new TrajectorySnapshot
        {
            Stakeholders = shared.Stakeholders,
            UnratedStakeholders = shared.Unrated,
            ScanDatasetsWithData = shared.ScanData,
        };

        var trajectories = await db.Trajectories.InOrganisation(organisationId)
            .Where(t => t.Status != TrajectoryStatus.Stopgezet)
            .OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
            .Select(t => new
            {
                t.Id,
                t.Title,
                t.Status,
                CoreTeamPlanned = t.Sessions.Any(s => s.Kind == SessionKind.Kernteam && (s.Date != null || s.Minutes != null || s.Decisions != null)),
                CoreTeamSessionId = t.Sessions.Where(s => s.Kind == SessionKind.Kernteam).OrderBy(s => s.Position).Select(s => (int?)s.Id).FirstOrDefault(),
                Statement = db.Set<VisionCanvas>().Any(c => c.TrajectoryId == t.Id && c.Statement != null),
                AmoreRounds = db.Set<AmoreRound>().Count(r => r.TrajectoryId == t.Id),
                // A shortlisted domain is open until the strategy records its support or a decision on it.
                ShortlistOpen = db.Set<ScanDomainAssessment>().Count(a => a.OrganisationId == organisationId && a.IsPromising
                    && !db.Set<StrategyDomain>().Any(d => d.TrajectoryId == t.Id && d.DomainCode == a.DomainCode && (d.Support != null || d.Decision != null))),
                Actions = db.Set<PlannedAction>().Count(a => a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet),
                WithoutTrekker = db.Set<PlannedAction>().Count(a => a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet && a.OwnerUserId == null && a.OwnerStakeholderId == null),
                FirstWithoutTrekker = db.Set<PlannedAction>().Where(a => a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet && a.OwnerUserId == null && a.OwnerStakeholderId == null)
                    .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefault(),
                WithoutScores = db.Set<PlannedAction>().Count(a => a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet && a.RatingCount == 0),
                FirstWithoutScores = db.Set<PlannedAction>().Where(a => a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet && a.RatingCount == 0)
                    .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefault(),
                Adopted = db.Set<AdoptedVersion>().Any(v => v.TrajectoryId == t.Id),
            })
            .ToListAsync(ct);
        if (trajectories.Count == 0)
        {
            var start = NextStepRules.For(organisationWide);
            return [new TrajectoryNextStep(null, null, null, start, start is null ? null : Url(organisationSlug, null, start), [])];
        }

        var goals = await db.StrategyGoals.InOrganisation(organisationId)
            .OrderBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                g.TrajectoryId,
                Details = new GoalDetails
                {
                    Statement = g.Statement, Indicator = g.Indicator, TargetValue = g.TargetValue, Unit = g.Unit, BaselineValue = g.BaselineValue,
                    BaselineYear = g.BaselineYear, Deadline = g.Deadline, Owner = g.Owner, RealismNote = g.RealismNote,
                },
            })
            .ToListAsync(ct);
        var complete = Enum.GetValues<SmartElement>().Length;
        var smart = await SmartContexts.LoadAsync(db, organisationId, clock, ct);
        var skipped = await db.SkippedSteps.InOrganisation(organisationId)
            .OrderBy(s => s.SkippedAt).ThenBy(s => s.Id)
            .Select(s => new SkippedStepRow(s.Id, s.TrajectoryId, s.StepKey, s.Reason, s.SkippedByName, s.SkippedAt))
            .ToListAsync(ct);

        return [.. trajectories.Select(t =>
        {
            var own = goals.Where(g => g.TrajectoryId == t.Id).ToList();
            var failing = own.Where(g => SmartChecklist.MetCount(g.Details, smart) < complete).ToList();
            var snapshot = organisationWide with
            {
                CoreTeamSessionPlanned = t.CoreTeamPlanned,
                CoreTeamSessionId = t.CoreTeamSessionId,
                HasVisionStatement = t.Statement,
                AmoreRounds = t.AmoreRounds,
                ShortlistedWithoutSupport = t.ShortlistOpen,
                Goals = own.Count,
                GoalsFailingSmart = failing.Count,
                FirstGoalFailingSmartId = failing.Count > 0 ? failing[0].Id : null,
                Actions = t.Actions,
                ActionsWithoutTrekker = t.WithoutTrekker,
                FirstActionWithoutTrekkerId = t.FirstWithoutTrekker,
                ActionsWithoutScores = t.WithoutScores,
                FirstActionWithoutScoresId = t.FirstWithoutScores,
                IsAdopted = t.Adopted,
            };
            var mine = skipped.Where(s => s.TrajectoryId == t.Id).ToList();
            var step = NextStepRules.For(snapshot, mine.Select(s => s.StepKey).ToHashSet(StringComparer.Ordinal));
            return new TrajectoryNextStep(t.Id, t.Title, t.Status, step, step is null ? null : Url(organisationSlug, t.Id, step), mine);
        })];
    }

    /// <summary>The page that takes <paramref name="step"/>: the exact tool page, with the item to open where there is one.</summary>
    public static string Url(string organisationSlug, int? trajectoryId, NextStep step)
    {
        var org = $"/o/{organisationSlug}";
        if (trajectoryId is not { } id)
        {
            // Without a trajectory the first rule always speaks: plan a trajectory, whose plan brings the core-team session.
            return $"{org}/trajectories/new";
        }
        var trajectory = $"{org}/trajectories/{id}";
        return step.Target switch
        {
            StepTarget.CoreTeamSession => step.ItemId is { } session ? $"{trajectory}/sessions/{session}/edit" : $"{trajectory}/sessions/new?kind={SessionKind.Kernteam}",
            StepTarget.StakeholderLonglist => $"{org}/stakeholders/longlist",
            StepTarget.StakeholderGrid => $"{org}/stakeholders/grid",
            StepTarget.VisionCanvas => $"{trajectory}/vision",
            StepTarget.AmoreCheck => $"{trajectory}/vision/amore",
            StepTarget.ScanImport => $"{org}/scan/import",
            StepTarget.StrategyDomains => $"{trajectory}/domains",
            StepTarget.StrategyTree => $"{trajectory}/strategy",
            StepTarget.GoalEdit => $"{trajectory}/goals/{step.ItemId}/edit",
            StepTarget.ActionNew => $"{trajectory}/actions/new",
            StepTarget.ActionEdit => $"{trajectory}/actions/{step.ItemId}/edit",
            StepTarget.ActionRate => $"{trajectory}/actions/{step.ItemId}/rate",
            StepTarget.FollowUp => $"{trajectory}/followup",
            _ => trajectory,
        };
    }
}
