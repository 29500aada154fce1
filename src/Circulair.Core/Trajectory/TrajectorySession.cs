using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Progress;

namespace Circulair.Trajectory;

/// <summary>A session of the trajectory plan: a core-team meeting, a stakeholder workshop or the aftercare moment.</summary>
public sealed class TrajectorySession : IOrganisationScoped
{
    public const int TitleMaxLength = 150;
    public const int PlaceMaxLength = 200;
    public const int TextMaxLength = 8000;

    private readonly List<SessionParticipant> _invitees = [];

    private TrajectorySession() { }

    internal TrajectorySession(int organisationId, StrategyTrajectory trajectory, int position, SessionKind kind, Phase? phase)
    {
        OrganisationId = organisationId;
        Trajectory = trajectory;
        Position = position;
        Kind = kind;
        Phase = phase;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public StrategyTrajectory Trajectory { get; private set; } = null!;

    /// <summary>Place in the plan, 1 = first. Kept gap-free by <see cref="StrategyTrajectory"/>.</summary>
    public int Position { get; internal set; }

    public SessionKind Kind { get; private set; }
    public Phase? Phase { get; private set; }

    /// <summary>Optional own title; without one the page shows the kind and number.</summary>
    public string? Title { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Place { get; private set; }
    public string? Purpose { get; private set; }

    /// <summary>Who took part, usually names of people: personal data, erasable from the trail on request.</summary>
    [PersonalData]
    public string? Participants { get; private set; }

    public string? Minutes { get; private set; }
    public string? Decisions { get; private set; }

    /// <summary>Sets every field at once, as the session form does. Blank text becomes empty; over-long text is refused.</summary>
    public void Describe(SessionKind kind, Phase? phase, string? title, DateOnly? date, string? place, string? purpose, string? participants, string? minutes, string? decisions)
    {
        if (!Enum.IsDefined(kind) || phase is { } p && !Enum.IsDefined(p))
        {
            throw new DomainException("Trajectory.Errors.UnknownKindOrPhase");
        }
        TextRules.RefuseTooLong(title?.Trim(), TitleMaxLength);
        TextRules.RefuseTooLong(place?.Trim(), PlaceMaxLength);
        foreach (var text in new[] { purpose, participants, minutes, decisions })
        {
            TextRules.RefuseTooLong(text?.Trim(), TextMaxLength);
        }
        Kind = kind;
        Phase = phase;
        Title = Blank(title);
        Date = date;
        Place = Blank(place);
        Purpose = Blank(purpose);
        Participants = Blank(participants);
        Minutes = Blank(minutes);
        Decisions = Blank(decisions);
    }

    /// <summary>Stakeholders of the register invited to the session, with whether they were present.</summary>
    public IReadOnlyList<SessionParticipant> Invitees => _invitees;

    /// <summary>
    /// Sets who of the register is invited and who was present: rows are updated in place, added or removed so the
    /// history shows real changes. The caller has checked that every stakeholder belongs to the organisation; a
    /// stakeholder listed twice is refused.
    /// </summary>
    public void Invite(IReadOnlyList<SessionInvitee> invitees)
    {
        if (invitees.GroupBy(i => i.StakeholderId).Any(g => g.Count() > 1) || invitees.Any(i => i.StakeholderId <= 0))
        {
            throw new DomainException("Errors.NotFound");
        }
        foreach (var gone in _invitees.Where(p => invitees.All(i => i.StakeholderId != p.StakeholderId)).ToList())
        {
            _invitees.Remove(gone);
        }
        foreach (var invitee in invitees)
        {
            var existing = _invitees.FirstOrDefault(p => p.StakeholderId == invitee.StakeholderId);
            if (existing is null)
            {
                _invitees.Add(new SessionParticipant(this, invitee.StakeholderId, invitee.Present));
            }
            else
            {
                existing.Present = invitee.Present;
            }
        }
    }

    /// <summary>The session has been held and written down: it has minutes or decisions.</summary>
    public bool HasRecord => Minutes is not null || Decisions is not null;

    /// <summary>
    /// The number of this session among the plan's sessions of the same kind (the second stakeholder session
    /// is 2), for a name when it has no title of its own.
    /// </summary>
    public int NumberWithinKind() =>
        Trajectory.OrderedSessions().Where(s => s.Kind == Kind).ToList().IndexOf(this) + 1;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public enum SessionKind
{
    /// <summary>Preparatory session with the internal core team.</summary>
    Kernteam = 1,

    /// <summary>Session with internal and/or external stakeholders.</summary>
    Stakeholders = 2,

    /// <summary>Aftercare: presenting the strategy to politicians and/or the public.</summary>
    Nazorg = 3,

    Andere = 4,
}
