namespace Circulair.Strategy;

/// <summary>The strategy's tree reduced to ids and links, as one projection query per level delivers it.</summary>
public sealed record ThreadDomain(int Id, DomainDecision? Decision);

public sealed record ThreadGoal(int Id, int DomainId);

public sealed record ThreadLine(int Id, int GoalId);

public sealed record ThreadAction(int Id, int? LineId, ActionStatus Status = ActionStatus.Gepland)
{
    /// <summary>Still to do or under way: not finished and not stopped.</summary>
    public bool IsRunning => Status is not (ActionStatus.Afgerond or ActionStatus.Stopgezet);
}

/// <summary>A dropped domain that still carries goals, with how many and how many running actions serve them.</summary>
public sealed record DroppedDomainWork(int DomainId, int Goals, int RunningActions);

/// <summary>What the golden thread finds broken: each list holds ids in the order given.</summary>
public sealed record ThreadOrphans(IReadOnlyList<int> ActionsWithoutGoal, IReadOnlyList<int> GoalsWithoutActions, IReadOnlyList<int> RetainedDomainsWithoutGoals, IReadOnlyList<DroppedDomainWork> DroppedDomainsWithWork)
{
    public bool Any => Count > 0;

    public int Count => ActionsWithoutGoal.Count + GoalsWithoutActions.Count + RetainedDomainsWithoutGoals.Count + DroppedDomainsWithWork.Count;
}

/// <summary>
/// The golden thread (<i>rode draad</i>) from vision to actions: every action should serve a goal through an action
/// line, every goal should have actions, every retained domain should have goals. What breaks the thread:
/// an action without a line (or whose line is gone) has no goal; a goal none of whose lines holds an action has no
/// actions; a retained domain without goals has none. Undecided domains are not expected to have goals; a dropped
/// domain that still has goals (and perhaps running actions) breaks the thread the other way: its work serves a
/// domain the strategy no longer pursues, so it is flagged until the goals move, stop or go.
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
        var goalDomain = goals.ToDictionary(g => g.Id, g => g.DomainId);
        var runningPerDomain = actions
            .Where(a => a.IsRunning && a.LineId is { } line && lineGoal.TryGetValue(line, out var goal) && goalDomain.ContainsKey(goal))
            .GroupBy(a => goalDomain[lineGoal[a.LineId!.Value]])
            .ToDictionary(g => g.Key, g => g.Count());
        var droppedWithWork = domains
            .Where(d => d.Decision == DomainDecision.LatenVallen && domainsWithGoals.Contains(d.Id))
            .Select(d => new DroppedDomainWork(d.Id, goals.Count(g => g.DomainId == d.Id), runningPerDomain.GetValueOrDefault(d.Id)))
            .ToList();
        return new ThreadOrphans(actionsWithoutGoal, goalsWithoutActions, retainedWithoutGoals, droppedWithWork);
    }
}
