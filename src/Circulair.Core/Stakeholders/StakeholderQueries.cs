using System.Linq.Expressions;

namespace Circulair.Stakeholders;

/// <summary>
/// Query pieces that follow Tool 2's grid without storing the approach: the approach is derived from power and
/// interest (<see cref="StakeholderGrid"/>), so these expressions are built from the grid's cells and
/// translate to plain SQL conditions on both providers.
/// </summary>
public static class StakeholderQueries
{
    /// <summary>Stakeholders whose current rating falls in a cell of <paramref name="approach"/>.</summary>
    public static IQueryable<Stakeholder> WithApproach(this IQueryable<Stakeholder> query, StakeholderApproach approach) =>
        query.Where(InApproach(approach));

    /// <summary>The condition of <see cref="WithApproach"/>, for a query that is compiled once (it cannot call an extension method).</summary>
    public static Expression<Func<Stakeholder, bool>> InApproach(StakeholderApproach approach)
    {
        var s = Expression.Parameter(typeof(Stakeholder), "s");
        Expression? any = null;
        foreach (var cell in StakeholderGrid.CellsOf(approach))
        {
            var match = Expression.AndAlso(
                Expression.Equal(Expression.Property(s, nameof(Stakeholder.Power)), Expression.Constant(cell.Power, typeof(StakeholderLevel?))),
                Expression.Equal(Expression.Property(s, nameof(Stakeholder.Interest)), Expression.Constant(cell.Interest, typeof(StakeholderLevel?))));
            any = any is null ? match : Expression.OrElse(any, match);
        }
        return Expression.Lambda<Func<Stakeholder, bool>>(any!, s);
    }

    /// <summary>Stakeholders not rated yet (no approach).</summary>
    public static IQueryable<Stakeholder> Unrated(this IQueryable<Stakeholder> query) =>
        query.Where(s => s.Power == null || s.Interest == null);

    /// <summary>The contact-list rank (<see cref="StakeholderGrid.Rank"/>) as an expression, for ORDER BY in the database.</summary>
    public static Expression<Func<Stakeholder, int>> ApproachRank()
    {
        var s = Expression.Parameter(typeof(Stakeholder), "s");
        Expression result = Expression.Constant(StakeholderGrid.Rank(null));
        foreach (var cell in StakeholderGrid.Cells)
        {
            var match = Expression.AndAlso(
                Expression.Equal(Expression.Property(s, nameof(Stakeholder.Power)), Expression.Constant(cell.Power, typeof(StakeholderLevel?))),
                Expression.Equal(Expression.Property(s, nameof(Stakeholder.Interest)), Expression.Constant(cell.Interest, typeof(StakeholderLevel?))));
            result = Expression.Condition(match, Expression.Constant(StakeholderGrid.Rank(cell.Approach)), result);
        }
        return Expression.Lambda<Func<Stakeholder, int>>(result, s);
    }

    /// <summary>Stakeholders carrying a tag (exact, after normalisation).</summary>
    public static IQueryable<Stakeholder> WithTag(this IQueryable<Stakeholder> query, string tag)
    {
        var normal = StakeholderText.NormaliseTags(tag);
        if (normal is null)
        {
            return query;
        }
        var needle = ", " + normal + ",";
        return query.Where(s => s.Tags != null && (", " + s.Tags + ",").Contains(needle));
    }
}
