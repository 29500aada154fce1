namespace Circulair.Strategy;

/// <summary>The strategy's tree reduced to ids and links, as one projection query per level delivers it.</summary>
public sealed record ThreadDomain(int Id, DomainDecision? Decision);

public sealed record ThreadGoal(int Id, int DomainId);

public sealed record ThreadLine(int Id, int GoalId);

public sealed record ThreadAction(int Id, int? LineId);

/// <summary>What the golden thread finds broken: each list holds ids in the order given.</summary>
public sealed record ThreadOrphans(IReadOnlyList<int> ActionsWithoutGoal, IReadOnlyList<int> GoalsWithoutActions, IReadOnlyList<int> RetainedDomainsWithoutGoals)
{
    public bool Any => ActionsWithoutGoal.Count > 0 || GoalsWithoutActions.Count > 0 || RetainedDomainsWithoutGoals.Count > 0;

    public int Count => ActionsWithoutGoal.Count + GoalsWithoutActions.Count + RetainedDomainsWithoutGoals.Count;
}

/// <summary>
/// The golden thread (<i>rode draad</i>) from vision to actions: every action should serve a goal through an action
/// line, every goal should have actions, every retained domain should have goals. What breaks the thread:
/// an action without a line (or whose line is gone) has no goal; a goal none of whose lines holds an action has no
/// actions; a retained domain without goals has none. Dropped and undecided domains are not expected to have goals.
/// </summary>
public static class StrategyThread
{
    public static ThreadOrphans Orphans(IReadOnlyList<ThreadDomain> domains, IReadOnlyList<ThreadGoal> goals, IReadOnlyList<ThreadLine> lines, IReadOnlyList<ThreadAction> actions)
    {
        var lineGoal = lines.ToDictionary(l => l.Id, l => l.GoalId);
        var goalIds = goals.Select(g => g.Id).ToHashSet();
        var actionsWithoutGoal = actions
            .Where(a => a.LineId is not { } line || !lineGoal.TryGetValue(line, out var goal) || !goalIds.Contains(goal))
            .Select(a => a.Id)
            .ToList();
        var goalsWithActions = actions
            .Where(a => a.LineId is { } line && lineGoal.ContainsKey(line))
            .Select(a => lineGoal[a.LineId!.Value])
            .ToHashSet();
        var goalsWithoutActions = goals.Where(g => !goalsWithActions.Contains(g.Id)).Select(g => g.Id).ToList();
        var domainsWithGoals = goals.Select(g => g.DomainId).ToHashSet();
        var retainedWithoutGoals = domains
            .Where(d => d.Decision == DomainDecision.Behouden && !domainsWithGoals.Contains(d.Id))
            .Select(d => d.Id)
            .ToList();
        return new ThreadOrphans(actionsWithoutGoal, goalsWithoutActions, retainedWithoutGoals);
    }
}
