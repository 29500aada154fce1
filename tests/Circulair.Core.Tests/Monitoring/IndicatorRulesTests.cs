using Circulair.Monitoring;

namespace Circulair.Core.Tests.Monitoring;

public sealed class IndicatorRulesTests
{
    private static readonly IndicatorDetails Valid = new()
    {
        Level = IndicatorLevel.Impact, Name = "Restafval", Unit = "kg/inw/jaar", Direction = IndicatorDirection.LowerIsBetter,
        Instrument = MeasurementInstrument.CijfersBijhouden, Frequency = MeasurementFrequency.Jaarlijks, BaselineValue = 150, BaselineYear = 2020,
        Targets = [new TargetValue(2030, 100)],
    };

    [Fact]
    public void A_complete_indicator_has_no_problems() => Assert.Empty(IndicatorRules.Check(Valid));

    [Fact]
    public void A_target_in_or_before_the_baseline_year_is_refused_at_that_target()
    {
        var problems = IndicatorRules.Check(Valid with { Targets = [new TargetValue(2030, 100), new TargetValue(2019, 160), new TargetValue(2020, 150)] });

        Assert.Equal(["Targets[1].Year", "Targets[2].Year"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal("Monitoring.Validation.TargetBeforeBaseline", p.Key));
    }

    [Fact]
    public void The_same_target_year_twice_a_half_baseline_and_missing_choices_are_named()
    {
        var problems = IndicatorRules.Check(new IndicatorDetails { BaselineValue = 3, Targets = [new TargetValue(2030, 1), new TargetValue(2030, 2)] });

        Assert.Equal(
            ["Level", "Name", "Unit", "Direction", "Instrument", "Frequency", "BaselineYear", "Targets[1].Year"],
            problems.Select(p => p.Field));
        Assert.Equal("Monitoring.Validation.TargetYearTwice", problems[^1].Key);
    }

    [Fact]
    public void An_indicator_refuses_details_that_break_the_rules_and_keeps_its_code()
    {
        var indicator = new Indicator(1, Valid, "RESTAFVAL", DateTime.UtcNow);

        Assert.Throws<DomainException>(() => indicator.Describe(Valid with { Targets = [new TargetValue(2010, 1)] }));
        indicator.Describe(Valid with { Name = "Restafval per inwoner", Targets = [new TargetValue(2025, 130), new TargetValue(2030, 90)] });

        Assert.Equal("RESTAFVAL", indicator.StandardCode);
        Assert.Equal([2025, 2030], indicator.Details.Targets.Select(t => t.Year));
        Assert.Equal(130, indicator.Path!.ValueAt(2025));
    }

    [Fact]
    public void The_scan_fills_an_empty_baseline_but_never_replaces_one()
    {
        var indicator = new Indicator(1, Valid with { BaselineValue = null, BaselineYear = null }, "RESTAFVAL", DateTime.UtcNow);

        Assert.True(indicator.TakeBaselineIfMissing(2019, 160));
        Assert.False(indicator.TakeBaselineIfMissing(2018, 170));
        Assert.Equal((2019, 160d), (indicator.BaselineYear!.Value, indicator.BaselineValue!.Value));
    }
}
