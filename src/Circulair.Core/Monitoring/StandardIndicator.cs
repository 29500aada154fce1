namespace Circulair.Monitoring;

/// <summary>
/// One indicator of the shipped standard local set: its stable <see cref="Code"/> (the shared identity adopted copies
/// keep), where it sits on the chain, its texts in Dutch and English (our own words), where its figures come from,
/// and which framework proposed it (<see cref="Origin"/>).
/// </summary>
/// <param name="Candidate">The row of ce_indicator_candidates.csv it was built from, or null for the chain examples of Figure 10.</param>
/// <param name="FlemishReference">The indicator name in flanders_reference_values.csv that gives its Flemish reference, or null.</param>
public sealed record StandardIndicator(
    string Code,
    IndicatorLevel Level,
    IndicatorDirection Direction,
    MeasurementInstrument Instrument,
    MeasurementFrequency Frequency,
    string Unit,
    string NameNl,
    string NameEn,
    string DefinitionNl,
    string DefinitionEn,
    string Source,
    string Origin,
    string? Candidate,
    string? FlemishReference)
{
    public string Name(bool english) => english ? NameEn : NameNl;

    public string Definition(bool english) => english ? DefinitionEn : DefinitionNl;

    /// <summary>The details an adopted copy starts from (Dutch texts: the organisation's working language).</summary>
    public IndicatorDetails ToDetails(IReadOnlyList<TargetValue> targets) => new()
    {
        Level = Level, Name = NameNl, Definition = DefinitionNl, Unit = Unit, Direction = Direction, Instrument = Instrument,
        Frequency = Frequency, Source = Source, Targets = targets,
    };
}
