using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Reference;
using Circulair.Strategy;
using Circulair.Vision;
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
    public static async Task<StrategyTree> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, TimeProvider clock, CancellationToken ct) =>
        (await LoadWithStrategyAsync(db, organisationId, trajectoryId, TreeParts.All, c => Circulair.Web.Features.Strategy.Goals.SmartContexts.LoadAsync(db, organisationId, clock, c), ct)).Tree;

    public static async Task<StrategyTree> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        (await LoadWithStrategyAsync(db, organisationId, trajectoryId, TreeParts.All, null, ct)).Tree;

    /// <summary>Domains, goals and lines (one command), for a page that reads the actions with more of their fields itself; see <see cref="WithActions"/>.</summary>
    public static async Task<StrategyTree> LoadWithoutActionsAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        (await LoadWithStrategyAsync(db, organisationId, trajectoryId, TreeParts.WithoutActions, null, ct)).Tree;

    /// <summary>The domains and their goals only (one command), for what picks a domain or a goal (the ideas' "serves").</summary>
    public static async Task<StrategyTree> LoadDomainsAndGoalsAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        (await LoadWithStrategyAsync(db, organisationId, trajectoryId, TreeParts.DomainsAndGoals, null, ct)).Tree;

    /// <summary>The actions of a trajectory as tree nodes (one command).</summary>
    public static Task<List<ActionNode>> ActionNodesAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new ActionNode(a.Id, a.ActionLineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount))
            .ToListAsync(ct);

    /// <summary>This tree with the given actions (and the SMART context it was loaded with).</summary>
    public StrategyTree WithActions(IReadOnlyList<ActionNode> actions) => new(Domains, Goals, Lines, actions) { Smart = Smart };

    /// <summary>
    /// The trajectory (null when it is not this organisation's) and its tree in one to three commands (decision 0340's
    /// budget; the trajectory and the four levels took five before): (1) the trajectory with its domains, goals and action
    /// lines as nested collections (and its vision statement), reached through their parent (a goal's domain and a line's goal are in the same
    /// trajectory), so the rows are the lines plus the goals without lines and the domains without goals; (2) the actions,
    /// unless left out; (3) the names a goal's owner may be, when <paramref name="smart"/> asks for the goals' SMART scores
    /// (none when <see cref="Circulair.Web.Features.Strategy.Goals.SmartOwnerCache"/> still holds them).
    /// </summary>
    public static async Task<(StrategyContext? Strategy, StrategyTree Tree)> LoadWithStrategyAsync(
        CirculairDbContext db, int organisationId, int trajectoryId, TreeParts parts, Func<CancellationToken, Task<SmartContext>>? smart, CancellationToken ct)
    {
        var withLines = parts != TreeParts.DomainsAndGoals;
        var domainsOf = db.StrategyDomains.AsQueryable();
        var goalsOf = db.StrategyGoals.AsQueryable();
        var visions = db.VisionCanvases.InOrganisation(organisationId);
        var row = await db.Trajectories.InOrganisation(organisationId).Where(t => t.Id == trajectoryId)
            .Select(t => new
            {
                t.Title,
                Vision = visions.Where(c => c.TrajectoryId == t.Id).Select(c => c.Statement).FirstOrDefault(),
                Domains = domainsOf.Where(d => d.TrajectoryId == t.Id)
                    .Select(d => new
                    {
                        Node = new DomainNode(d.Id, d.DomainCode, d.Support, d.Decision, d.Reason, d.DecidedOn),
                        Goals = goalsOf.Where(g => g.StrategyDomainId == d.Id)
                            .Select(g => new
                            {
                                Node = new GoalNode(g.Id, g.StrategyDomainId, g.Position, new GoalDetails
                                {
                                    Statement = g.Statement, Indicator = g.Indicator, TargetValue = g.TargetValue, Unit = g.Unit, BaselineValue = g.BaselineValue,
                                    BaselineYear = g.BaselineYear, Deadline = g.Deadline, Owner = g.Owner, RealismNote = g.RealismNote,
                                }),
                                Lines = g.Lines.Where(l => withLines).Select(l => new LineNode(l.Id, l.StrategyGoalId, l.Position, l.Title)).ToList(),
                            })
                            .ToList(),
                    })
                    .ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return (null, new StrategyTree([], [], [], []));
        }
        var domains = row.Domains.Select(r => r.Node).OrderBy(d => d.Domain.Kind).ThenBy(d => d.Domain.Number).ToList();
        // Goals and lines in the order of their ids, as their own queries read them before.
        var goals = row.Domains.SelectMany(r => r.Goals).Select(g => g.Node).OrderBy(g => g.Id).ToList();
        var lines = row.Domains.SelectMany(r => r.Goals).SelectMany(g => g.Lines).OrderBy(l => l.Id).ToList();
        var actions = parts != TreeParts.All ? [] : await ActionNodesAsync(db, organisationId, trajectoryId, ct);
        var strategy = new StrategyContext(trajectoryId, row.Title) { Vision = row.Vision };
        if (smart is null)
        {
            return (strategy, new StrategyTree(domains, goals, lines, actions));
        }
        var context = await smart(ct);
        return (strategy, new StrategyTree(domains, [.. goals.Select(g => g with { SmartMet = SmartChecklist.MetCount(g.Details, context) })], lines, actions) { Smart = context });
    }
}

/// <summary>How much of the strategy tree a page reads.</summary>
public enum TreeParts
{
    All,
    WithoutActions,
    DomainsAndGoals,
}
