using System.ComponentModel.DataAnnotations;
using Circulair.FollowUp;
using Circulair.Strategy;

namespace Circulair.Web.Features.FollowUp;

/// <summary>The fields of a progress update.</summary>
public sealed class UpdateInput
{
    [Display(Name = "Field.ProgressUpdate.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Field.ProgressUpdate.Percent")]
    public int? Percent { get; set; }

    [Display(Name = "Field.ProgressUpdate.Status")]
    public ActionStatus? Status { get; set; }

    [Display(Name = "Field.ProgressUpdate.Text")]
    [StringLength(ProgressUpdate.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Text { get; set; }

    [Display(Name = "Field.ProgressUpdate.Blocker")]
    [StringLength(ProgressUpdate.BlockerMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Blocker { get; set; }

    [Display(Name = "Field.ProgressUpdate.NextStep")]
    [StringLength(ProgressUpdate.NextStepMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? NextStep { get; set; }

    [Display(Name = "Field.ProgressUpdate.EvidenceLink")]
    [StringLength(ProgressUpdate.LinkMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? EvidenceLink { get; set; }

    public ProgressReport Report() => new()
    {
        Date = Date!.Value, Percent = Percent, Status = Status!.Value, Text = Text, Blocker = Blocker, NextStep = NextStep, EvidenceLink = EvidenceLink,
    };
}

/// <summary>What the action's page shows of its follow-up: the flags, the timeline (newest first) and the form to add one.</summary>
public sealed record ActionFollowUpView(
    int ActionId, string PostUrl, bool CanEdit, bool Late, bool Stale, IReadOnlyList<ProgressUpdate> Updates, FollowUpSettings Settings, UpdateInput Input);
