using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Governance;

/// <summary>One decision as the meeting form gives it: the text and, optionally, the action it concerns.</summary>
public sealed record MeetingDecisionEntry(string Text, int? PlannedActionId);

/// <summary>What the meeting form sets.</summary>
public sealed record MeetingDetails
{
    public DateOnly Date { get; init; }
    public string? Agenda { get; init; }
    public string? Minutes { get; init; }
    public IReadOnlyList<MeetingDecisionEntry> Decisions { get; init; } = [];
}

/// <summary>A meeting of a platform: its date, agenda, minutes and the decisions taken, each of which may link to an action.</summary>
public sealed class PlatformMeeting : IOrganisationScoped
{
    public const int AgendaMaxLength = 4000;
    public const int MinutesMaxLength = AuditEntry.ValueMaxLength; // audited in full, so no longer than the trail holds

    private readonly List<MeetingDecision> _decisions = [];

    private PlatformMeeting() { }

    public PlatformMeeting(GovernancePlatform platform, MeetingDetails details, DateTime now)
    {
        OrganisationId = platform.OrganisationId;
        GovernancePlatformId = platform.Id;
        CreatedAt = now;
        Describe(details, now);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int GovernancePlatformId { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Agenda { get; private set; }
    public string? Minutes { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public IReadOnlyList<MeetingDecision> Decisions => _decisions;

    public MeetingDetails Details => new()
    {
        Date = Date, Agenda = Agenda, Minutes = Minutes,
        Decisions = [.. _decisions.OrderBy(d => d.Position).Select(d => new MeetingDecisionEntry(d.Text, d.PlannedActionId))],
    };

    /// <summary>Sets the meeting; the decisions replace the earlier ones in the given order. Load the decisions first.</summary>
    public void Describe(MeetingDetails details, DateTime now)
    {
        Date = details.Date;
        Agenda = StrategyText.Clean(details.Agenda, AgendaMaxLength);
        Minutes = StrategyText.Clean(details.Minutes, MinutesMaxLength);
        var wanted = details.Decisions.ToList();
        while (_decisions.Count > wanted.Count)
        {
            _decisions.Remove(_decisions.OrderBy(d => d.Position).Last());
        }
        var ordered = _decisions.OrderBy(d => d.Position).ToList();
        for (var i = 0; i < wanted.Count; i++)
        {
            var row = i < ordered.Count ? ordered[i] : null;
            if (row is null)
            {
                row = new MeetingDecision(this);
                _decisions.Add(row);
            }
            row.Set(wanted[i], i + 1);
        }
        UpdatedAt = now;
    }
}
