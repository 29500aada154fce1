using System.ComponentModel.DataAnnotations;
using Circulair.Pilots;

namespace Circulair.Web.Features.Pilots.Tests;

/// <summary>The test card form (Tool 13), shared by "new" and "edit".</summary>
public sealed class TestCardInput
{
    [Display(Name = "Pilots.Field.TestName")]
    [Required(ErrorMessage = "Pilots.Validation.TestNameRequired")]
    [StringLength(PilotTestCard.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Pilots.Field.Owner")]
    [StringLength(PilotTestCard.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Owner { get; set; }

    [Display(Name = "Pilots.Field.Duration")]
    [StringLength(PilotTestCard.ShortMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Duration { get; set; }

    [Display(Name = "Pilots.Field.Deadline")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Pilots.Field.Hypothesis")]
    [Required(ErrorMessage = "Pilots.Validation.HypothesisRequired")]
    [StringLength(PilotTestCard.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Hypothesis { get; set; }

    [Display(Name = "Pilots.Field.Criticality")]
    [Required(ErrorMessage = "Pilots.Validation.LevelRequired")]
    public TestLevel? Criticality { get; set; }

    [Display(Name = "Pilots.Field.Test")]
    [StringLength(PilotTestCard.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Test { get; set; }

    [Display(Name = "Pilots.Field.Cost")]
    [Required(ErrorMessage = "Pilots.Validation.LevelRequired")]
    public TestLevel? Cost { get; set; }

    [Display(Name = "Pilots.Field.Reliability")]
    [Required(ErrorMessage = "Pilots.Validation.LevelRequired")]
    public TestLevel? Reliability { get; set; }

    [Display(Name = "Pilots.Field.Metric")]
    [StringLength(PilotTestCard.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Metric { get; set; }

    [Display(Name = "Pilots.Field.TimeNeeded")]
    [Required(ErrorMessage = "Pilots.Validation.LevelRequired")]
    public TestLevel? TimeNeeded { get; set; }

    [Display(Name = "Pilots.Field.Criterion")]
    [StringLength(PilotTestCard.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Criterion { get; set; }

    public static TestCardInput Defaults() => new()
    {
        Criticality = TestLevel.Gemiddeld, Cost = TestLevel.Gemiddeld, Reliability = TestLevel.Gemiddeld, TimeNeeded = TestLevel.Gemiddeld,
    };

    public static TestCardInput From(PilotTestCard c) => new()
    {
        Name = c.Name, Owner = c.Owner, Duration = c.Duration, Deadline = c.Deadline, Hypothesis = c.Hypothesis, Criticality = c.Criticality,
        Test = c.Test, Cost = c.Cost, Reliability = c.Reliability, Metric = c.Metric, TimeNeeded = c.TimeNeeded, Criterion = c.Criterion,
    };

    public TestCardDetails ToDetails() => new()
    {
        Name = Name ?? "", Owner = Owner, Duration = Duration, Deadline = Deadline, Hypothesis = Hypothesis ?? "",
        Criticality = Criticality ?? TestLevel.Gemiddeld, Test = Test, Cost = Cost ?? TestLevel.Gemiddeld, Reliability = Reliability ?? TestLevel.Gemiddeld,
        Metric = Metric, TimeNeeded = TimeNeeded ?? TestLevel.Gemiddeld, Criterion = Criterion,
    };
}
