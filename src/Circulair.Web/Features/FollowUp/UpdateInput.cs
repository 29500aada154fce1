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

    /// <summary>A document or image as evidence (decision 0250); checked by its first bytes, at most 10 MB by default.</summary>
    [Display(Name = "Owners.Field.EvidenceFile")]
    public Microsoft.AspNetCore.Http.IFormFile? EvidenceFile { get; set; }

    /// <summary>The ids of the milestones this update ticks off as reached on its date.</summary>
    public List<int> Milestones { get; set; } = [];

    public ProgressReport Report(Circulair.FollowUp.Owners.EvidenceFile? file = null) => new()
    {
        Date = Date!.Value, Percent = Percent, Status = Status!.Value, Text = Text, Blocker = Blocker, NextStep = NextStep, EvidenceLink = EvidenceLink,
        EvidenceFile = file,
    };
}

/// <summary>A milestone of the action's sheet not yet ticked off, offered in the update form.</summary>
public sealed record MilestoneChoice(int Id, string Description, DateOnly? Date, bool Passed);

/// <summary>What the action's page shows of its follow-up: the flags, the timeline (newest first) and the form to add one.</summary>
public sealed record ActionFollowUpView(
    int ActionId, string PostUrl, bool CanEdit, bool Late, bool Stale, IReadOnlyList<ProgressUpdate> Updates, FollowUpSettings Settings, UpdateInput Input)
{
    /// <summary>Milestones still open, to tick off in the form.</summary>
    public IReadOnlyList<MilestoneChoice> OpenMilestones { get; init; } = [];

    /// <summary>Milestones ticked off, with the day they were reached.</summary>
    public IReadOnlyList<(string Description, DateOnly? Date, DateOnly? DoneOn)> DoneMilestones { get; init; } = [];

    /// <summary>The address of an update's evidence file, given its id (null: not shown as a link).</summary>
    public Func<int, string>? EvidenceUrl { get; init; }

    /// <summary>The largest evidence file accepted, for the form's hint.</summary>
    public long MaxFileBytes { get; init; } = Circulair.FollowUp.Owners.EvidenceFile.DefaultMaxBytes;
}
