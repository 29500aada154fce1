using Circulair.Persistence;

namespace Circulair.Stakeholders;

/// <summary>
/// A dated rating of a stakeholder's power and interest (Tool 1, step 2). Ratings are kept, not overwritten,
/// so the grid can be shown as it was on a date and movements ("belang gedaald") can be flagged.
/// </summary>
public sealed class StakeholderAssessment : IOrganisationScoped
{
    public const int NoteMaxLength = 500;

    private StakeholderAssessment() { }

    internal StakeholderAssessment(Stakeholder stakeholder, DateOnly date, StakeholderLevel power, StakeholderLevel interest, string? note, DateTime recordedAt)
    {
        OrganisationId = stakeholder.OrganisationId;
        Stakeholder = stakeholder;
        Date = date;
        Power = power;
        Interest = interest;
        Note = StakeholderText.Clean(note);
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int StakeholderId { get; private set; }
    public Stakeholder Stakeholder { get; private set; } = null!;

    /// <summary>The day the rating holds from (a calendar date, not the moment it was typed).</summary>
    public DateOnly Date { get; private set; }

    public StakeholderLevel Power { get; private set; }
    public StakeholderLevel Interest { get; private set; }
    public string? Note { get; private set; }

    /// <summary>When it was recorded (UTC); orders two ratings of the same day.</summary>
    public DateTime RecordedAt { get; private set; }

    public StakeholderApproach Approach => StakeholderGrid.ApproachFor(Power, Interest);
}
