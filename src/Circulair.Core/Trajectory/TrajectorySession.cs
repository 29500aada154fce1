using Circulair.Persistence;
using Circulair.Progress;

namespace Circulair.Trajectory;

/// <summary>A session of the trajectory plan: a core-team meeting, a stakeholder workshop or the aftercare moment.</summary>
public sealed class TrajectorySession : IOrganisationScoped
{
    public const int TitleMaxLength = 150;
    public const int PlaceMaxLength = 200;
    public const int TextMaxLength = 8000;

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
    public int Position { get; internal set; }
    public SessionKind Kind { get; private set; }
    public Phase? Phase { get; private set; }

    /// <summary>Optional own title; without one the page shows the kind and number.</summary>
    public string? Title { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Place { get; private set; }
    public string? Purpose { get; private set; }
    public string? Participants { get; private set; }
    public string? Minutes { get; private set; }
    public string? Decisions { get; private set; }

    public void Describe(SessionKind kind, Phase? phase, string? title, DateOnly? date, string? place, string? purpose, string? participants, string? minutes, string? decisions)
    {
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

    public bool HasRecord => Minutes is not null || Decisions is not null;

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
