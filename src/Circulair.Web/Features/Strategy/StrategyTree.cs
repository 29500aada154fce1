using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Reference;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

public sealed record DomainNode(int Id, string Code, DomainSupport? Support, DomainDecision? Decision, string? Reason, DateOnly? DecidedOn)
{
    public ActionDomain Domain => ActionDomains.Find(Code)!;
    public bool IsRetained => Decision == DomainDecision.Behouden;
    public bool IsDropped => Decision == DomainDecision.LatenVallen;
}

public sealed record GoalNode(int Id, int DomainId, int Position, GoalDetails Details)
{
    public string Statement => Details.Statement!;

    /// <summary>How many SMART criteria the goal meets; null when the tree was loaded without the organisation's SMART context.</summary>
    public int? SmartMet { get; init; }
}

public sealed record LineNode(int Id, int GoalId, int Position, string Title);

public sealed record ActionNode(int Id, int? LineId, int Position, string Number, string Title, ActionStatus Status, double? ImpactMean, double? EffortMean, int RatingCount)
{
    public Quadrant? Quadrant => ImpactEffortMatrix.Classify(ImpactMean, EffortMean);
}

/// <summary>
/// The whole strategy of one trajectory as small rows (guide, Figure 9: domain → goal → action line → action), loaded
/// with one projection query per level, so a tree of a thousand actions costs four queries. Used by the overview,
/// the golden thread and the pages that show what hangs below a domain or goal.
/// </summary>
public sealed class StrategyTree
{
    private StrategyTree(IReadOnlyList<DomainNode> domains, IReadOnlyList<GoalNode> goals, IReadOnlyList<LineNode> lines, IReadOnlyList<ActionNode> actions)
    {
        Domains = domains;
        Goals = goals;
        Lines = lines;
        Actions = actions;
        _goals = goals.ToLookup(g => g.DomainId);
        _lines = lines.ToLookup(l => l.GoalId);
        _actions = actions.ToLookup(a => a.LineId ?? 0);
        Orphans = StrategyThread.Orphans(
            [.. domains.Select(d => new ThreadDomain(d.Id, d.Decision))],
            [.. goals.Select(g => new ThreadGoal(g.Id, g.DomainId))],
            [.. lines.Select(l => new ThreadLine(l.Id, l.GoalId))],
            [.. actions.Select(a => new ThreadAction(a.Id, a.LineId, a.Status))]);
    }

    private readonly ILookup<int, GoalNode> _goals;
    private readonly ILookup<int, LineNode> _lines;
    private readonly ILookup<int, ActionNode> _actions;

    /// <summary>Domains in the order of the guide's Figure 3.</summary>
    public IReadOnlyList<DomainNode> Domains { get; }
    public IReadOnlyList<GoalNode> Goals { get; }
    public IReadOnlyList<LineNode> Lines { get; }
    public IReadOnlyList<ActionNode> Actions { get; }
    public ThreadOrphans Orphans { get; }

    public IEnumerable<GoalNode> GoalsOf(int domainId) => _goals[domainId].OrderBy(g => g.Position);

    public IEnumerable<LineNode> LinesOf(int goalId) => _lines[goalId].OrderBy(l => l.Position);

    public IEnumerable<ActionNode> ActionsOf(int lineId) => _actions[lineId].OrderBy(a => a.Position);

    /// <summary>Actions without an action line, in their own order.</summary>
    public IEnumerable<ActionNode> Unplaced => _actions[0].OrderBy(a => a.Position);

    public IEnumerable<ActionNode> ActionsOfGoal(int goalId) => LinesOf(goalId).SelectMany(l => ActionsOf(l.Id));

    public DomainNode? Domain(int id) => Domains.FirstOrDefault(d => d.Id == id);

    public GoalNode? Goal(int id) => Goals.FirstOrDefault(g => g.Id == id);

    public LineNode? Line(int id) => Lines.FirstOrDefault(l => l.Id == id);

    /// <summary>What the SMART checklist of the goals was computed with (null: loaded without it).</summary>
    public SmartContext? Smart { get; private init; }

    /// <summary>The tree with each goal's SMART score, checked against the organisation's owners and today's date.</summary>
    public static async Task<StrategyTree> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, TimeProvider clock, CancellationToken ct)
    {
        var smart = await Circulair.Web.Features.Strategy.Goals.SmartContexts.LoadAsync(db, organisationId, clock, ct);
        var tree = await LoadAsync(db, organisationId, trajectoryId, ct);
        return new StrategyTree(tree.Domains, [.. tree.Goals.Select(g => g with { SmartMet = SmartChecklist.MetCount(g.Details, smart) })], tree.Lines, tree.Actions) { Smart = smart };
    }

    public static async Task<StrategyTree> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        var domains = await db.StrategyDomains.InOrganisation(organisationId).Where(d => d.TrajectoryId == trajectoryId)
            .Select(d => new DomainNode(d.Id, d.DomainCode, d.Support, d.Decision, d.Reason, d.DecidedOn))
            .ToListAsync(ct);
        var goals = await db.StrategyGoals.InOrganisation(organisationId).Where(g => g.TrajectoryId == trajectoryId)
            .Select(g => new GoalNode(g.Id, g.StrategyDomainId, g.Position, new GoalDetails
            {
                Statement = g.Statement, Indicator = g.Indicator, TargetValue = g.TargetValue, Unit = g.Unit, BaselineValue = g.BaselineValue,
                BaselineYear = g.BaselineYear, Deadline = g.Deadline, Owner = g.Owner, RealismNote = g.RealismNote,
            }))
            .ToListAsync(ct);
        var lines = await db.ActionLines.InOrganisation(organisationId).Where(l => l.TrajectoryId == trajectoryId)
            .Select(l => new LineNode(l.Id, l.StrategyGoalId, l.Position, l.Title))
            .ToListAsync(ct);
        var actions = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new ActionNode(a.Id, a.ActionLineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount))
            .ToListAsync(ct);
        return new StrategyTree([.. domains.OrderBy(d => d.Domain.Kind).ThenBy(d => d.Domain.Number)], goals, lines, actions);
    }
}
