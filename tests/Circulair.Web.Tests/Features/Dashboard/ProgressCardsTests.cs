using Circulair.Guidance;
using Circulair.Initiatives;
using Circulair.Pilots;
using Circulair.Trajectory;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.Initiatives;
using Circulair.Web.Features.Pilots;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Features.Workshops;

namespace Circulair.Web.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's cards and next steps are pure functions of <see cref="DashboardFacts"/> (decision 0385): no database,
/// no app, only the facts a card reads. What the query counts is proven against the follow-up pages in
/// <see cref="DashboardFactsQueryTests"/> and by every dashboard journey.
/// </summary>
public sealed class ProgressCardsTests
{
    private static readonly TrajectoryFacts Running = new() { Id = 7, Title = "Circulair 2030", Status = TrajectoryStatus.Lopend };

    private static DashboardFacts Facts(params TrajectoryFacts[] trajectories) => new() { OrganisationSlug = "gent", Today = new DateOnly(2027, 5, 1), Trajectories = trajectories };

    private static ToolProgress Card(IProgressSource source, DashboardFacts facts, string nameKey) => source.For(facts).Single(c => c.NameKey == nameKey);

    [Fact]
    public void The_register_counts_rated_stakeholders_and_the_grid_its_active_ones_only_once_some_are_rated()
    {
        var facts = Facts() with { Stakeholders = new StakeholderProgress.Facts { Total = 5, Unrated = 2, Active = 1 } };
        var register = Card(new StakeholderProgress(), facts, "Stakeholders.Progress.Tool1");
        var grid = Card(new StakeholderProgress(), facts, "Stakeholders.Progress.Tool2");

        Assert.True(register.HasContent);
        Assert.Equal([5, 3], register.SummaryArguments);
        Assert.Equal("/o/gent/stakeholders/grid", grid.Url);
        Assert.Equal([3, 2, 1], grid.SummaryArguments);

        var unrated = Card(new StakeholderProgress(), Facts() with { Stakeholders = new StakeholderProgress.Facts { Total = 4, Unrated = 4, Active = 3 } }, "Stakeholders.Progress.Tool2");
        Assert.False(unrated.HasContent);
        Assert.Equal("Stakeholders.Progress.Tool2Empty", unrated.SummaryKey);
        Assert.Equal([0, 4, 0], unrated.SummaryArguments);
    }

    [Fact]
    public void Cards_of_a_trajectory_open_the_current_trajectory_and_without_one_the_features_start()
    {
        var withTrajectory = Facts(Running with { FirstSheetActionId = 42, Actions = 3, ActionsWithBudget = 2 }, Running with { Id = 3 });
        Assert.Equal("/o/gent/trajectories/7/vision", Card(new VisionProgress(), withTrajectory, "Vision.Tool3.Name").Url);
        Assert.Equal("/o/gent/trajectories/7/vision/amore", Card(new VisionProgress(), withTrajectory, "Vision.Tool4.Name").Url);
        Assert.Equal("/o/gent/trajectories/7/actions/42/sheet", Card(new StrategyProgress(), withTrajectory, "Strategy.Progress.Tool7").Url);
        Assert.Equal("/o/gent/trajectories/7/followup", Card(new FollowUpProgress(), withTrajectory, "FollowUp.Progress.Actions").Url);
        var budget = Card(new BudgetProgress(), withTrajectory, "Budget.Progress.Name");
        Assert.Equal("/o/gent/trajectories/7/budget", budget.Url);
        Assert.Equal("Budget.Progress.NoPlan", budget.SummaryKey);
        Assert.Equal(2, budget.SummaryArguments[0]);
        Assert.Equal(3, budget.SummaryArguments[1]);

        var none = Facts() with { Budget = new BudgetProgress.Facts { PlanEntries = 12 } };
        Assert.Equal("/o/gent/vision", Card(new VisionProgress(), none, "Vision.Tool4.Name").Url);
        Assert.Equal("/o/gent/strategy", Card(new StrategyProgress(), none, "Strategy.Progress.Tool7").Url);
        Assert.Equal("/o/gent/followup", Card(new FollowUpProgress(), none, "FollowUp.Progress.Adoption").Url);
        var plan = Card(new BudgetProgress(), none, "Budget.Progress.Name");
        Assert.Equal("/o/gent/followup/meerjarenplan", plan.Url);
        Assert.True(plan.HasContent);
        Assert.Equal("Budget.Progress.NoBudget", plan.SummaryKey);
    }

    [Fact]
    public void The_goals_card_counts_the_goals_that_meet_every_smart_element()
    {
        var facts = Facts(Running) with { Goals = [new GoalFacts(1, 7, true), new GoalFacts(2, 7, false), new GoalFacts(3, 9, true)] };
        var goals = Card(new StrategyProgress(), facts, "Strategy.Progress.Goals");
        Assert.True(goals.HasContent);
        Assert.Equal([3, 2], goals.SummaryArguments);
    }

    [Fact]
    public void The_follow_up_card_reports_updated_late_and_stale_actions_and_the_adoption_its_date()
    {
        var facts = Facts(Running) with { FollowUp = new FollowUpProgress.Facts { Decisions = 2, AdoptedOn = new DateOnly(2027, 3, 14), Actions = 10, Updated = 4, Late = 3, Stale = 5 } };
        var actions = Card(new FollowUpProgress(), facts, "FollowUp.Progress.Actions");
        Assert.Equal("FollowUp.Progress.ActionsSummary", actions.SummaryKey);
        Assert.Equal([4, 10, 3, 5], actions.SummaryArguments);
        var adoption = Card(new FollowUpProgress(), facts, "FollowUp.Progress.Adoption");
        Assert.True(adoption.HasContent);
        Assert.Equal("FollowUp.Progress.AdoptedSummary", adoption.SummaryKey);
        Assert.Equal("/o/gent/trajectories/7/decisions", adoption.Url);

        var waiting = Card(new FollowUpProgress(), Facts() with { FollowUp = new FollowUpProgress.Facts { Actions = 10 } }, "FollowUp.Progress.Actions");
        Assert.False(waiting.HasContent);
        Assert.Equal("FollowUp.Progress.NoUpdates", waiting.SummaryKey);
    }

    [Fact]
    public void Workshops_open_the_newest_running_one_and_pilots_the_newest_board()
    {
        var facts = Facts() with
        {
            Workshops = new WorkshopProgress.Facts { Workshops = 3, Running = 1, Ended = 2, Held = 5, NewestRunningId = 11 },
            Pilots = new PilotProgress.Facts { Pilots = 2, Furthest = PilotStep.BegrijpGebruikers, NewestId = 4, TestCards = 3, Validated = 1, NotValidated = 1, Unclear = 1 },
        };
        Assert.Equal(WorkshopLoad.Url("gent", 11), Card(new WorkshopProgress(), facts, "Workshops.Progress.Name").Url);
        var pilots = Card(new PilotProgress(), facts, "Pilots.Progress.Pilots");
        Assert.Equal([2, (int)PilotStep.BegrijpGebruikers], pilots.SummaryArguments);
        Assert.Equal("/o/gent/pilots/4/tests", Card(new PilotProgress(), facts, "Pilots.Progress.Tests").Url);

        var empty = Facts();
        Assert.Equal("/o/gent/workshops", Card(new WorkshopProgress(), empty, "Workshops.Progress.Name").Url);
        Assert.Equal("/help/tool-14", Card(new PilotProgress(), empty, "Pilots.Progress.Tests").Url);
        Assert.Equal([0, 0], Card(new PilotProgress(), empty, "Pilots.Progress.Pilots").SummaryArguments);
    }

    [Fact]
    public void The_initiatives_card_says_how_many_cells_of_the_matrix_are_empty()
    {
        var matrix = InitiativeMatrix.Count([new MatrixEntry("bio-economie", null, null, InitiativeTargetGroups.Burgers), new MatrixEntry("bio-economie", null, null, InitiativeTargetGroups.Burgers)]);
        var card = Card(new InitiativeProgress(), Facts() with { Initiatives = InitiativeProgress.Facts.Of(matrix) }, "Initiatives.Progress.Tool5");
        Assert.True(card.HasContent);
        Assert.Equal([2, 1, matrix.CellCount - 1, matrix.CellCount], card.SummaryArguments);
        Assert.Equal("/o/gent/initiatives/matrix", card.Url);
    }

    [Fact]
    public void The_next_step_of_each_trajectory_follows_its_facts_and_its_skipped_steps()
    {
        var facts = Facts(
            Running with { CoreTeamPlanned = true, HasVisionStatement = true, AmoreRounds = 1, OpenActions = 0 },
            Running with
            {
                Id = 3, CoreTeamPlanned = true, HasVisionStatement = true, AmoreRounds = 1,
                Skipped = [new SkippedStepRow(1, 3, NextStepRules.SmartGoals, "Later", null, new DateTime(2027, 4, 1, 0, 0, 0, DateTimeKind.Utc))],
            }) with
        {
            Stakeholders = new StakeholderProgress.Facts { Total = 4 },
            Scan = new Circulair.Web.Features.Scan.ScanProgress.Facts { DatasetsWithData = 1 },
            Goals = [new GoalFacts(21, 7, false), new GoalFacts(22, 7, false), new GoalFacts(31, 3, false)],
        };

        var steps = NextSteps.From(facts);

        Assert.Equal([7, 3], steps.Select(s => s.TrajectoryId));
        Assert.Equal(NextStepRules.SmartGoals, steps[0].Step!.Key);
        Assert.Equal("/o/gent/trajectories/7/goals/21/edit", steps[0].Url);
        Assert.Equal([2, 2], steps[0].Step!.ReasonArguments);
        // The second trajectory skipped its SMART step: actions come next.
        Assert.Equal(NextStepRules.Actions, steps[1].Step!.Key);
        Assert.Equal("/o/gent/trajectories/3/actions/new", steps[1].Url);
        Assert.Single(steps[1].Skipped);
    }

    [Fact]
    public void Without_a_trajectory_the_one_next_step_is_to_plan_one()
    {
        var step = Assert.Single(NextSteps.From(Facts()));
        Assert.Null(step.TrajectoryId);
        Assert.Equal(NextStepRules.CoreTeam, step.Step!.Key);
        Assert.Equal("/o/gent/trajectories/new", step.Url);
    }
}
