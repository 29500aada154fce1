using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Budget;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Budget;

/// <summary>One year of an action's budget as typed: amounts stay text so a wrong one is shown again as typed.</summary>
public sealed class BudgetYearInput
{
    [Display(Name = "Budget.Field.Year")]
    public int? Year { get; set; }

    [Display(Name = "Budget.Field.Planned")]
    public string? Planned { get; set; }

    [Display(Name = "Budget.Field.Committed")]
    public string? Committed { get; set; }

    [Display(Name = "Budget.Field.Spent")]
    public string? Spent { get; set; }

    [Display(Name = "Budget.Field.Fte")]
    public string? Fte { get; set; }

    public bool IsBlank => Year is null && string.IsNullOrWhiteSpace(Planned) && string.IsNullOrWhiteSpace(Committed)
        && string.IsNullOrWhiteSpace(Spent) && string.IsNullOrWhiteSpace(Fte);
}

/// <summary>One year as checked: planned and FTE go to the action sheet, committed and spent to the follow-up.</summary>
public sealed record CheckedBudgetYear(int Year, decimal? Planned, decimal? Committed, decimal? Spent, double? Fte);

/// <summary>The budget form of an action: its BBC code and one row per year.</summary>
public sealed class ActionBudgetInput
{
    public const int BlankRows = 2;

    [Display(Name = "Budget.Field.BbcCode")]
    public string? BbcCode { get; set; }

    public List<BudgetYearInput> Years { get; set; } = [];

    public void AddBlankRows()
    {
        for (var i = 0; i < BlankRows; i++)
        {
            Years.Add(new BudgetYearInput());
        }
    }

    /// <summary>Checks every row; errors go to the row's field, in the reader's language. Null when any is wrong.</summary>
    public List<CheckedBudgetYear>? Check(ModelStateDictionary state, Text t, ISet<string> knownCodes, string? currentCode)
    {
        if (!string.IsNullOrWhiteSpace(BbcCode) && !knownCodes.Contains(BbcEntry.Key(BbcCode))
            && (currentCode is null || BbcEntry.Key(currentCode) != BbcEntry.Key(BbcCode)))
        {
            state.AddModelError("Input.BbcCode", t["Budget.Validation.UnknownCode", BbcCode.Trim()]);
        }
        var years = new List<CheckedBudgetYear>();
        var seen = new HashSet<int>();
        for (var i = 0; i < Years.Count; i++)
        {
            var r = Years[i];
            if (r.IsBlank)
            {
                continue;
            }
            var key = $"Input.Years[{i}]";
            if (r.Year is not { } year)
            {
                state.AddModelError($"{key}.Year", t["Budget.Validation.YearRequired"]);
                year = 0;
            }
            else if (year is < BudgetRules.MinYear or > BudgetRules.MaxYear)
            {
                state.AddModelError($"{key}.Year", t["Budget.Validation.YearRange", BudgetRules.MinYear, BudgetRules.MaxYear]);
            }
            else if (!seen.Add(year))
            {
                state.AddModelError($"{key}.Year", t["Budget.Validation.YearTwice", year]);
            }
            var planned = Money(r.Planned, $"{key}.Planned", "Budget.Field.Planned");
            var committed = Money(r.Committed, $"{key}.Committed", "Budget.Field.Committed");
            var spent = Money(r.Spent, $"{key}.Spent", "Budget.Field.Spent");
            double? fte = null;
            if (!string.IsNullOrWhiteSpace(r.Fte))
            {
                if (!NumberText.TryParse(r.Fte, CultureInfo.CurrentCulture, out var f))
                {
                    state.AddModelError($"{key}.Fte", t["Budget.Validation.NotANumber", t["Budget.Field.Fte"].Value, r.Fte.Trim()]);
                }
                else if (f < 0 || f > ActionBudgetYear.MaxFte)
                {
                    state.AddModelError($"{key}.Fte", t["Budget.Validation.FteRange"]);
                }
                else
                {
                    fte = f;
                }
            }
            years.Add(new CheckedBudgetYear(year, planned, committed, spent, fte));
        }
        return state.IsValid ? years : null;

        decimal? Money(string? text, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (!NumberText.TryParse(text.Replace("€", "", StringComparison.Ordinal), CultureInfo.CurrentCulture, out var value))
            {
                state.AddModelError(field, t["Budget.Validation.NotANumber", t[label].Value, text.Trim()]);
                return null;
            }
            if (value < 0 || value > (double)BudgetRules.MaxEuros)
            {
                state.AddModelError(field, t["Budget.Validation.AmountRange", t[label].Value]);
                return null;
            }
            return Math.Round((decimal)value, 2);
        }
    }

    public static string Show(decimal? amount) => amount?.ToString("0.##", CultureInfo.CurrentCulture) ?? "";
}
