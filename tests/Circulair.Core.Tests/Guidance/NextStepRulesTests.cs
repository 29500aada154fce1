using Circulair.Guidance;
using static Circulair.Guidance.NextStepRules;

namespace Circulair.Core.Tests.Guidance;

public sealed class NextStepRulesTests
{
    /// <summary>A trajectory where every step has been taken, before adoption.</summary>
    private static readonly TrajectorySnapshot Done = new()
    {
        CoreTeamSessionPlanned = true,
        Stakeholders = 12,
        HasVisionStatement = true,
        AmoreRounds = 1,
        ScanDatasetsWithData = 2,
        Goals = 3,
        Actions = 5,
    };

    /// <summary>An organisation that has just started: nothing at all.</summary>
    private static readonly TrajectorySnapshot Empty = new();

    /// <summary>For each rule, in order: a finished trajectory with only that step left open, and what the step must be.</summary>
    public static TheoryData<string, TrajectorySnapshot, StepTarget, int?, object[]> OneOpenStep => new()
    {
        { CoreTeam, Done with { CoreTeamSessionPlanned = false, CoreTeamSessionId = 41 }, StepTarget.CoreTeamSession, 41, [] },
        { NextStepRules.Stakeholders, Done with { Stakeholders = 0 }, StepTarget.StakeholderLonglist, null, [] },
        { RateStakeholders, Done with { UnratedStakeholders = 4 }, StepTarget.StakeholderGrid, null, [4, 12] },
        { NextStepRules.Vision, Done with { HasVisionStatement = false, AmoreRounds = 0 }, StepTarget.VisionCanvas, null, [] },
        { Amore, Done with { AmoreRounds = 0 }, StepTarget.AmoreCheck, null, [] },
        { ScanData, Done with { ScanDatasetsWithData = 0 }, StepTarget.ScanImport, null, [] },
        { ValidateDomains, Done with { ShortlistedWithoutSupport = 2 }, StepTarget.StrategyDomains, null, [2] },
        { Goals, Done with { Goals = 0 }, StepTarget.StrategyTree, null, [] },
        { SmartGoals, Done with { GoalsFailingSmart = 2, FirstGoalFailingSmartId = 7 }, StepTarget.GoalEdit, 7, [2, 3] },
        { Actions, Done with { Actions = 0 }, StepTarget.ActionNew, null, [] },
        { ActionTrekkers, Done with { ActionsWithoutTrekker = 1, FirstActionWithoutTrekkerId = 9 }, StepTarget.ActionEdit, 9, [1, 5] },
        { ActionScores, Done with { ActionsWithoutScores = 3, FirstActionWithoutScoresId = 11 }, StepTarget.ActionRate, 11, [3, 5] },
        { NextStepRules.FollowUp, Done with { IsAdopted = true }, StepTarget.FollowUp, null, [] },
    };

    [Theory]
    [MemberData(nameof(OneOpenStep))]
    public void Each_rule_suggests_its_step_with_the_page_the_item_and_the_figures_of_its_reason(string key, TrajectorySnapshot snapshot, StepTarget target, int? itemId, object[] arguments)
    {
        var step = NextStepRules.For(snapshot);

        Assert.NotNull(step);
        Assert.Equal(key, step.Key);
        Assert.Equal(target, step.Target);
        Assert.Equal(itemId, step.ItemId);
        Assert.Equal(arguments, step.ReasonArguments);
        Assert.Equal($"Guidance.Reason.{key}", step.ReasonKey);
        Assert.Equal($"Guidance.Step.{key}", step.TitleKey);
    }

    [Fact]
    public void Every_rule_is_covered_once_and_the_list_is_in_the_order_of_the_method()
    {
        Assert.Equal(
            [CoreTeam, NextStepRules.Stakeholders, RateStakeholders, NextStepRules.Vision, Amore, ScanData, ValidateDomains, Goals, SmartGoals, Actions, ActionTrekkers, ActionScores, NextStepRules.FollowUp],
            NextStepRules.Keys);
        Assert.Equal(NextStepRules.Keys, OneOpenStep.Select(row => (string)((ITheoryDataRow)row).GetData()[0]!));
        Assert.All(NextStepRules.Keys, k => Assert.True(k.Length <= KeyMaxLength));
    }

    [Fact]
    public void Taking_the_steps_one_by_one_walks_the_rules_in_their_order()
    {
        var s = Empty with { UnratedStakeholders = 0 };
        var seen = new List<string?> { NextStepRules.For(s)?.Key };
        TrajectorySnapshot[] progress =
        [
            s = s with { CoreTeamSessionPlanned = true },
            s = s with { Stakeholders = 6, UnratedStakeholders = 6 },
            s = s with { UnratedStakeholders = 0 },
            s = s with { HasVisionStatement = true },
            s = s with { AmoreRounds = 1 },
            s = s with { ScanDatasetsWithData = 1, ShortlistedWithoutSupport = 3 },
            s = s with { ShortlistedWithoutSupport = 0 },
            s = s with { Goals = 2, GoalsFailingSmart = 2, FirstGoalFailingSmartId = 1 },
            s = s with { GoalsFailingSmart = 0, FirstGoalFailingSmartId = null },
            s = s with { Actions = 2, ActionsWithoutTrekker = 2, ActionsWithoutScores = 2 },
            s = s with { ActionsWithoutTrekker = 0 },
            s = s with { ActionsWithoutScores = 0 },
            s = s with { IsAdopted = true },
        ];
        seen.AddRange(progress.Select(p => NextStepRules.For(p)?.Key));

        Assert.Equal([.. NextStepRules.Keys.Where(k => k != NextStepRules.FollowUp), null, NextStepRules.FollowUp], seen);
    }

    [Fact]
    public void An_empty_organisation_starts_with_the_core_team_session_without_an_item_to_open()
    {
        var step = NextStepRules.For(Empty)!;

        Assert.Equal(CoreTeam, step.Key);
        Assert.Null(step.ItemId);
    }

    [Fact]
    public void A_vision_without_a_statement_asks_for_the_canvas_never_for_an_amore_check()
    {
        var skipped = new HashSet<string> { NextStepRules.Vision };

        Assert.Equal(ScanData, NextStepRules.For(Done with { HasVisionStatement = false, AmoreRounds = 0, ScanDatasetsWithData = 0 }, skipped)!.Key);
    }

    [Fact]
    public void A_skipped_step_is_passed_over_and_the_next_open_rule_speaks()
    {
        var snapshot = Empty with { CoreTeamSessionPlanned = true, Stakeholders = 4, UnratedStakeholders = 4 };

        Assert.Equal(RateStakeholders, NextStepRules.For(snapshot, new HashSet<string>())!.Key);
        Assert.Equal(NextStepRules.Vision, NextStepRules.For(snapshot, new HashSet<string> { RateStakeholders })!.Key);
        Assert.Equal(ScanData, NextStepRules.For(snapshot, new HashSet<string> { RateStakeholders, NextStepRules.Vision })!.Key);
    }

    [Fact]
    public void Skipping_a_step_that_has_nothing_to_do_changes_nothing()
    {
        var snapshot = Done with { ActionsWithoutScores = 1, FirstActionWithoutScoresId = 3 };

        Assert.Equal(ActionScores, NextStepRules.For(snapshot, new HashSet<string> { CoreTeam, NextStepRules.Vision, Goals })!.Key);
    }

    [Fact]
    public void When_every_step_is_taken_or_skipped_there_is_no_next_step()
    {
        Assert.Null(NextStepRules.For(Done));
        Assert.Null(NextStepRules.For(Empty, new HashSet<string>(NextStepRules.Keys)));
    }

    [Fact]
    public void After_adoption_the_follow_up_cycle_is_the_step_once_the_rest_is_complete()
    {
        Assert.Equal(NextStepRules.FollowUp, NextStepRules.For(Done with { IsAdopted = true })!.Key);
        Assert.Equal(ActionScores, NextStepRules.For(Done with { IsAdopted = true, ActionsWithoutScores = 1 })!.Key);
    }
}
