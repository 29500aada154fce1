using System.ComponentModel.DataAnnotations;
using Circulair.Monitoring;

namespace Circulair.Web.Features.Monitoring;

/// <summary>One target row of the indicator form; a row left empty is ignored.</summary>
public sealed class TargetInput
{
    [Display(Name = "Monitoring.Field.TargetYear")]
    public int? Year { get; set; }

    [Display(Name = "Monitoring.Field.TargetValue")]
    public double? Value { get; set; }
}

/// <summary>The indicator form: every field of <see cref="IndicatorDetails"/>, a few target rows and the goals and actions it measures.</summary>
public sealed class IndicatorInput
{
    public const int TargetRows = 3;

    [Display(Name = "Monitoring.Field.Level")]
    public IndicatorLevel? Level { get; set; }

    [Display(Name = "Monitoring.Field.Name")]
    [StringLength(Indicator.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Monitoring.Field.Definition")]
    [StringLength(Indicator.DefinitionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Definition { get; set; }

    [Display(Name = "Monitoring.Field.Unit")]
    [StringLength(Indicator.UnitMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Unit { get; set; }

    [Display(Name = "Monitoring.Field.Direction")]
    public IndicatorDirection? Direction { get; set; }

    [Display(Name = "Monitoring.Field.Instrument")]
    public MeasurementInstrument? Instrument { get; set; }

    [Display(Name = "Monitoring.Field.Frequency")]
    public MeasurementFrequency? Frequency { get; set; }

    [Display(Name = "Monitoring.Field.Owner")]
    [StringLength(Indicator.OwnerMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Owner { get; set; }

    [Display(Name = "Monitoring.Field.BaselineValue")]
    public double? BaselineValue { get; set; }

    [Display(Name = "Monitoring.Field.BaselineYear")]
    public int? BaselineYear { get; set; }

    [Display(Name = "Monitoring.Field.Source")]
    [StringLength(Indicator.SourceMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Source { get; set; }

    public List<TargetInput> Targets { get; set; } = [];

    public List<int> GoalIds { get; set; } = [];

    public List<int> ActionIds { get; set; } = [];

    /// <summary>Pads the target rows to <see cref="TargetRows"/>, keeping what was typed.</summary>
    public IndicatorInput WithTargetRows()
    {
        while (Targets.Count < TargetRows)
        {
            Targets.Add(new TargetInput());
        }
        return this;
    }

    /// <summary>The details to check and save; unknown enum values stay as 0 so the rules name them.</summary>
    public IndicatorDetails ToDetails() => new()
    {
        Level = Level ?? 0, Name = Name ?? "", Definition = Definition, Unit = Unit ?? "", Direction = Direction ?? 0,
        Instrument = Instrument ?? 0, Frequency = Frequency ?? 0, Owner = Owner, BaselineValue = BaselineValue, BaselineYear = BaselineYear,
        Source = Source,
        Targets = [.. Targets.Where(r => r.Year is not null || r.Value is not null).Select(r => new TargetValue(r.Year ?? 0, r.Value ?? double.NaN))],
    };

    public static IndicatorInput From(IndicatorDetails d, IEnumerable<int> goals, IEnumerable<int> actions) => new IndicatorInput
    {
        Level = d.Level, Name = d.Name, Definition = d.Definition, Unit = d.Unit, Direction = d.Direction, Instrument = d.Instrument,
        Frequency = d.Frequency, Owner = d.Owner, BaselineValue = d.BaselineValue, BaselineYear = d.BaselineYear, Source = d.Source,
        Targets = [.. d.Targets.Select(x => new TargetInput { Year = x.Year, Value = x.Value })],
        GoalIds = [.. goals], ActionIds = [.. actions],
    }.WithTargetRows();
}
