namespace Circulair.Prioritisation;

/// <summary>The four quadrants of Tool 6, the impact/effort matrix (our design; the guide names the quadrants).</summary>
public enum Quadrant
{
    /// <summary>High impact, low effort.</summary>
    QuickWin = 1,

    /// <summary>High impact, high effort.</summary>
    GrootProject = 2,

    /// <summary>Low impact, low effort.</summary>
    KleineVerbetering = 3,

    /// <summary>Low impact, high effort.</summary>
    Vermijden = 4,
}

/// <summary>
/// The quadrant rule of Tool 6, in one place. Impact (contribution to the goals and to the local transition) and
/// effort (time, money, energy, risk) are scored 1–5; a score — or the mean of several raters' scores — is
/// <em>high</em> when it is strictly above <see cref="Threshold"/>, the middle of the scale. The middle itself
/// counts as low: an action must lean to one side to be called high impact or high effort.
/// See docs/decisions/0210-phase-2-strategy-tree-and-tool-6.md.
/// </summary>
public static class ImpactEffortMatrix
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>The middle of the 1–5 scale; the quadrant lines of the matrix are drawn here.</summary>
    public const double Threshold = 3.0;

    public static bool InRange(int score) => score is >= MinScore and <= MaxScore;

    public static bool IsHigh(double score) => score > Threshold;

    public static Quadrant Classify(double impact, double effort) => (IsHigh(impact), IsHigh(effort)) switch
    {
        (true, false) => Quadrant.QuickWin,
        (true, true) => Quadrant.GrootProject,
        (false, false) => Quadrant.KleineVerbetering,
        (false, true) => Quadrant.Vermijden,
    };

    /// <summary>The quadrant of an action's mean scores, or null while it has no rating.</summary>
    public static Quadrant? Classify(double? impact, double? effort) =>
        impact is { } i && effort is { } e ? Classify(i, e) : null;

    /// <summary>Low-effort quadrants: what the guide calls small improvements when it asks for a mix.</summary>
    public static bool IsLowEffort(Quadrant quadrant) => quadrant is Quadrant.QuickWin or Quadrant.KleineVerbetering;

    /// <summary>
    /// Strong disagreement: the lowest and highest score for one criterion lie at least this far apart. On a 1–5
    /// scale a gap of 3 means one rater scored on the low side (1 or 2) and another on the high side (4 or 5): the
    /// mean then hides a real split that the team should talk about before it trusts the quadrant.
    /// </summary>
    public const int DisagreementRange = 3;

    /// <summary>Whether the raters of one criterion disagree strongly (two raters at least, see <see cref="DisagreementRange"/>).</summary>
    public static bool DisagreeStrongly(ScoreSummary? scores) => scores is { Count: >= 2 } s && s.Range >= DisagreementRange;
}

/// <summary>
/// The scores of several raters for one criterion: how many, the mean, the lowest and highest, and the standard
/// deviation (population: the raters are all the raters, not a sample). The spread tells a team whether a mean of
/// 3 is agreement or a split between 1s and 5s.
/// </summary>
public sealed record ScoreSummary(int Count, double Mean, int Min, int Max, double StandardDeviation)
{
    public int Range => Max - Min;

    public static ScoreSummary? Of(IEnumerable<int> scores)
    {
        var list = scores.ToList();
        if (list.Count == 0)
        {
            return null;
        }
        var mean = list.Average();
        var variance = list.Sum(s => (s - mean) * (s - mean)) / list.Count;
        return new ScoreSummary(list.Count, mean, list.Min(), list.Max(), Math.Sqrt(variance));
    }
}
