using Circulair.Strategy;

namespace Circulair.Core.Tests.Strategy;

public sealed class StrategyDomainTests
{
    [Fact]
    public void A_decision_needs_a_reason_and_a_date_but_support_alone_does_not()
    {
        var domain = new StrategyDomain(Build.Org, Build.Trajectory, "consumentengoederen");

        domain.Record(DomainSupport.Middel, null, null, null);
        Assert.Equal(DomainSupport.Middel, domain.Support);
        Assert.Null(domain.Decision);

        Assert.Equal("Strategy.Error.DecisionNeedsReason", Assert.Throws<DomainException>(() => domain.Record(DomainSupport.Laag, DomainDecision.LatenVallen, " ", new DateOnly(2026, 3, 1))).MessageKey);
        Assert.Equal("Strategy.Error.DecisionNeedsDate", Assert.Throws<DomainException>(() => domain.Record(DomainSupport.Laag, DomainDecision.LatenVallen, "Geen trekker", null)).MessageKey);

        domain.Record(DomainSupport.Laag, DomainDecision.LatenVallen, " Geen trekker ", new DateOnly(2026, 3, 1));
        Assert.True(domain.IsDropped);
        Assert.Equal("Geen trekker", domain.Reason);
    }

    [Fact]
    public void A_changed_decision_carrying_the_old_date_is_dated_today_and_an_unchanged_one_keeps_its_date()
    {
        var domain = new StrategyDomain(Build.Org, Build.Trajectory, "consumentengoederen");
        var old = new DateOnly(2026, 2, 20);
        var today = new DateOnly(2026, 3, 2);
        Assert.Equal(old, domain.DateFor(DomainDecision.Behouden, old, today));
        domain.Record(DomainSupport.Hoog, DomainDecision.Behouden, "Veel draagvlak", old);

        Assert.Equal(old, domain.DateFor(DomainDecision.Behouden, old, today));
        Assert.Equal(today, domain.DateFor(DomainDecision.LatenVallen, old, today));
        Assert.Equal(new DateOnly(2026, 2, 25), domain.DateFor(DomainDecision.LatenVallen, new DateOnly(2026, 2, 25), today));
        Assert.Equal(old, domain.DateFor(null, old, today));
    }

    [Fact]
    public void Support_taken_over_from_a_vote_keeps_the_decision_and_names_its_source_until_the_team_records_its_own()
    {
        var domain = Build.Domain();
        var evidence = new DomainSupportEvidence(domain, 7, 1, 4, 2, DateTime.UtcNow);
        Assert.Equal(DomainSupport.Laag, evidence.SuggestedSupport);

        domain.AdoptSupport(evidence, "Stakeholderworkshop – Welke domeinen?", DateTime.UtcNow);

        Assert.Equal((DomainSupport.Laag, DomainDecision.Behouden, "Stakeholderworkshop – Welke domeinen?"), (domain.Support, domain.Decision!.Value, domain.SupportSource));
        Assert.True(evidence.IsAdopted);
        evidence.Count(3, 4, 5, DateTime.UtcNow);
        Assert.False(evidence.IsAdopted);
        domain.Record(DomainSupport.Middel, domain.Decision, domain.Reason, domain.DecidedOn);
        Assert.Null(domain.SupportSource);
        Assert.Throws<DomainException>(() => domain.AdoptSupport(new DomainSupportEvidence(Build.Domain(), 7, 1, 4, 2, DateTime.UtcNow), "Elders", DateTime.UtcNow));
    }

    [Fact]
    public void Refuses_a_domain_code_the_method_does_not_know() =>
        Assert.Throws<DomainException>(() => new StrategyDomain(Build.Org, Build.Trajectory, "ruimtevaart"));

    [Theory]
    [InlineData(0, 9, DomainSupport.Laag)]
    [InlineData(2, 9, DomainSupport.Laag)]
    [InlineData(3, 9, DomainSupport.Middel)]
    [InlineData(5, 9, DomainSupport.Middel)]
    [InlineData(6, 9, DomainSupport.Hoog)]
    [InlineData(9, 9, DomainSupport.Hoog)]
    public void Support_from_votes_follows_the_share_in_favour(int inFavour, int total, DomainSupport expected) =>
        Assert.Equal(expected, DomainSupportRules.FromVotes(inFavour, total));
}

public sealed class TreeOrderTests
{
    [Fact]
    public void Moves_an_action_up_and_down_within_its_line_and_refuses_past_the_ends()
    {
        var line = Build.Line();
        var a = Build.Action("A01");
        var b = Build.Action("A02");
        var c = Build.Action("A03");
        List<PlannedAction> all = [];
        foreach (var x in new[] { a, b, c })
        {
            x.PlaceIn(line, all);
            all.Add(x);
        }
        Assert.Equal([1, 2, 3], all.Select(x => x.Position));

        TreeOrder.Move(all, c, -1);
        Assert.Equal(["A01", "A03", "A02"], all.OrderBy(x => x.Position).Select(x => x.Number));

        Assert.Equal("Strategy.Error.CannotMove", Assert.Throws<DomainException>(() => TreeOrder.Move(all, a, -1)).MessageKey);
        Assert.Equal("Strategy.Error.CannotMove", Assert.Throws<DomainException>(() => TreeOrder.Move(all, b, 1)).MessageKey);
    }

    [Fact]
    public void Moving_an_action_to_another_line_puts_it_last_there_and_closes_the_gap()
    {
        var goal = Build.Goal();
        var from = Build.Line(goal, "Van");
        var to = Build.Line(goal, "Naar");
        var a = Build.Action("A01");
        var b = Build.Action("A02");
        var c = Build.Action("A03");
        a.PlaceIn(from, []);
        b.PlaceIn(from, [a]);
        c.PlaceIn(to, []);

        a.MoveTo(to, [a, b], [c]);

        Assert.Same(to, a.Line);
        Assert.Equal(2, a.Position);
        Assert.Equal(1, b.Position);
    }

    [Fact]
    public void Refuses_to_move_an_action_into_a_dropped_domain_and_says_which_and_why()
    {
        var dropped = Build.Domain(DomainDecision.Behouden, "bio-economie");
        var line = Build.Line(Build.Goal(dropped));
        dropped.Record(DomainSupport.Laag, DomainDecision.LatenVallen, "Te weinig draagvlak", new DateOnly(2026, 3, 1));
        var action = Build.Action();

        var refused = Assert.Throws<DomainException>(() => action.MoveTo(line, [action], []));

        Assert.Equal("Strategy.Error.DomainDropped", refused.MessageKey);
        Assert.Equal("Bio-economie en voeding", ((Circulair.Reference.LocalText)refused.Arguments[0]).Nl);
        Assert.Equal("Te weinig draagvlak", refused.Arguments[1]);
        Assert.Null(action.Line);
    }

    [Fact]
    public void Moves_goals_and_lines_within_their_parent()
    {
        var domain = Build.Domain();
        var first = new StrategyGoal(domain, 1, new GoalDetails { Statement = "Eerste" });
        var second = new StrategyGoal(domain, 2, new GoalDetails { Statement = "Tweede" });

        TreeOrder.Move([first, second], first, 1);

        Assert.Equal((2, 1), (first.Position, second.Position));
    }
}

public sealed class ActionTests
{
    [Fact]
    public void Refuses_an_end_before_the_start_and_keeps_the_old_values()
    {
        var action = Build.Action();
        var now = new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc);

        var refused = Assert.Throws<DomainException>(() => action.Describe(action.Details with { Start = new DateOnly(2026, 6, 1), End = new DateOnly(2026, 5, 1) }, now));

        Assert.Equal("Errors.EndBeforeStart", refused.MessageKey);
        Assert.Null(action.StartDate);
    }

    [Fact]
    public void A_rater_who_rates_again_replaces_their_rating_and_the_means_follow()
    {
        var action = Build.Action();
        var now = new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(Circulair.Vision.RateOutcome.Added, action.Rate(Circulair.Vision.RaterKey.Member(1), "An", 5, 1, now));
        Assert.Equal(Circulair.Vision.RateOutcome.Added, action.Rate(Circulair.Vision.RaterKey.Workshop("ws1-p2"), "Tafel 2", 2, 4, now));
        Assert.Equal(Circulair.Vision.RateOutcome.Replaced, action.Rate(Circulair.Vision.RaterKey.Member(1), "An", 4, 2, now));

        Assert.Equal(2, action.RatingCount);
        Assert.Equal(3.0, action.ImpactMean);
        Assert.Equal(3.0, action.EffortMean);
        Assert.Equal(Circulair.Prioritisation.Quadrant.KleineVerbetering, action.Quadrant);
        Assert.Equal(1.0, action.ImpactSummary!.StandardDeviation);
        Assert.Equal((2, 4), (action.EffortSummary!.Min, action.EffortSummary.Max));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, 0)]
    [InlineData(3, 6)]
    public void Refuses_a_score_outside_one_to_five(int impact, int effort)
    {
        var action = Build.Action();

        var refused = Assert.Throws<DomainException>(() => action.Rate(Circulair.Vision.RaterKey.Member(1), "An", impact, effort, DateTime.UtcNow));

        Assert.Equal("Prioritisation.Error.ScoreOutOfRange", refused.MessageKey);
        Assert.Equal(0, action.RatingCount);
    }

    [Fact]
    public void The_sheet_keeps_rows_in_order_updates_in_place_and_drops_what_is_left_over()
    {
        var action = Build.Action();
        var now = DateTime.UtcNow;
        action.DescribeSheet(new ActionSheet
        {
            Description = "Opleiding",
            Milestones = [new(new DateOnly(2026, 5, 1), "Eerste sessie", false), new(null, "Evaluatie", false)],
            Budget = [new(2027, 0.2, 5000m), new(2026, 0.5, 12000m)],
            Risks = [new("Weinig inschrijvingen", RiskLevel.Middel, RiskLevel.Hoog, "Samen met buurgemeenten")],
        }, now);
        var first = action.Milestones.Single(m => m.Position == 1);

        action.DescribeSheet(action.Sheet with { Milestones = [new(new DateOnly(2026, 5, 1), "Eerste sessie", true)] }, now);

        var kept = Assert.Single(action.Milestones);
        Assert.Same(first, kept);
        Assert.True(kept.Done);
        Assert.Equal([2026, 2027], action.Sheet.Budget.Select(b => b.Year));
        Assert.Equal(new BudgetSummary(17000m, 0.35, 2026, 2027), BudgetSummary.Of(action.Sheet.Budget));
        Assert.Equal("Strategy.Error.BudgetYearTwice", Assert.Throws<DomainException>(() => action.DescribeSheet(new ActionSheet { Budget = [new(2026, 1, null), new(2026, 2, null)] }, now)).MessageKey);
    }
}

public sealed class ActionNumberingTests
{
    [Fact]
    public void The_first_number_is_A01_and_the_next_follows_the_highest_generated_one()
    {
        Assert.Equal("A01", ActionNumbering.Next([]));
        Assert.Equal("A04", ActionNumbering.Next(["A01", "a03", "BO-7"]));
        Assert.Equal("A100", ActionNumbering.Next(["A99"]));
    }

    [Fact]
    public void Own_numbers_do_not_disturb_the_sequence_and_a_taken_number_is_skipped()
    {
        Assert.Equal("A01", ActionNumbering.Next(["BO-1", "2.3"]));
        Assert.Equal("A03", ActionNumbering.Next(["A1", "A02"]));
    }

    [Theory]
    [InlineData("A01", true)]
    [InlineData("BO-1.2", true)]
    [InlineData("2024/7", true)]
    [InlineData("A 01", false)]
    [InlineData("-A01", false)]
    [InlineData("A012345678901234567890", false)]
    public void Numbers_are_short_codes_of_letters_digits_and_a_few_signs(string number, bool ok) =>
        Assert.Equal(ok, ActionNumbering.IsWellFormed(number));

    [Fact]
    public void Uniqueness_ignores_case_and_surrounding_space() =>
        Assert.Equal(ActionNumbering.Key(" a01 "), ActionNumbering.Key("A01"));

    [Fact]
    public void Numbers_sort_naturally() =>
        Assert.Equal(["A2", "a03", "A10", "B1"], new[] { "A10", "B1", "a03", "A2" }.Order(ActionNumbering.Natural));
}

public sealed class StrategyThreadTests
{
    [Fact]
    public void Finds_actions_without_a_goal_goals_without_actions_and_retained_domains_without_goals()
    {
        ThreadDomain[] domains = [new(1, DomainDecision.Behouden), new(2, DomainDecision.Behouden), new(3, DomainDecision.LatenVallen), new(4, null)];
        ThreadGoal[] goals = [new(10, 1), new(11, 1)];
        ThreadLine[] lines = [new(100, 10), new(101, 11)];
        ThreadAction[] actions = [new(1000, 100), new(1001, null), new(1002, 999)];

        var orphans = StrategyThread.Orphans(domains, goals, lines, actions);

        Assert.Equal([1001, 1002], orphans.ActionsWithoutGoal);
        Assert.Equal([11], orphans.GoalsWithoutActions);
        Assert.Equal([2], orphans.RetainedDomainsWithoutGoals);
        Assert.Equal(4, orphans.Count);
    }

    [Fact]
    public void Flags_a_dropped_domain_that_still_has_goals_with_its_running_actions()
    {
        ThreadDomain[] domains = [new(1, DomainDecision.Behouden), new(2, DomainDecision.LatenVallen), new(3, DomainDecision.LatenVallen)];
        ThreadGoal[] goals = [new(10, 1), new(20, 2), new(21, 2)];
        ThreadLine[] lines = [new(100, 10), new(200, 20), new(210, 21)];
        ThreadAction[] actions = [new(1000, 100), new(2000, 200, ActionStatus.Lopend), new(2001, 200, ActionStatus.Afgerond), new(2100, 210, ActionStatus.Stopgezet)];

        var orphans = StrategyThread.Orphans(domains, goals, lines, actions);

        Assert.Equal([new DroppedDomainWork(2, 2, 1)], orphans.DroppedDomainsWithWork);
        Assert.Equal(1, orphans.Count);
    }

    [Fact]
    public void A_whole_thread_has_no_orphans()
    {
        var orphans = StrategyThread.Orphans([new(1, DomainDecision.Behouden)], [new(10, 1)], [new(100, 10)], [new(1000, 100)]);

        Assert.False(orphans.Any);
    }

    [Fact]
    public void A_goal_whose_lines_are_all_empty_has_no_actions() =>
        Assert.Equal([10], StrategyThread.Orphans([new(1, DomainDecision.Behouden)], [new(10, 1)], [new(100, 10), new(101, 10)], []).GoalsWithoutActions);
}

public sealed class StrategyIdeaTests
{
    [Fact]
    public void An_idea_becomes_one_action_only()
    {
        var idea = new StrategyIdea(Build.Org, Build.Trajectory, "Deelkast in elke wijk", IdeaTechnique.HoeKunnenWe, DateTime.UtcNow);
        var action = Build.Action();

        idea.Promote(action);

        Assert.True(idea.IsPromoted);
        Assert.Same(action, idea.PromotedAction);
        Assert.Equal("Strategy.Error.IdeaAlreadyPromoted", Assert.Throws<DomainException>(() => idea.Promote(Build.Action("A02"))).MessageKey);
    }

    [Fact]
    public void Votes_of_activities_add_up_a_recount_replaces_its_own_tally_and_the_teams_count_comes_on_top()
    {
        var idea = new StrategyIdea(Build.Org, Build.Trajectory, "Repair café", IdeaTechnique.WorldCafe, DateTime.UtcNow);

        idea.CountWorkshopVotes(11, 7, DateTime.UtcNow);
        idea.CountWorkshopVotes(12, 6, DateTime.UtcNow);
        idea.SetVotes(2);
        idea.CountWorkshopVotes(12, 1, DateTime.UtcNow);
        idea.CountWorkshopVotes(13, 0, DateTime.UtcNow);

        Assert.Equal(10, idea.Votes);
        Assert.Equal(2, idea.VotesOutsideWorkshops);
        Assert.Equal([(11, 7), (12, 1)], idea.Tallies.Select(t => (t.WorkshopActivityId, t.Votes)));
        Assert.Throws<DomainException>(() => idea.SetVotes(-1));
        Assert.Throws<DomainException>(() => idea.CountWorkshopVotes(11, StrategyIdea.MaxVotes, DateTime.UtcNow));
        Assert.Equal(10, idea.Votes);
    }

    [Fact]
    public void Only_the_own_technique_keeps_a_technique_name()
    {
        var idea = new StrategyIdea(Build.Org, Build.Trajectory, "Idee", IdeaTechnique.Eigen, DateTime.UtcNow);
        idea.Describe("Idee", null, IdeaTechnique.Eigen, "Wandeling", null, null, null);
        Assert.Equal("Wandeling", idea.TechniqueName);

        idea.Describe("Idee", null, IdeaTechnique.Brainwriting, "Wandeling", null, null, null);
        Assert.Null(idea.TechniqueName);
    }
}
