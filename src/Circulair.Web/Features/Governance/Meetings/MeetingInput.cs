using System.ComponentModel.DataAnnotations;
using Circulair.Governance;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Governance.Meetings;

public sealed class DecisionInput
{
    [Display(Name = "Governance.Field.Decision")]
    [StringLength(MeetingDecision.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Text { get; set; }

    [Display(Name = "Governance.Field.DecisionAction")]
    public int? PlannedActionId { get; set; }
}

public sealed class MeetingInput
{
    public const int BlankDecisions = 3;

    [Display(Name = "Governance.Field.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Governance.Field.Agenda")]
    [StringLength(PlatformMeeting.AgendaMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Agenda { get; set; }

    [Display(Name = "Governance.Field.Minutes")]
    [StringLength(PlatformMeeting.MinutesMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Minutes { get; set; }

    public List<DecisionInput> Decisions { get; set; } = [];

    public static MeetingInput From(MeetingDetails d) => new()
    {
        Date = d.Date, Agenda = d.Agenda, Minutes = d.Minutes,
        Decisions = [.. d.Decisions.Select(x => new DecisionInput { Text = x.Text, PlannedActionId = x.PlannedActionId })],
    };

    public void AddBlankRows()
    {
        for (var i = 0; i < BlankDecisions; i++)
        {
            Decisions.Add(new DecisionInput());
        }
    }

    /// <summary>The details, or null with the problems in <paramref name="state"/>. <paramref name="actionIds"/> are the organisation's actions.</summary>
    public MeetingDetails? Check(ModelStateDictionary state, Text t, ISet<int> actionIds)
    {
        if (Date is null)
        {
            state.AddModelError("Input.Date", t["Governance.Validation.DateRequired"]);
        }
        var decisions = new List<MeetingDecisionEntry>();
        for (var i = 0; i < Decisions.Count; i++)
        {
            var d = Decisions[i];
            if (string.IsNullOrWhiteSpace(d.Text))
            {
                if (d.PlannedActionId is not null)
                {
                    state.AddModelError($"Input.Decisions[{i}].Text", t["Governance.Validation.DecisionTextRequired"]);
                }
                continue;
            }
            if (d.PlannedActionId is { } a && !actionIds.Contains(a))
            {
                state.AddModelError($"Input.Decisions[{i}].PlannedActionId", t["Governance.Validation.ActionUnknown"]);
            }
            decisions.Add(new MeetingDecisionEntry(d.Text, d.PlannedActionId));
        }
        return state.IsValid ? new MeetingDetails { Date = Date!.Value, Agenda = Agenda, Minutes = Minutes, Decisions = decisions } : null;
    }
}
