namespace Circulair.Guidance;

/// <summary>The page a next step leads to; the host turns it into a link.</summary>
public enum StepTarget
{
    /// <summary>The preparatory core-team session: a new trajectory, a new session, or the existing session's form.</summary>
    CoreTeamSession = 1,

    /// <summary>Tool 1, step 1: the longlist of stakeholders.</summary>
    StakeholderLonglist = 2,

    /// <summary>Tool 2: the power/interest grid.</summary>
    StakeholderGrid = 3,

    /// <summary>Tool 3: the trajectory's vision canvas.</summary>
    VisionCanvas = 4,

    /// <summary>Tool 4: the AMORE check of the vision.</summary>
    AmoreCheck = 5,

    /// <summary>The scan's import wizard.</summary>
    ScanImport = 6,

    /// <summary>Phase 2, step 1: the domains tested with stakeholders.</summary>
    StrategyDomains = 7,

    /// <summary>The strategy tree, where goals are added below retained domains.</summary>
    StrategyTree = 8,

    /// <summary>The form of one goal (<see cref="NextStep.ItemId"/>).</summary>
    GoalEdit = 9,

    /// <summary>A new action.</summary>
    ActionNew = 10,

    /// <summary>The form of one action (<see cref="NextStep.ItemId"/>), where its trekker is chosen.</summary>
    ActionEdit = 11,

    /// <summary>Tool 6: rating one action (<see cref="NextStep.ItemId"/>) on impact and effort.</summary>
    ActionRate = 12,

    /// <summary>Phase 3: the follow-up cycle of an adopted strategy.</summary>
    FollowUp = 13,
}

/// <summary>
/// The one step the method suggests next.
/// </summary>
/// <param name="Key">The step's key, stable: skipped steps are stored by it.</param>
/// <param name="ReasonKey">Resource key of the one-sentence reason, formatted with <paramref name="ReasonArguments"/>.</param>
/// <param name="Target">The page that takes the step.</param>
/// <param name="ItemId">The item the page opens (a session, goal or action), when the target needs one.</param>
public sealed record NextStep(string Key, string ReasonKey, StepTarget Target, int? ItemId, IReadOnlyList<object> ReasonArguments)
{
    /// <summary>Resource key of the step's name (what to do, as a link text).</summary>
    public string TitleKey => $"Guidance.Step.{Key}";
}

/// <summary>One rule: the step it suggests for a snapshot, or null when that step has nothing left to do.</summary>
public sealed record NextStepRule(string Key, Func<TrajectorySnapshot, NextStep?> Suggest);

/// <summary>
/// The next-step rules in the order the method walks (guide ch. 5, Figure 6): the core team prepares, the
/// stakeholders are mapped and rated, the vision is written and checked against AMORE, the scan brings figures and a
/// shortlist, the shortlist is tested with stakeholders, goals are made SMART, actions get a trekker and scores, and
/// after adoption the follow-up cycle takes over. The first rule that has something to do and that the coordinator
/// did not skip gives the next step; when none has, the trajectory has no open step.
/// </summary>
public static class NextStepRules
{
    public const string CoreTeam = "CoreTeam";
    public const string Stakeholders = "Stakeholders";
    public const string RateStakeholders = "RateStakeholders";
    public const string Vision = "Vision";
    public const string Amore = "Amore";
    public const string ScanData = "ScanData";
    public const string ValidateDomains = "ValidateDomains";
    public const string Goals = "Goals";
    public const string SmartGoals = "SmartGoals";
    public const string Actions = "Actions";
    public const string ActionTrekkers = "ActionTrekkers";
    public const string ActionScores = "ActionScores";
    public const string FollowUp = "FollowUp";

    /// <summary>The longest key, for the column that stores skipped steps.</summary>
    public const int KeyMaxLength = 40;

    public static readonly IReadOnlyList<NextStepRule> All =
    [
        new(CoreTeam, s => s.CoreTeamSessionPlanned ? null
            : Step(CoreTeam, StepTarget.CoreTeamSession, s.CoreTeamSessionId)),
        new(Stakeholders, s => s.Stakeholders > 0 ? null
            : Step(Stakeholders, StepTarget.StakeholderLonglist, null)),
        new(RateStakeholders, s => s.UnratedStakeholders == 0 ? null
            : Step(RateStakeholders, StepTarget.StakeholderGrid, null, s.UnratedStakeholders, s.Stakeholders)),
        new(Vision, s => s.HasVisionStatement ? null
            : Step(Vision, StepTarget.VisionCanvas, null)),
        new(Amore, s => !s.HasVisionStatement || s.AmoreRounds > 0 ? null
            : Step(Amore, StepTarget.AmoreCheck, null)),
        new(ScanData, s => s.ScanDatasetsWithData > 0 ? null
            : Step(ScanData, StepTarget.ScanImport, null)),
        new(ValidateDomains, s => s.ShortlistedWithoutSupport == 0 ? null
            : Step(ValidateDomains, StepTarget.StrategyDomains, null, s.ShortlistedWithoutSupport)),
        new(Goals, s => s.Goals > 0 ? null
            : Step(Goals, StepTarget.StrategyTree, null)),
        new(SmartGoals, s => s.GoalsFailingSmart == 0 ? null
            : Step(SmartGoals, StepTarget.GoalEdit, s.FirstGoalFailingSmartId, s.GoalsFailingSmart, s.Goals)),
        new(Actions, s => s.Actions > 0 ? null
            : Step(Actions, StepTarget.ActionNew, null)),
        new(ActionTrekkers, s => s.ActionsWithoutTrekker == 0 ? null
            : Step(ActionTrekkers, StepTarget.ActionEdit, s.FirstActionWithoutTrekkerId, s.ActionsWithoutTrekker, s.Actions)),
        new(ActionScores, s => s.ActionsWithoutScores == 0 ? null
            : Step(ActionScores, StepTarget.ActionRate, s.FirstActionWithoutScoresId, s.ActionsWithoutScores, s.Actions)),
        new(FollowUp, s => !s.IsAdopted ? null
            : Step(FollowUp, StepTarget.FollowUp, null)),
    ];

    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(r => r.Key)];

    public static bool IsKnown(string? key) => key is not null && Keys.Contains(key, StringComparer.Ordinal);

    /// <summary>The first step with something to do that is not in <paramref name="skipped"/>, or null when none is left.</summary>
    public static NextStep? For(TrajectorySnapshot snapshot, IReadOnlySet<string>? skipped = null)
    {
        foreach (var rule in All)
        {
            if (skipped is not null && skipped.Contains(rule.Key))
            {
                continue;
            }
            if (rule.Suggest(snapshot) is { } step)
            {
                return step;
            }
        }
        return null;
    }

    private static NextStep Step(string key, StepTarget target, int? itemId, params object[] arguments) =>
        new(key, $"Guidance.Reason.{key}", target, itemId, arguments);
}
