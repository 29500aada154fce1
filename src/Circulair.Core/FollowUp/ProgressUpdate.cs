using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.FollowUp;

/// <summary>What someone reports on an action.</summary>
public sealed record ProgressReport
{
    public DateOnly Date { get; init; }
    public int? Percent { get; init; }
    public ActionStatus Status { get; init; }
    public string? Text { get; init; }
    public string? Blocker { get; init; }
    public string? NextStep { get; init; }
    public string? EvidenceLink { get; init; }

    /// <summary>A file uploaded as evidence, already checked and stored (decision 0250).</summary>
    public Owners.EvidenceFile? EvidenceFile { get; init; }
}

/// <summary>
/// One progress update of an action (phase 3, follow-up): the date it speaks of, the % done, the status, what happened,
/// what blocks, the next step, a link to evidence, and who gave it. Append-only: an update is never edited or
/// removed; a correction is a new update. Giving one also sets the action's status.
/// </summary>
public sealed class ProgressUpdate : IOrganisationScoped
{
    public const int TextMaxLength = 2000;
    public const int BlockerMaxLength = 1000;
    public const int NextStepMaxLength = 1000;
    public const int LinkMaxLength = 500;
    public const int NameMaxLength = 200;

    private ProgressUpdate()
    {
        GivenByName = "";
    }

    private ProgressUpdate(PlannedAction action, DateOnly date, int percent, ActionStatus status, ProgressReport report, int? userId, string name, DateTime now)
    {
        OrganisationId = action.OrganisationId;
        TrajectoryId = action.TrajectoryId;
        PlannedActionId = action.Id;
        Date = date;
        Percent = percent;
        Status = status;
        Text = StrategyText.Clean(report.Text, TextMaxLength);
        Blocker = StrategyText.Clean(report.Blocker, BlockerMaxLength);
        NextStep = StrategyText.Clean(report.NextStep, NextStepMaxLength);
        EvidenceLink = StrategyText.Clean(report.EvidenceLink, LinkMaxLength);
        GivenByUserId = userId;
        GivenByName = name;
        CreatedAt = now;
        if (report.EvidenceFile is { } file)
        {
            EvidenceFileKey = file.StoreKey;
            EvidenceFileName = Owners.EvidenceTypes.CleanName(file.FileName);
            EvidenceContentType = file.ContentType;
            EvidenceFileBytes = file.Bytes;
        }
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int PlannedActionId { get; private set; }
    public DateOnly Date { get; private set; }
    public int Percent { get; private set; }
    public ActionStatus Status { get; private set; }
    public string? Text { get; private set; }
    public string? Blocker { get; private set; }
    public string? NextStep { get; private set; }
    public string? EvidenceLink { get; private set; }
    public int? GivenByUserId { get; private set; }

    /// <summary>The owner link (no account) this update came through, or null when a member gave it (decision 0250).</summary>
    public int? OwnerLinkId { get; private set; }

    /// <summary>Where the file store keeps the evidence file, or null without one.</summary>
    [Audit.NotAudited]
    public string? EvidenceFileKey { get; private set; }

    public string? EvidenceFileName { get; private set; }
    public string? EvidenceContentType { get; private set; }
    public long? EvidenceFileBytes { get; private set; }

    [Audit.PersonalData]
    public string GivenByName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Records an update on <paramref name="action"/> and sets its status. A blank % becomes the status's default
    /// (<paramref name="settings"/>) or else the last %. Refuses a % outside 0–100, a date after today and a link that is
    /// not a web address.
    /// </summary>
    public static ProgressUpdate Give(PlannedAction action, ProgressReport report, FollowUpSettings settings, int? lastPercent, int? userId, string? userName, DateTime now) =>
        Give(action, report, settings, lastPercent, userId, userName, null, now);

    /// <summary>As above, for an update that came through an owner's link (<paramref name="ownerLink"/>), which it records.</summary>
    public static ProgressUpdate Give(PlannedAction action, ProgressReport report, FollowUpSettings settings, int? lastPercent, Owners.OwnerLink ownerLink, DateTime now)
    {
        if (ownerLink.PlannedActionId != action.Id || ownerLink.StateAt(now) != Owners.OwnerLinkState.Open)
        {
            throw new DomainException("Owners.Error.LinkClosed");
        }
        return Give(action, report, settings, lastPercent, null, ownerLink.OwnerName, ownerLink.Id, now);
    }

    private static ProgressUpdate Give(PlannedAction action, ProgressReport report, FollowUpSettings settings, int? lastPercent, int? userId, string? userName, int? ownerLinkId, DateTime now)
    {
        if (report.Percent is < 0 or > 100)
        {
            throw new DomainException("FollowUp.Error.PercentRange");
        }
        if (report.Date > DateOnly.FromDateTime(now))
        {
            throw new DomainException("FollowUp.Error.DateInFuture");
        }
        if (!Enum.IsDefined(report.Status))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (StrategyText.Clean(report.EvidenceLink, LinkMaxLength) is { } link && !PoliticalDecision.IsWebLink(link))
        {
            throw new DomainException("FollowUp.Error.LinkNotWeb");
        }
        var percent = ProgressDefaults.PercentFor(report.Percent, report.Status, settings.DefaultPercentOf(report.Status), lastPercent);
        var name = StrategyText.Clean(userName, NameMaxLength) ?? "?";
        action.ChangeStatus(report.Status, now);
        return new ProgressUpdate(action, report.Date, percent, report.Status, report, userId, name, now) { OwnerLinkId = ownerLinkId };
    }
}
