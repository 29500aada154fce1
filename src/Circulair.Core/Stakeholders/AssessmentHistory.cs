namespace Circulair.Stakeholders;

/// <summary>One dated rating as the history needs it (a projection of <see cref="StakeholderAssessment"/>).</summary>
/// <param name="Order">Orders ratings of the same day: the later recorded one wins.</param>
public sealed record AssessmentPoint(DateOnly Date, long Order, StakeholderLevel Power, StakeholderLevel Interest)
{
    public StakeholderApproach Approach => StakeholderGrid.ApproachFor(Power, Interest);
}

public enum Trend
{
    Gelijk = 0,
    Gestegen = 1,
    Gedaald = 2,
}

/// <summary>How a stakeholder moved between two ratings. <see cref="From"/> is null for a first rating.</summary>
public sealed record Movement(AssessmentPoint? From, AssessmentPoint To)
{
    public Trend Power => Compare(From?.Power, To.Power);
    public Trend Interest => Compare(From?.Interest, To.Interest);

    /// <summary>True when power or interest differs (a first rating is not a movement).</summary>
    public bool HasMoved => From is not null && (Power != Trend.Gelijk || Interest != Trend.Gelijk);

    public bool ApproachChanged => From is not null && From.Approach != To.Approach;

    private static Trend Compare(StakeholderLevel? from, StakeholderLevel to) =>
        from is not { } f || f == to ? Trend.Gelijk : to > f ? Trend.Gestegen : Trend.Gedaald;
}

/// <summary>
/// Reading a stakeholder's dated ratings: the rating that held on a date (the grid "as on" a date) and the
/// movement up to that date.
/// </summary>
public static class AssessmentHistory
{
    /// <summary>The latest rating dated on or before <paramref name="date"/>, or null when there was none yet.</summary>
    public static AssessmentPoint? At(IEnumerable<AssessmentPoint> points, DateOnly date) =>
        points.Where(p => p.Date <= date).OrderByDescending(p => p.Date).ThenByDescending(p => p.Order).FirstOrDefault();

    /// <summary>
    /// The movement shown for <paramref name="date"/>. Without <paramref name="since"/>: the rating on that date
    /// compared with the rating just before it. With <paramref name="since"/>: compared with the rating that held
    /// on that earlier date. Null when the stakeholder was not rated on <paramref name="date"/>.
    /// </summary>
    public static Movement? MovementAt(IEnumerable<AssessmentPoint> points, DateOnly date, DateOnly? since = null)
    {
        var ordered = points.Where(p => p.Date <= date).OrderByDescending(p => p.Date).ThenByDescending(p => p.Order).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }
        var to = ordered[0];
        var from = since is { } s ? At(ordered, s) : ordered.Skip(1).FirstOrDefault();
        return new Movement(from, to);
    }
}
