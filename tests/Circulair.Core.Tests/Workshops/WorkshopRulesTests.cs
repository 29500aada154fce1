using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Workshops;

namespace Circulair.Core.Tests.Workshops;

public sealed class WorkshopRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Workshop NewWorkshop()
    {
        var trajectory = new StrategyTrajectory(1, "Circulair 2030", 2025, 2030, null, null);
        var session = trajectory.AddSession(SessionKind.Stakeholders, Phase.Fase2);
        return new Workshop(session, "Workshop", "ACDEFG", Now);
    }

    [Theory]
    [InlineData(new[] { 3, 2 }, DotProblemKind.None)]
    [InlineData(new[] { 3, 3 }, DotProblemKind.OverBudget)]
    [InlineData(new[] { 4, 0 }, DotProblemKind.OverItemMaximum)]
    [InlineData(new[] { -1, 2 }, DotProblemKind.Negative)]
    public void Dot_budget_allows_N_dots_and_at_most_M_on_one_item(int[] dots, DotProblemKind expected)
    {
        var allocation = new Dictionary<int, int> { [10] = dots[0], [11] = dots[1] };

        Assert.Equal(expected, DotBudget.Check(allocation, 5, 3, [10, 11]).Kind);
    }

    [Fact]
    public void Dot_budget_refuses_an_item_that_is_not_in_the_vote()
    {
        var problem = DotBudget.Check(new Dictionary<int, int> { [99] = 1 }, 5, 3, [10, 11]);

        Assert.Equal((DotProblemKind.UnknownItem, 99), (problem.Kind, problem.ItemId));
    }

    [Fact]
    public void Over_budget_reports_what_was_given_and_what_is_allowed()
    {
        var problem = DotBudget.Check(new Dictionary<int, int> { [1] = 3, [2] = 3, [3] = 1 }, 5, 3, [1, 2, 3]);

        Assert.Equal((7, 5), (problem.Given, problem.Allowed));
    }

    [Fact]
    public void Brainwriting_hands_every_sheet_to_exactly_one_person_per_round_and_nobody_gets_their_own_back_early()
    {
        const int sheets = 6;
        for (var round = 1; round <= sheets; round++)
        {
            var held = Enumerable.Range(0, sheets).Select(i => BrainwritingSheets.SheetFor(i, round, sheets)).ToList();
            Assert.Equal(Enumerable.Range(0, sheets), held.Order());
        }
        for (var i = 0; i < sheets; i++)
        {
            var mine = Enumerable.Range(1, sheets).Select(r => BrainwritingSheets.SheetFor(i, r, sheets)).ToList();
            Assert.Equal(sheets, mine.Distinct().Count());
            Assert.Equal(i, mine[0]);
        }
        Assert.Equal(BrainwritingSheets.SheetFor(0, 1, sheets), BrainwritingSheets.SheetFor(0, sheets + 1, sheets));
    }

    [Fact]
    public void World_cafe_spreads_people_who_shared_a_table_and_keeps_tables_evenly_filled()
    {
        const int tables = 4;
        const int people = 12;
        for (var round = 1; round <= 3; round++)
        {
            var counts = Enumerable.Range(0, people).GroupBy(i => CafeTables.TableFor(i, round, tables)).Select(g => g.Count()).ToList();
            Assert.Equal(tables, counts.Count);
            Assert.All(counts, c => Assert.Equal(people / tables, c));
        }
        var together = Enumerable.Range(0, people).Where(i => CafeTables.TableFor(i, 1, tables) == 0).ToList();
        var nextRound = together.Select(i => CafeTables.TableFor(i, 2, tables)).ToList();
        Assert.Equal(together.Count, nextRound.Distinct().Count());
    }

    [Fact]
    public void Only_one_activity_is_open_at_a_time_and_input_after_closing_is_refused()
    {
        var workshop = NewWorkshop();
        var vote = workshop.AddActivity(ActivityKind.Stippenstemming, "Stem");
        vote.AddItem("A");
        var poll = workshop.AddActivity(ActivityKind.Peiling, "Peiling");
        poll.SetPollType(PollType.Schaal);

        workshop.Open(vote, 3, Now);
        var refused = Assert.Throws<DomainException>(() => workshop.Open(poll, 3, Now));
        workshop.Close(vote, Now);

        Assert.Equal("Workshops.Error.AnotherActivityOpen", refused.MessageKey);
        Assert.Equal("Workshops.Error.ActivityClosed", Assert.Throws<DomainException>(vote.EnsureOpen).MessageKey);
        Assert.Equal(WorkshopStatus.Actief, workshop.Status);
        Assert.Equal("Workshops.Error.ActivityHasRun", Assert.Throws<DomainException>(() => workshop.RemoveActivity(vote)).MessageKey);
    }

    [Fact]
    public void Ending_closes_the_open_activity_and_refuses_joining()
    {
        var workshop = NewWorkshop();
        var poll = workshop.AddActivity(ActivityKind.Peiling, "Peiling");
        poll.SetPollType(PollType.OpenTekst);
        workshop.Open(poll, 0, Now);

        workshop.End(Now.AddHours(1));

        Assert.Equal(ActivityState.Gesloten, poll.State);
        Assert.Equal("Workshops.Error.Ended", Assert.Throws<DomainException>(() => WorkshopParticipant.Join(workshop, null, Now)).MessageKey);
    }

    [Theory]
    [InlineData("acd efg", "ACDEFG")]
    [InlineData("ACD-EFG", "ACDEFG")]
    [InlineData("ACDEF0", null)]
    [InlineData("ACDEFGH", null)]
    [InlineData("IL1O0S", null)]
    public void Codes_are_forgiving_about_case_spaces_and_dashes_but_refuse_look_alikes(string input, string? expected) =>
        Assert.Equal(expected, WorkshopCode.Normalise(input));

    [Theory]
    [InlineData("ABCDEF", true)]
    [InlineData("abc-123", true)]
    [InlineData("ACDEFG", true)]
    [InlineData("ACDEF", false)]
    [InlineData("ACDEFGH", false)]
    [InlineData("ACD?FG", false)]
    [InlineData("", false)]
    public void A_code_of_six_letters_or_digits_is_well_formed_even_with_characters_no_code_uses(string input, bool expected) =>
        Assert.Equal(expected, WorkshopCode.IsWellFormed(input));

    [Theory]
    [InlineData("meer herstellen", "Hoe kunnen we meer herstellen?")]
    [InlineData("hoe kunnen we meer herstellen", "Hoe kunnen we meer herstellen?")]
    [InlineData("Hoe kunnen we samen afval vermijden?", "Hoe kunnen we samen afval vermijden?")]
    [InlineData("herstellen aantrekkelijker maken", "Hoe kunnen we herstellen aantrekkelijker maken?")]
    [InlineData("hergebruik zichtbaar doen", "Hoe kunnen we hergebruik zichtbaar doen?")]
    [InlineData("herstelbonus", "Herstelbonus")]
    [InlineData("een herstelbonus voor elke inwoner", "Een herstelbonus voor elke inwoner")]
    [InlineData("herstelbonus?", "Herstelbonus?")]
    [InlineData("wat doen we met oude fietsen", "Wat doen we met oude fietsen?")]
    [InlineData("Waarom herstelt niemand zijn gsm?", "Waarom herstelt niemand zijn gsm?")]
    [InlineData("  hoe kunnen we  ", null)]
    [InlineData("?", null)]
    [InlineData("", null)]
    public void The_how_might_we_opening_is_added_only_before_a_verb_phrase_and_never_twice(string typed, string? expected) =>
        Assert.Equal(expected, HowMightWe.Question(typed));

    [Fact]
    public void New_codes_use_only_the_alphabet()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.NotNull(WorkshopCode.Normalise(WorkshopCode.New()));
        }
    }
}
