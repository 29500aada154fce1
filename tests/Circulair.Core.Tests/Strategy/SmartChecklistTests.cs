using Circulair.Strategy;
using static Circulair.Strategy.SmartGap;

namespace Circulair.Core.Tests.Strategy;

public sealed class SmartChecklistTests
{
    private static readonly GoalDetails Complete = new()
    {
        Statement = "Tegen 2030 daalt het restafval tot 100 kg per inwoner",
        Indicator = "Restafval per inwoner",
        TargetValue = 100,
        Unit = "kg per inwoner per jaar",
        BaselineValue = 141,
        BaselineYear = 2023,
        Deadline = new DateOnly(2030, 12, 31),
        Owner = "Dienst Milieu en Klimaat",
        RealismNote = "Past in het Lokaal Materialenplan",
    };

    /// <summary>1 March 2026; the organisation knows its service and one member.</summary>
    private static readonly SmartContext Context = new(new DateOnly(2026, 3, 1), ["Dienst Milieu en Klimaat", "Sam Demo"]);

    [Fact]
    public void A_complete_goal_meets_all_five_criteria()
    {
        var checks = SmartChecklist.For(Complete, Context);

        Assert.Equal(Enum.GetValues<SmartElement>(), checks.Select(c => c.Element));
        Assert.All(checks, c => Assert.True(c.IsMet));
        Assert.Empty(SmartChecklist.Gaps(Complete, Context));
        Assert.Equal(5, SmartChecklist.MetCount(Complete, Context));
    }

    [Fact]
    public void A_bare_statement_lacks_a_number_a_date_an_owner_and_the_rest()
    {
        var gaps = SmartChecklist.Gaps(new GoalDetails { Statement = "Meer hergebruik van bouwmaterialen" }, Context);

        Assert.Equal([NoIndicator, NoTarget, NoUnit, NoBaseline, NoOwner, NoRealismNote, NoDeadline], gaps);
        Assert.Equal(0, SmartChecklist.MetCount(new GoalDetails { Statement = "Meer hergebruik van bouwmaterialen" }, Context));
    }

    [Theory]
    [InlineData(NoTarget, SmartElement.Meetbaar)]
    [InlineData(NoUnit, SmartElement.Meetbaar)]
    [InlineData(NoBaseline, SmartElement.Meetbaar)]
    [InlineData(NoIndicator, SmartElement.Specifiek)]
    [InlineData(NoOwner, SmartElement.Acceptabel)]
    [InlineData(NoRealismNote, SmartElement.Realistisch)]
    [InlineData(NoDeadline, SmartElement.Tijdgebonden)]
    public void Each_missing_element_fails_exactly_its_own_criterion(SmartGap gap, SmartElement element)
    {
        var goal = gap switch
        {
            NoTarget => Complete with { TargetValue = null },
            NoUnit => Complete with { Unit = " " },
            NoBaseline => Complete with { BaselineValue = null },
            NoIndicator => Complete with { Indicator = null },
            NoOwner => Complete with { Owner = "" },
            NoRealismNote => Complete with { RealismNote = null },
            _ => Complete with { Deadline = null },
        };

        var failed = SmartChecklist.For(goal, Context).Where(c => !c.IsMet).ToList();

        var check = Assert.Single(failed);
        Assert.Equal(element, check.Element);
        Assert.Equal([gap], check.Gaps);
    }

    [Fact]
    public void A_goal_with_x_everywhere_and_a_deadline_before_its_baseline_meets_no_criterion()
    {
        var nonsense = new GoalDetails
        {
            Statement = "x", Indicator = "x", TargetValue = 1, Unit = "x", BaselineValue = 2, BaselineYear = 2024,
            Deadline = new DateOnly(2020, 1, 1), Owner = "x", RealismNote = "x",
        };

        var gaps = SmartChecklist.Gaps(nonsense, Context);

        Assert.Equal([VagueStatement, VagueIndicator, UnitNotMeasurable, OwnerUnknown, VagueRealismNote, DeadlineNotAfterBaseline, DeadlinePassed], gaps);
        Assert.Equal(0, SmartChecklist.MetCount(nonsense, Context));
    }

    [Theory]
    [InlineData(VagueStatement, SmartElement.Specifiek)]
    [InlineData(VagueIndicator, SmartElement.Specifiek)]
    [InlineData(TargetIsBaseline, SmartElement.Meetbaar)]
    [InlineData(UnitNotMeasurable, SmartElement.Meetbaar)]
    [InlineData(NoBaselineYear, SmartElement.Meetbaar)]
    [InlineData(OwnerUnknown, SmartElement.Acceptabel)]
    [InlineData(VagueRealismNote, SmartElement.Realistisch)]
    [InlineData(DeadlineNotAfterBaseline, SmartElement.Tijdgebonden)]
    [InlineData(DeadlinePassed, SmartElement.Tijdgebonden)]
    public void Filled_but_empty_content_fails_exactly_its_own_criterion(SmartGap gap, SmartElement element)
    {
        var goal = gap switch
        {
            VagueStatement => Complete with { Statement = "Minder afval" },
            VagueIndicator => Complete with { Indicator = "kg" },
            TargetIsBaseline => Complete with { TargetValue = 141 },
            UnitNotMeasurable => Complete with { Unit = "xx" },
            NoBaselineYear => Complete with { BaselineYear = null },
            OwnerUnknown => Complete with { Owner = "Iemand" },
            VagueRealismNote => Complete with { RealismNote = "ja" },
            DeadlineNotAfterBaseline => Complete with { BaselineYear = 2031 },
            _ => Complete with { Deadline = new DateOnly(2026, 2, 28), BaselineYear = 2020 },
        };

        var failed = SmartChecklist.For(goal, Context).Where(c => !c.IsMet).ToList();

        var check = Assert.Single(failed);
        Assert.Equal(element, check.Element);
        Assert.Equal([gap], check.Gaps);
    }

    [Theory]
    [InlineData("kg per inwoner per jaar")]
    [InlineData("%")]
    [InlineData("% van het gewicht")]
    [InlineData("ton CO2")]
    [InlineData("MWh")]
    [InlineData("m²")]
    [InlineData("euro")]
    [InlineData("woningen")]
    [InlineData("aantal deelnemende bedrijven")]
    public void Recognises_units_that_are_measured_or_counted(string unit) => Assert.True(SmartChecklist.IsMeasurableUnit(unit));

    [Theory]
    [InlineData("x")]
    [InlineData("xx")]
    [InlineData("-")]
    [InlineData("xxxx")]
    [InlineData("?")]
    public void Does_not_take_a_placeholder_for_a_unit(string unit) => Assert.False(SmartChecklist.IsMeasurableUnit(unit));

    [Theory]
    [InlineData("Dienst Milieu en Klimaat", true)]
    [InlineData("dienst milieu-en-klimaat", true)]
    [InlineData("Sam Demo", true)]
    [InlineData("Dienst Milieu en Klimaat (Sam Demo)", true)]
    [InlineData("Dienst Milieu", false)]
    [InlineData("Sam", false)]
    [InlineData("de stad", false)]
    [InlineData("Team van Sam Demo en Dienst Ruimte", true)]
    [InlineData("Sam Demonstratie", false)]
    [InlineData("Dienst Milieu en", false)]
    public void An_owner_is_a_member_or_a_stakeholder_the_organisation_knows(string owner, bool known) =>
        Assert.Equal(known, !SmartChecklist.Gaps(Complete with { Owner = owner }, Context).Contains(OwnerUnknown));

    [Theory]
    [InlineData("IT", true)]
    [InlineData("it", true)]
    [InlineData("Dienst IT", false)]
    [InlineData("Dienst ICT en Data", true)]
    [InlineData("ICT", true)]
    public void A_name_of_two_letters_counts_only_on_its_own_and_longer_ones_also_inside_an_owner(string owner, bool known)
    {
        var context = new SmartContext(new DateOnly(2026, 3, 1), ["IT", "ICT", "ict"]);
        Assert.Equal(known, context.Knows(owner));
    }

    [Fact]
    public void A_deadline_today_has_not_passed()
    {
        Assert.DoesNotContain(DeadlinePassed, SmartChecklist.Gaps(Complete with { Deadline = Context.Today }, Context));
    }

    [Fact]
    public void A_target_of_zero_is_a_number()
    {
        Assert.DoesNotContain(NoTarget, SmartChecklist.Gaps(Complete with { TargetValue = 0 }, Context));
    }

    [Fact]
    public void The_goal_refuses_a_missing_statement_but_saves_with_every_other_gap()
    {
        var domain = Build.Domain();

        var refused = Assert.Throws<DomainException>(() => new StrategyGoal(domain, 1, new GoalDetails { Statement = "  ", TargetValue = 5 }));
        var saved = new StrategyGoal(domain, 1, new GoalDetails { Statement = " Minder restafval " });

        Assert.Equal("Strategy.Error.StatementRequired", refused.MessageKey);
        Assert.Equal("Minder restafval", saved.Statement);
        Assert.Equal(0, saved.Smart(Context).Count(c => c.IsMet));
    }

    [Fact]
    public void A_goal_hangs_only_below_a_retained_domain()
    {
        Assert.Equal("Strategy.Error.GoalNeedsRetainedDomain", Assert.Throws<DomainException>(() => Build.Goal(Build.Domain(DomainDecision.LatenVallen))).MessageKey);
        Assert.Equal("Strategy.Error.GoalNeedsRetainedDomain", Assert.Throws<DomainException>(() => Build.Goal(Build.Domain(null))).MessageKey);
    }
}

public sealed class NumberTextTests
{
    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-BE");
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("100", 100)]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1.250", 1250)]
    [InlineData("1 250,5", 1250.5)]
    [InlineData("-3", -3)]
    public void Reads_figures_as_people_in_Flanders_write_them(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, Dutch, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("veel")]
    [InlineData("12 ton")]
    [InlineData("1,2,3")]
    [InlineData("")]
    [InlineData("-")]
    public void Refuses_what_is_not_a_number(string text) => Assert.False(NumberText.TryParse(text, Dutch, out _));

    [Fact]
    public void An_English_reader_gets_the_plain_reading_first()
    {
        Assert.True(NumberText.TryParse("1,250", English, out var thousands));
        Assert.Equal(1250, thousands);
        Assert.True(NumberText.TryParse("1.250", Dutch, out var dutch));
        Assert.Equal(1250, dutch);
    }
}
