using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>
/// Every field of a goal as the SMART assistant's form shows it. Figures are typed as text and read by
/// <see cref="NumberText"/> ("12,5" and "1.250" as written in Flanders), so a figure that is not a number gets a
/// message of our own and stays in the field as typed.
/// </summary>
public sealed class GoalInput
{
    [Display(Name = "Field.StrategyGoal.Statement")]
    [StringLength(StrategyGoal.StatementMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Statement { get; set; }

    [Display(Name = "Field.StrategyGoal.Indicator")]
    [StringLength(StrategyGoal.IndicatorMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Indicator { get; set; }

    [Display(Name = "Field.StrategyGoal.TargetValue")]
    [StringLength(40, ErrorMessage = "Shared.Validation.TooLong")]
    public string? TargetValue { get; set; }

    [Display(Name = "Field.StrategyGoal.Unit")]
    [StringLength(StrategyGoal.UnitMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Unit { get; set; }

    [Display(Name = "Field.StrategyGoal.BaselineValue")]
    [StringLength(40, ErrorMessage = "Shared.Validation.TooLong")]
    public string? BaselineValue { get; set; }

    [Display(Name = "Field.StrategyGoal.BaselineYear")]
    [Range(1900, 2100, ErrorMessage = "Strategy.Validation.YearRange")]
    public int? BaselineYear { get; set; }

    [Display(Name = "Field.StrategyGoal.Deadline")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Field.StrategyGoal.Owner")]
    [StringLength(StrategyGoal.OwnerMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Owner { get; set; }

    [Display(Name = "Field.StrategyGoal.RealismNote")]
    [StringLength(StrategyGoal.RealismMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? RealismNote { get; set; }

    public static GoalInput From(GoalDetails g) => new()
    {
        Statement = g.Statement,
        Indicator = g.Indicator,
        TargetValue = NumberText.Show(g.TargetValue, CultureInfo.CurrentCulture),
        Unit = g.Unit,
        BaselineValue = NumberText.Show(g.BaselineValue, CultureInfo.CurrentCulture),
        BaselineYear = g.BaselineYear,
        Deadline = g.Deadline,
        Owner = g.Owner,
        RealismNote = g.RealismNote,
    };

    /// <summary>Checks what the model cannot: a statement, and figures that are numbers. Returns the details when valid.</summary>
    public GoalDetails? Validate(ModelStateDictionary state, Text t, string prefix = "Input")
    {
        if (string.IsNullOrWhiteSpace(Statement))
        {
            state.AddModelError($"{prefix}.{nameof(Statement)}", t["Strategy.Validation.StatementRequired"]);
        }
        var target = Figure(TargetValue, nameof(TargetValue));
        var baseline = Figure(BaselineValue, nameof(BaselineValue));
        return state.IsValid ? Details(target, baseline) : null;

        double? Figure(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (NumberText.TryParse(text, CultureInfo.CurrentCulture, out var value))
            {
                return value;
            }
            state.AddModelError($"{prefix}.{field}", t["Strategy.Validation.NotANumber", t[$"Field.StrategyGoal.{field}"].Value, text.Trim()]);
            return null;
        }
    }

    /// <summary>What the form holds as the checklist reads it (figures that are not numbers count as missing).</summary>
    public GoalDetails Details() =>
        Details(NumberText.TryParse(TargetValue, CultureInfo.CurrentCulture, out var t) ? t : null, NumberText.TryParse(BaselineValue, CultureInfo.CurrentCulture, out var b) ? b : null);

    private GoalDetails Details(double? target, double? baseline) => new()
    {
        Statement = Statement, Indicator = Indicator, TargetValue = target, Unit = Unit, BaselineValue = baseline,
        BaselineYear = BaselineYear, Deadline = Deadline, Owner = Owner, RealismNote = RealismNote,
    };
}
