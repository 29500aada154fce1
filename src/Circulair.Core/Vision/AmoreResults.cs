namespace Circulair.Vision;

/// <summary>
/// The outcome of an AMORE round per criterion: mean, spread, number of raters, the comments, and a flag for a
/// criterion that scores under 3.
/// <para>Spread is the population standard deviation (σ) of the scores: the raters of a round are the whole
/// group we look at, not a sample. With one rater it is 0. The range (lowest–highest) is given beside it.</para>
/// <para>Flag: the mean, rounded to one decimal as it is shown, is below 3.0, so the page never shows "3,0"
/// with a flag or "2,9" without one.</para>
/// </summary>
public sealed record AmoreResults(IReadOnlyList<CriterionResult> Criteria, int Raters, IReadOnlyList<AmoreComment> Comments)
{
    public const double FlagBelow = 3.0;

    public sealed record Entry(AmoreScores Scores, string? Comment, string RaterName, RaterKind Kind);

    public CriterionResult this[AmoreCriterion criterion] => Criteria.Single(c => c.Criterion == criterion);

    public static AmoreResults From(IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        var criteria = Enum.GetValues<AmoreCriterion>()
            .Select(c => CriterionResult.Of(c, [.. list.Select(e => e.Scores[c])]))
            .ToList();
        var comments = list.Where(e => e.Comment is not null).Select(e => new AmoreComment(e.RaterName, e.Kind, e.Comment!)).ToList();
        return new AmoreResults(criteria, list.Count, comments);
    }
}

public sealed record AmoreComment(string RaterName, RaterKind Kind, string Text);

/// <param name="Mean">Unrounded mean, or null without ratings.</param>
/// <param name="Spread">Population standard deviation, or null without ratings.</param>
public sealed record CriterionResult(AmoreCriterion Criterion, int Count, double? Mean, double? Spread, int? Lowest, int? Highest, IReadOnlyList<int> Distribution)
{
    /// <summary>Mean rounded to one decimal (half away from zero), as shown.</summary>
    public double? ShownMean => Mean is { } m ? Math.Round(m, 1, MidpointRounding.AwayFromZero) : null;

    public double? ShownSpread => Spread is { } s ? Math.Round(s, 1, MidpointRounding.AwayFromZero) : null;

    public bool IsFlagged => ShownMean < AmoreResults.FlagBelow;

    internal static CriterionResult Of(AmoreCriterion criterion, IReadOnlyList<int> scores)
    {
        var distribution = Enumerable.Range(AmoreScores.Min, AmoreScores.Max - AmoreScores.Min + 1).Select(v => scores.Count(s => s == v)).ToList();
        if (scores.Count == 0)
        {
            return new CriterionResult(criterion, 0, null, null, null, null, distribution);
        }
        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / scores.Count;
        return new CriterionResult(criterion, scores.Count, mean, Math.Sqrt(variance), scores.Min(), scores.Max(), distribution);
    }
}
