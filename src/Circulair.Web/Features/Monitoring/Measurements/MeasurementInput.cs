using System.ComponentModel.DataAnnotations;
using Circulair.Monitoring;

namespace Circulair.Web.Features.Monitoring.Measurements;

/// <summary>The measurement form.</summary>
public sealed class MeasurementInput
{
    [Display(Name = "Monitoring.Field.Year")]
    public int? Year { get; set; }

    [Display(Name = "Monitoring.Field.MeasuredOn")]
    public DateOnly? MeasuredOn { get; set; }

    [Display(Name = "Monitoring.Field.Value")]
    public double? Value { get; set; }

    [Display(Name = "Monitoring.Field.MeasurementSource")]
    [StringLength(Measurement.SourceMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Source { get; set; }

    [Display(Name = "Monitoring.Field.Note")]
    [StringLength(Measurement.NoteMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Note { get; set; }

    public MeasurementDetails ToDetails() => new() { Year = Year ?? 0, MeasuredOn = MeasuredOn, Value = Value ?? 0, Source = Source, Note = Note };

    public static MeasurementInput From(MeasurementDetails d) => new() { Year = d.Year, MeasuredOn = d.MeasuredOn, Value = d.Value, Source = d.Source, Note = d.Note };
}
