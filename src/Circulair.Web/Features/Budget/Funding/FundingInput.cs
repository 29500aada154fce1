using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Budget;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Budget.Funding;

/// <summary>The funding form; amounts stay text so a wrong one is shown again as typed.</summary>
public sealed class FundingInput
{
    [Display(Name = "Budget.Field.Programme")]
    [StringLength(FundingApplication.ProgrammeMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Programme { get; set; }

    [Display(Name = "Budget.Field.Call")]
    [StringLength(FundingApplication.CallMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Call { get; set; }

    [Display(Name = "Budget.Field.Deadline")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Budget.Field.Requested")]
    public string? Requested { get; set; }

    [Display(Name = "Budget.Field.Granted")]
    public string? Granted { get; set; }

    [Display(Name = "Budget.Field.Status")]
    public FundingStatus? Status { get; set; }

    [Display(Name = "Budget.Field.Note")]
    [StringLength(FundingApplication.NoteMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Note { get; set; }

    public static FundingInput From(FundingDetails d) => new()
    {
        Programme = d.Programme, Call = d.Call, Deadline = d.Deadline, Requested = ActionBudgetInput.Show(d.Requested),
        Granted = ActionBudgetInput.Show(d.Granted), Status = d.Status, Note = d.Note,
    };

    /// <summary>The details, or null with every problem in <paramref name="state"/>.</summary>
    public FundingDetails? Check(ModelStateDictionary state, Text t)
    {
        if (string.IsNullOrWhiteSpace(Programme))
        {
            state.AddModelError("Input.Programme", t["Budget.Validation.ProgrammeRequired"]);
        }
        if (Status is not { } status || !Enum.IsDefined(status))
        {
            state.AddModelError("Input.Status", t["Budget.Validation.StatusRequired"]);
        }
        var requested = Money(Requested, "Input.Requested", "Budget.Field.Requested");
        var granted = Money(Granted, "Input.Granted", "Budget.Field.Granted");
        if (granted is not null && Status is { } s && !FundingApplication.GrantFits(s, granted))
        {
            state.AddModelError("Input.Granted", t["Budget.Validation.GrantedNotGranted"]);
        }
        if (!state.IsValid)
        {
            return null;
        }
        return new FundingDetails
        {
            Programme = Programme!, Call = Call, Deadline = Deadline, Requested = requested, Granted = granted, Status = Status!.Value, Note = Note,
        };

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
}
