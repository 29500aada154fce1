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

    [Fact]
    public void A_complete_goal_meets_all_five_criteria()
    {
        var checks = SmartChecklist.For(Complete);

        Assert.Equal(Enum.GetValues<SmartElement>(), checks.Select(c => c.Element));
        Assert.All(checks, c => Assert.True(c.IsMet));
        Assert.Empty(SmartChecklist.Gaps(Complete));
        Assert.Equal(5, SmartChecklist.MetCount(Complete));
    }

    [Fact]
    public void A_bare_statement_lacks_a_number_a_date_an_owner_and_the_rest()
    {
        var gaps = SmartChecklist.Gaps(new GoalDetails { Statement = "Meer hergebruik" });

        Assert.Equal([NoIndicator, NoTarget, NoUnit, NoBaseline, NoOwner, NoRealismNote, NoDeadline], gaps);
        Assert.Equal(0, SmartChecklist.MetCount(new GoalDetails { Statement = "Meer hergebruik" }));
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

        var failed = SmartChecklist.For(goal).Where(c => !c.IsMet).ToList();

        var check = Assert.Single(failed);
        Assert.Equal(element, check.Element);
        Assert.Equal([gap], check.Gaps);
    }

    [Fact]
    public void A_target_of_zero_is_a_number()
    {
        Assert.DoesNotContain(NoTarget, SmartChecklist.Gaps(Complete with { TargetValue = 0 }));
    }

    [Fact]
    public void The_goal_refuses_a_missing_statement_but_saves_with_every_other_gap()
    {
        var domain = Build.Domain();

        var refused = Assert.Throws<DomainException>(() => new StrategyGoal(domain, 1, new GoalDetails { Statement = "  ", TargetValue = 5 }));
        var saved = new StrategyGoal(domain, 1, new GoalDetails { Statement = " Minder restafval " });

        Assert.Equal("Strategy.Error.StatementRequired", refused.MessageKey);
        Assert.Equal("Minder restafval", saved.Statement);
        Assert.Equal(0, saved.Smart().Count(c => c.IsMet));
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
