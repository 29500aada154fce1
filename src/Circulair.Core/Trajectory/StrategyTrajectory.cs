using Circulair.Persistence;
using Circulair.Progress;

namespace Circulair.Trajectory;

/// <summary>
/// A strategy trajectory of an organisation (e.g. "Circulair 2030"): its period, status and plan.
/// The guide advises a lead time of four to six months; outside that range the plan warns, never blocks.
/// The sessions form one ordered list (positions 1..n without gaps); the phase spine groups them per phase
/// in that order.
/// </summary>
public sealed class StrategyTrajectory : IOrganisationScoped
{
    public const int TitleMaxLength = 150;
    public const int AdvisedMinimumMonths = 4;
    public const int AdvisedMaximumMonths = 6;

    /// <summary>Plausible bounds for the strategy period, so a typo such as 20300 is refused.</summary>
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;

    private readonly List<TrajectorySession> _sessions = [];

    private StrategyTrajectory()
    {
        Title = "";
    }

    public StrategyTrajectory(int organisationId, string title, int? periodStartYear, int? periodEndYear, DateOnly? startDate, DateOnly? plannedEndDate)
    {
        OrganisationId = organisationId;
        Title = "";
        Rename(title);
        Status = TrajectoryStatus.InVoorbereiding;
        SetPeriod(periodStartYear, periodEndYear);
        Reschedule(startDate, plannedEndDate);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Title { get; private set; }

    /// <summary>The years the strategy covers, e.g. 2025–2030 (not the trajectory that writes it).</summary>
    public int? PeriodStartYear { get; private set; }
    public int? PeriodEndYear { get; private set; }

    public TrajectoryStatus Status { get; private set; }

    /// <summary>Start of the trajectory that develops the strategy.</summary>
    public DateOnly? StartDate { get; private set; }
    public DateOnly? PlannedEndDate { get; private set; }

    /// <summary>The sessions as loaded (EF's collection); use <see cref="OrderedSessions"/> to read the plan.</summary>
    public IReadOnlyList<TrajectorySession> Sessions => _sessions;

    /// <summary>The sessions in the order of the plan.</summary>
    public IReadOnlyList<TrajectorySession> OrderedSessions() => [.. _sessions.OrderBy(s => s.Position)];

    /// <summary>Whether a session is dated after the trajectory's planned end (the plan then needs another look).</summary>
    public bool IsAfterPlannedEnd(TrajectorySession session) => session.Date is { } date && PlannedEndDate is { } end && date > end;

    /// <summary>
    /// The spine of the plan: the three phases and the pilot track, each with its sessions in plan order, then
    /// the sessions without a phase (key null) when there are any. Every phase is present, also when empty.
    /// </summary>
    public IReadOnlyList<PhaseSessions> Spine()
    {
        var ordered = OrderedSessions();
        var spine = Enum.GetValues<Phase>()
            .Select(p => new PhaseSessions(p, [.. ordered.Where(s => s.Phase == p)]))
            .ToList();
        var unplaced = ordered.Where(s => s.Phase is null).ToList();
        if (unplaced.Count > 0)
        {
            spine.Add(new PhaseSessions(null, unplaced));
        }
        return spine;
    }

    public void Rename(string title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException("Trajectory.Errors.TitleRequired");
        }
        TextRules.RefuseTooLong(trimmed, TitleMaxLength);
        Title = trimmed;
    }

    public void ChangeStatus(TrajectoryStatus status)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Trajectory.Errors.UnknownStatus");
        }
        Status = status;
    }

    public void SetPeriod(int? startYear, int? endYear)
    {
        if (startYear is < EarliestYear or > LatestYear || endYear is < EarliestYear or > LatestYear)
        {
            throw new DomainException("Trajectory.Errors.YearOutOfRange", EarliestYear, LatestYear);
        }
        if (startYear is not null && endYear is not null && endYear < startYear)
        {
            throw new DomainException("Errors.PeriodEndBeforeStart");
        }
        PeriodStartYear = startYear;
        PeriodEndYear = endYear;
    }

    public void Reschedule(DateOnly? start, DateOnly? plannedEnd)
    {
        if (start is not null && plannedEnd is not null && plannedEnd < start)
        {
            throw new DomainException("Errors.EndBeforeStart");
        }
        StartDate = start;
        PlannedEndDate = plannedEnd;
    }

    /// <summary>Whole and partial months between start and planned end, or null when either is missing.</summary>
    public double? PlannedMonths => StartDate is { } s && PlannedEndDate is { } e ? MonthsBetween(s, e) : null;

    /// <summary>The guide's 4–6-month advice applied to this plan. Exactly four or six months is within the advice.</summary>
    public LeadTimeAdvice LeadTime => PlannedMonths switch
    {
        null => LeadTimeAdvice.Unknown,
        < AdvisedMinimumMonths => LeadTimeAdvice.TooShort,
        > AdvisedMaximumMonths => LeadTimeAdvice.TooLong,
        _ => LeadTimeAdvice.WithinAdvice,
    };

    /// <summary>
    /// Calendar months from <paramref name="start"/> to <paramref name="end"/>: whole months counted on the
    /// calendar (15 March → 15 July is 4), the rest as a fraction of the month that follows.
    /// </summary>
    internal static double MonthsBetween(DateOnly start, DateOnly end)
    {
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        var anchor = start.AddMonths(months);
        if (anchor > end)
        {
            months--;
            anchor = start.AddMonths(months);
        }
        var next = start.AddMonths(months + 1);
        var fraction = (end.DayNumber - anchor.DayNumber) / (double)(next.DayNumber - anchor.DayNumber);
        return months + fraction;
    }

    /// <summary>
    /// The sessions the guide asks for at least (ch. 5): one preparatory core-team session, three sessions with
    /// stakeholders, one aftercare session. Placed on the spine where they usually fall: the core team prepares
    /// phase 1, the stakeholder sessions set goals (phase 1 vision, phase 2 strategy and actions), the aftercare
    /// session presents the result (phase 3). Only for a plan without sessions, so it never duplicates.
    /// </summary>
    public void AddDefaultSessions()
    {
        if (_sessions.Count > 0)
        {
            throw new DomainException("Trajectory.Errors.DefaultSessionsOnlyWhenEmpty");
        }
        AddSession(SessionKind.Kernteam, Phase.Fase1);
        AddSession(SessionKind.Stakeholders, Phase.Fase1);
        AddSession(SessionKind.Stakeholders, Phase.Fase2);
        AddSession(SessionKind.Stakeholders, Phase.Fase2);
        AddSession(SessionKind.Nazorg, Phase.Fase3);
    }

    /// <summary>Adds a session at the end of the plan.</summary>
    public TrajectorySession AddSession(SessionKind kind, Phase? phase)
    {
        var session = new TrajectorySession(OrganisationId, this, _sessions.Count == 0 ? 1 : _sessions.Max(s => s.Position) + 1, kind, phase);
        _sessions.Add(session);
        return session;
    }

    public void RemoveSession(TrajectorySession session)
    {
        if (!_sessions.Remove(session))
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        Renumber(OrderedSessions());
    }

    public void MoveSessionUp(TrajectorySession session) => PlaceSession(session, session.Position - 1);

    public void MoveSessionDown(TrajectorySession session) => PlaceSession(session, session.Position + 1);

    /// <summary>
    /// Puts a session at <paramref name="position"/> (1 = first) and shifts the others. A position outside the
    /// plan is refused: the first session cannot go up, the last cannot go down.
    /// </summary>
    public void PlaceSession(TrajectorySession session, int position)
    {
        var ordered = OrderedSessions().ToList();
        if (!ordered.Remove(session))
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        if (position < 1 || position > ordered.Count + 1)
        {
            throw new DomainException("Trajectory.Errors.CannotMove");
        }
        ordered.Insert(position - 1, session);
        Renumber(ordered);
    }

    private static void Renumber(IEnumerable<TrajectorySession> ordered)
    {
        var position = 1;
        foreach (var s in ordered)
        {
            s.Position = position++;
        }
    }
}

/// <summary>One segment of the spine: a phase (or null for sessions without a phase) and its sessions in plan order.</summary>
public sealed record PhaseSessions(Phase? Phase, IReadOnlyList<TrajectorySession> Sessions);

public enum TrajectoryStatus
{
    InVoorbereiding = 1,
    Lopend = 2,
    Afgerond = 3,
    Gepauzeerd = 4,
    Stopgezet = 5,
}

public enum LeadTimeAdvice
{
    Unknown,
    WithinAdvice,
    TooShort,
    TooLong,
}

/// <summary>The model's last line against over-long text: the form refuses it first, with a message; nothing is ever cut off.</summary>
internal static class TextRules
{
    public static void RefuseTooLong(string? value, int maxLength)
    {
        if (value is { Length: var n } && n > maxLength)
        {
            throw new DomainException("Trajectory.Errors.TooLong", maxLength);
        }
    }
}
