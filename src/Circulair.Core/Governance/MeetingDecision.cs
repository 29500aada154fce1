using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Governance;

/// <summary>A decision a platform meeting took, optionally about one action of the strategy.</summary>
public sealed class MeetingDecision : IOrganisationScoped
{
    public const int TextMaxLength = 1000;

    private MeetingDecision()
    {
        Text = "";
    }

    internal MeetingDecision(PlatformMeeting meeting)
    {
        OrganisationId = meeting.OrganisationId;
        Meeting = meeting;
        Text = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlatformMeetingId { get; private set; }
    public PlatformMeeting Meeting { get; private set; } = null!;
    public string Text { get; private set; }
    public int? PlannedActionId { get; private set; }
    public int Position { get; private set; }

    internal void Set(MeetingDecisionEntry entry, int position)
    {
        Text = StrategyText.Clean(entry.Text, TextMaxLength) ?? throw new DomainException("Governance.Error.DecisionRequired");
        PlannedActionId = entry.PlannedActionId;
        Position = position;
    }
}
