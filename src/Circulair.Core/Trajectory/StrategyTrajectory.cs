using Circulair.Persistence;
using Circulair.Progress;

namespace Circulair.Trajectory;

/// <summary>
/// A strategy trajectory of an organisation (e.g. "Circulair 2030"): its period, status and plan.
/// The guide advises a lead time of four to six months; outside that range the plan warns, never blocks.
/// </summary>
public sealed class StrategyTrajectory : IOrganisationScoped
{
    public const int TitleMaxLength = 150;
    public const int AdvisedMinimumMonths = 4;
    public const int AdvisedMaximumMonths = 6;

    private readonly List<TrajectorySession> _sessions = [];

    private StrategyTrajectory()
    {
        Title = "";
    }

    public StrategyTrajectory(int organisationId, string title, int? periodStartYear, int? periodEndYear, DateOnly? startDate, DateOnly? plannedEndDate)
    {
        OrganisationId = organisationId;
        Title = title;
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

    public IReadOnlyList<TrajectorySession> Sessions => _sessions;

    public void Rename(string title) => Title = title;

    public void ChangeStatus(TrajectoryStatus status) => Status = status;

    public void SetPeriod(int? startYear, int? endYear)
    {
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

    /// <summary>The guide's 4–6-month advice applied to this plan.</summary>
    public LeadTimeAdvice LeadTime => PlannedMonths switch
    {
        null => LeadTimeAdvice.Unknown,
        < AdvisedMinimumMonths => LeadTimeAdvice.TooShort,
        > AdvisedMaximumMonths => LeadTimeAdvice.TooLong,
        _ => LeadTimeAdvice.WithinAdvice,
    };

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

    /// <summary>The sessions the guide asks for at least: one preparatory core-team session, three stakeholder sessions, one aftercare session.</summary>
    public void AddDefaultSessions()
    {
        AddSession(SessionKind.Kernteam, Phase.Fase1);
        AddSession(SessionKind.Stakeholders, Phase.Fase1);
        AddSession(SessionKind.Stakeholders, Phase.Fase2);
        AddSession(SessionKind.Stakeholders, Phase.Fase2);
        AddSession(SessionKind.Nazorg, Phase.Fase3);
    }

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
            throw new DomainException("Errors.NotFound");
        }
        Renumber();
    }

    /// <summary>Moves a session one place up (-1) or down (+1) in the plan.</summary>
    public void MoveSession(TrajectorySession session, int direction)
    {
        var ordered = _sessions.OrderBy(s => s.Position).ToList();
        var index = ordered.IndexOf(session);
        if (index < 0)
        {
            throw new DomainException("Errors.NotFound");
        }
        var target = index + Math.Sign(direction);
        if (target < 0 || target >= ordered.Count)
        {
            return;
        }
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
    }

    private void Renumber()
    {
        var position = 1;
        foreach (var s in _sessions.OrderBy(s => s.Position))
        {
            s.Position = position++;
        }
    }
}

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
