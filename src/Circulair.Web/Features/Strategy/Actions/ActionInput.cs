using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Every field of the action form (issue item 4): number, title, line, trekker, period, size, status, priority, neighbours, indicator.</summary>
public sealed class ActionInput
{
    [Display(Name = "Field.PlannedAction.Number")]
    [StringLength(ActionNumbering.MaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Number { get; set; }

    [Display(Name = "Field.PlannedAction.Title")]
    [StringLength(PlannedAction.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Field.PlannedAction.ActionLineId")]
    public int? LineId { get; set; }

    [Display(Name = "Strategy.Action.Owner")]
    public string? Owner { get; set; }

    [Display(Name = "Field.PlannedAction.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Field.PlannedAction.EndDate")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Field.PlannedAction.Size")]
    public ActionSize? Size { get; set; }

    [Display(Name = "Field.PlannedAction.Status")]
    public ActionStatus? Status { get; set; }

    [Display(Name = "Field.PlannedAction.Priority")]
    public ActionPriority? Priority { get; set; }

    [Display(Name = "Field.PlannedAction.Neighbours")]
    [StringLength(PlannedAction.NeighboursMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Neighbours { get; set; }

    [Display(Name = "Field.PlannedAction.Indicator")]
    [StringLength(PlannedAction.IndicatorMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Indicator { get; set; }

    /// <summary>Circularity profile: the R-ladder strategy (R0–R9), or empty.</summary>
    [Display(Name = "Field.PlannedAction.RStrategyCode")]
    public string? RStrategy { get; set; }

    /// <summary>Circularity profile: the value-chain step, or empty.</summary>
    [Display(Name = "Field.PlannedAction.ValueChainStep")]
    public Circulair.Library.ValueChainStep? ValueChain { get; set; }

    public static ActionInput From(PlannedAction a) => new()
    {
        RStrategy = a.RStrategyCode, ValueChain = a.ValueChainStep,
        Number = a.Number, Title = a.Title, LineId = a.ActionLineId, Owner = a.Owner?.ToString(), StartDate = a.StartDate, EndDate = a.EndDate,
        Size = a.Size, Status = a.Status, Priority = a.Priority, Neighbours = a.Neighbours, Indicator = a.Indicator,
    };

    public ActionDetails Details() => new()
    {
        Number = Number, Title = Title, Status = Status ?? ActionStatus.Idee, Size = Size, Priority = Priority, Start = StartDate, End = EndDate,
        Owner = ActionOwner.Parse(Owner), Neighbours = Neighbours, Indicator = Indicator,
    };
}

/// <summary>An action line as a picker shows it: grouped by goal, marked when its domain was dropped.</summary>
public sealed record LineChoice(int Id, string Title, int GoalId, string GoalStatement, string DomainCode, DomainDecision? Decision, string? Reason)
{
    public bool InDroppedDomain => Decision == DomainDecision.LatenVallen;
    public string DomainLabel => ActionDomains.Find(DomainCode)?.Label.ToString() ?? DomainCode;

    public static Task<List<LineChoice>> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        db.ActionLines.InOrganisation(organisationId).Where(l => l.TrajectoryId == trajectoryId)
            .OrderBy(l => l.Goal.StrategyDomainId).ThenBy(l => l.Goal.Position).ThenBy(l => l.Position)
            .Select(l => new LineChoice(l.Id, l.Title, l.StrategyGoalId, l.Goal.Statement, l.Goal.Domain.DomainCode, l.Goal.Domain.Decision, l.Goal.Domain.Reason))
            .ToListAsync(ct);

    public static List<SelectListItem> Items(IEnumerable<LineChoice> lines, Text t, string noneText)
    {
        var items = new List<SelectListItem> { new(noneText, "") };
        foreach (var goal in lines.GroupBy(l => l.GoalId))
        {
            var first = goal.First();
            var group = new SelectListGroup { Name = $"{first.DomainLabel} › {Short(first.GoalStatement)}" };
            items.AddRange(goal.Select(l => new SelectListItem(l.InDroppedDomain ? t["Strategy.Action.LineDropped", l.Title].Value : l.Title, l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Group = group }));
        }
        return items;
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..59] + "…";
}

/// <summary>The checks of the action form that need the strategy: a free number, a known trekker, a line that may take actions.</summary>
public static class ActionChecks
{
    public static async Task<ActionDetails?> ValidateAsync(ActionInput input, ModelStateDictionary state, CirculairDbContext db, int organisationId, int trajectoryId, int? actionId,
        IReadOnlyList<LineChoice> lines, StrategyPeople people, Text t, CancellationToken ct)
    {
        var number = ActionNumbering.Clean(input.Number);
        if (number is null)
        {
            state.AddModelError("Input.Number", t["Strategy.Validation.NumberRequired"]);
        }
        else if (!ActionNumbering.IsWellFormed(number))
        {
            state.AddModelError("Input.Number", t["Strategy.Validation.NumberFormat", ActionNumbering.MaxLength]);
        }
        else
        {
            var key = ActionNumbering.Key(number);
            var taken = await db.PlannedActions.InOrganisation(organisationId)
                .Where(a => a.TrajectoryId == trajectoryId && a.NumberKey == key && a.Id != (actionId ?? 0))
                .Select(a => a.Title).FirstOrDefaultAsync(ct);
            if (taken is not null)
            {
                state.AddModelError("Input.Number", t["Strategy.Validation.NumberTaken", number, taken]);
            }
        }
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            state.AddModelError("Input.Title", t["Strategy.Validation.ActionTitleRequired"]);
        }
        if (input.Status is null || !Enum.IsDefined(input.Status.Value))
        {
            state.AddModelError("Input.Status", t["Strategy.Validation.StatusRequired"]);
        }
        if (input.Size is { } size && !Enum.IsDefined(size) || input.Priority is { } p && !Enum.IsDefined(p))
        {
            state.AddModelError("Input.Size", t["Strategy.Validation.Choose"]);
        }
        if (!string.IsNullOrEmpty(input.Owner) && (ActionOwner.Parse(input.Owner) is not { } owner || !people.Contains(owner)))
        {
            state.AddModelError("Input.Owner", t["Strategy.Validation.UnknownOwner"]);
        }
        if (input.StartDate is { } start && input.EndDate is { } end && end < start)
        {
            state.AddModelError("Input.EndDate", t["Strategy.Validation.EndBeforeStart", StrategyLabels.Date(start)]);
        }
        if (input.RStrategy is { Length: > 0 } r && RLadder.Find(r) is null || input.ValueChain is { } chain && !Enum.IsDefined(chain))
        {
            state.AddModelError("Input.RStrategy", t["Strategy.Validation.Choose"]);
        }
        if (input.LineId is { } lineId)
        {
            var line = lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                state.AddModelError("Input.LineId", t["Strategy.Validation.UnknownLine"]);
            }
            else if (line.InDroppedDomain)
            {
                state.AddModelError("Input.LineId", t["Strategy.Validation.LineInDroppedDomain", line.Title, line.DomainLabel, line.Reason ?? ""]);
            }
        }
        return state.IsValid ? input.Details() : null;
    }
}
