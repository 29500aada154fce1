namespace Circulair.Monitoring;

/// <summary>
/// The rules an indicator's details must meet before it is saved: a name and a unit, a level, direction, instrument
/// and frequency from their lists, a baseline given as value and year together, and targets that lie after the
/// baseline year, once per year. Pure, so the form and the tests read the same rules.
/// </summary>
public static class IndicatorRules
{
    public const int FirstYear = 1990;
    public const int LastYear = 2100;
    private const string P = "Monitoring.Validation.";

    public static IReadOnlyList<IndicatorProblem> Check(IndicatorDetails d)
    {
        var problems = new List<IndicatorProblem>();
        if (!Enum.IsDefined(d.Level))
        {
            problems.Add(new(nameof(d.Level), P + "LevelRequired"));
        }
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            problems.Add(new(nameof(d.Name), P + "NameRequired"));
        }
        if (string.IsNullOrWhiteSpace(d.Unit))
        {
            problems.Add(new(nameof(d.Unit), P + "UnitRequired"));
        }
        if (!Enum.IsDefined(d.Direction))
        {
            problems.Add(new(nameof(d.Direction), P + "DirectionRequired"));
        }
        if (!Enum.IsDefined(d.Instrument))
        {
            problems.Add(new(nameof(d.Instrument), P + "InstrumentRequired"));
        }
        if (!Enum.IsDefined(d.Frequency))
        {
            problems.Add(new(nameof(d.Frequency), P + "FrequencyRequired"));
        }
        if (d.BaselineValue is not null && d.BaselineYear is null)
        {
            problems.Add(new(nameof(d.BaselineYear), P + "BaselineYearRequired"));
        }
        else if (d.BaselineValue is null && d.BaselineYear is not null)
        {
            problems.Add(new(nameof(d.BaselineValue), P + "BaselineValueRequired"));
        }
        if (d.BaselineYear is { } by && (by < FirstYear || by > LastYear))
        {
            problems.Add(new(nameof(d.BaselineYear), P + "YearOutOfRange", FirstYear, LastYear));
        }
        if (d.BaselineValue is { } bv && !double.IsFinite(bv))
        {
            problems.Add(new(nameof(d.BaselineValue), P + "NotANumber"));
        }
        var seen = new HashSet<int>();
        for (var i = 0; i < d.Targets.Count; i++)
        {
            var target = d.Targets[i];
            var field = $"Targets[{i}].Year";
            if (target.Year < FirstYear || target.Year > LastYear)
            {
                problems.Add(new(field, P + "YearOutOfRange", FirstYear, LastYear));
            }
            else if (d.BaselineYear is { } baseline && target.Year <= baseline)
            {
                problems.Add(new(field, P + "TargetBeforeBaseline", target.Year, baseline));
            }
            else if (!seen.Add(target.Year))
            {
                problems.Add(new(field, P + "TargetYearTwice", target.Year));
            }
            if (!double.IsFinite(target.Value))
            {
                problems.Add(new($"Targets[{i}].Value", P + "NotANumber"));
            }
        }
        return problems;
    }
}
