namespace Circulair.Monitoring;

/// <summary>What the indicator form sets; <see cref="IndicatorRules.Check"/> says what is wrong with it.</summary>
public sealed record IndicatorDetails
{
    public IndicatorLevel Level { get; init; }
    public string Name { get; init; } = "";
    public string? Definition { get; init; }
    public string Unit { get; init; } = "";
    public IndicatorDirection Direction { get; init; }
    public MeasurementInstrument Instrument { get; init; }
    public MeasurementFrequency Frequency { get; init; }
    public string? Owner { get; init; }
    public double? BaselineValue { get; init; }
    public int? BaselineYear { get; init; }

    /// <summary>Where the figures come from (a dataset, a registration, a survey).</summary>
    public string? Source { get; init; }

    public IReadOnlyList<TargetValue> Targets { get; init; } = [];
}
