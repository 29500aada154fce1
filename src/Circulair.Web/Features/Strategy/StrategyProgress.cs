using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Strategy;
using Circulair.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>
/// Phase 2 on "Waar staan we?": the domains tested with stakeholders, the SMART goals, the idea backlog, and Tools 6
/// (actions scored), 7 (action sheets started) and 8 (the action table).
/// </summary>
public sealed class StrategyProgress(CirculairDbContext db, TimeProvider clock) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        // Each entry opens its own page in the current trajectory (issue 21); without a trajectory, the strategy's start.
        var overview = $"/o/{organisationSlug}/strategy";
        var current = await CurrentTrajectory.IdAsync(db, organisationId, ct);
        var at = current is { } t ? $"/o/{organisationSlug}/trajectories/{t}" : null;
        var firstAction = current is null ? null : await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == current)
            .OrderBy(a => a.Description != null || a.DesiredResults != null || a.FirstSteps != null ? 0 : 1).ThenBy(a => a.Id)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        string Url(string path) => at is null ? overview : at + path;
        var decided = await db.StrategyDomains.InOrganisation(organisationId).Where(d => d.Decision != null)
            .GroupBy(d => d.Decision).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var retained = decided.FirstOrDefault(d => d.Key == DomainDecision.Behouden)?.Count ?? 0;
        var dropped = decided.FirstOrDefault(d => d.Key == DomainDecision.LatenVallen)?.Count ?? 0;
        var goals = await db.StrategyGoals.InOrganisation(organisationId)
            .Select(g => new GoalDetails
            {
                Statement = g.Statement, Indicator = g.Indicator, TargetValue = g.TargetValue, Unit = g.Unit, BaselineValue = g.BaselineValue,
                BaselineYear = g.BaselineYear, Deadline = g.Deadline, Owner = g.Owner, RealismNote = g.RealismNote,
            })
            .ToListAsync(ct);
        var context = await Circulair.Web.Features.Strategy.Goals.SmartContexts.LoadAsync(db, organisationId, clock, ct);
        var smart = goals.Count(g => SmartChecklist.MetCount(g, context) == Enum.GetValues<SmartElement>().Length);
        var ideas = await db.StrategyIdeas.InOrganisation(organisationId).CountAsync(ct);
        var promoted = await db.StrategyIdeas.InOrganisation(organisationId).CountAsync(i => i.PromotedActionId != null, ct);
        var actions = await db.PlannedActions.InOrganisation(organisationId).CountAsync(ct);
        var rated = await db.PlannedActions.InOrganisation(organisationId).CountAsync(a => a.RatingCount > 0, ct);
        var sheets = await db.PlannedActions.InOrganisation(organisationId).CountAsync(a => a.Description != null || a.DesiredResults != null || a.FirstSteps != null, ct);
        return
        [
            new ToolProgress(Phase.Fase2, 1, "Strategy.Progress.Domains", retained + dropped > 0,
                retained + dropped > 0 ? "Strategy.Progress.DomainsSummary" : "Strategy.Progress.DomainsEmpty", [retained, dropped], Url("/domains")),
            new ToolProgress(Phase.Fase2, 2, "Strategy.Progress.Goals", goals.Count > 0,
                goals.Count > 0 ? "Strategy.Progress.GoalsSummary" : "Strategy.Progress.GoalsEmpty", [goals.Count, smart], Url("/strategy")),
            new ToolProgress(Phase.Fase2, 5, "Strategy.Progress.Ideas", ideas > 0,
                ideas > 0 ? "Strategy.Progress.IdeasSummary" : "Strategy.Progress.IdeasEmpty", [ideas, promoted], Url("/ideas")),
            new ToolProgress(Phase.Fase2, 6, "Strategy.Progress.Tool6", rated > 0,
                actions > 0 ? "Strategy.Progress.Tool6Summary" : "Strategy.Progress.NoActions", [rated, actions], Url("/matrix")),
            new ToolProgress(Phase.Fase2, 7, "Strategy.Progress.Tool7", sheets > 0,
                actions > 0 ? "Strategy.Progress.Tool7Summary" : "Strategy.Progress.NoActions", [sheets, actions], Url(firstAction is { } first ? $"/actions/{first}/sheet" : "/actions/new")),
            new ToolProgress(Phase.Fase2, 8, "Strategy.Progress.Tool8", actions > 0,
                actions > 0 ? "Strategy.Progress.Tool8Summary" : "Strategy.Progress.NoActions", [actions], Url("/table")),
        ];
    }
}
