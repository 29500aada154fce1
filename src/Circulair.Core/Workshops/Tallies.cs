using Circulair.Vision;

namespace Circulair.Workshops;

/// <summary>A participant's input as tallies read it (a projection of <see cref="WorkshopResponse"/>).</summary>
public readonly record struct ResponseValue(int ParticipantId, int ItemKey, int Slot, int Value, string? Text);

/// <summary>One item's result in a dot vote: dots, how many people gave it dots, and its rank (ties share a rank).</summary>
public sealed record DotRow(int ItemId, string Text, VotingItemKind Source, string? SourceKey, int Dots, int Voters, int Rank);

public sealed record DotResults(IReadOnlyList<DotRow> Rows, int Participants, int DotsGiven)
{
    public int MaxDots => Rows.Count == 0 ? 0 : Rows.Max(r => r.Dots);

    /// <summary>Ranked: most dots first, then the item's own order.</summary>
    public static DotResults From(IReadOnlyList<WorkshopItem> items, IEnumerable<ResponseValue> responses)
    {
        var list = responses.Where(r => r.Value > 0).ToList();
        var rows = items
            .Select(i => (Item: i, Dots: list.Where(r => r.ItemKey == i.Id).Sum(r => r.Value), Voters: list.Where(r => r.ItemKey == i.Id).Select(r => r.ParticipantId).Distinct().Count()))
            .OrderByDescending(x => x.Dots).ThenBy(x => x.Item.Position)
            .ToList();
        var ranked = new List<DotRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].Dots == rows[i - 1].Dots ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new DotRow(rows[i].Item.Id, rows[i].Item.Text, rows[i].Item.Source, rows[i].Item.SourceKey, rows[i].Dots, rows[i].Voters, rank));
        }
        return new DotResults(ranked, list.Select(r => r.ParticipantId).Distinct().Count(), list.Sum(r => r.Value));
    }
}

public sealed record OptionRow(int ItemId, string Text, int Count);

public sealed record WordRow(string Word, int Count)
{
    /// <summary>Size class 1–5 for the word cloud, relative to the most frequent word.</summary>
    public int Weight(int max) => max <= 1 ? 3 : 1 + (int)Math.Round(4.0 * (Count - 1) / (max - 1));
}

/// <summary>A quick poll's results, by its type.</summary>
public sealed record PollResults(PollType Type, int Participants, IReadOnlyList<OptionRow> Options, IReadOnlyList<int> ScaleCounts, double? ScaleMean, IReadOnlyList<string> Texts, IReadOnlyList<WordRow> Words)
{
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;
    public const int MaxWords = 3;

    public static PollResults From(PollType type, IReadOnlyList<WorkshopItem> items, IReadOnlyList<ResponseValue> responses)
    {
        var participants = responses.Select(r => r.ParticipantId).Distinct().Count();
        var options = items.OrderBy(i => i.Position).Select(i => new OptionRow(i.Id, i.Text, responses.Count(r => r.ItemKey == i.Id && r.Value > 0))).ToList();
        var scale = Enumerable.Range(ScaleMin, ScaleMax).Select(v => responses.Count(r => r.ItemKey == 0 && r.Value == v)).ToList();
        var scaleValues = responses.Where(r => r.ItemKey == 0 && r.Value is >= ScaleMin and <= ScaleMax).Select(r => r.Value).ToList();
        double? mean = scaleValues.Count == 0 ? null : scaleValues.Average();
        var texts = type == PollType.OpenTekst ? responses.Where(r => r.Text is not null).Select(r => r.Text!).ToList() : [];
        var words = type == PollType.Woordwolk
            ? responses.Where(r => r.Text is not null)
                .GroupBy(r => NormaliseWord(r.Text!), StringComparer.Ordinal)
                .Select(g => new WordRow(g.First().Text!.Trim(), g.Select(r => r.ParticipantId).Distinct().Count()))
                .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.CurrentCultureIgnoreCase)
                .ToList()
            : [];
        return new PollResults(type, participants, options, scale, mean, texts, words);
    }

    /// <summary>Words count together regardless of case and surrounding punctuation.</summary>
    public static string NormaliseWord(string word) => word.Trim().Trim('.', ',', '!', '?', ';', ':', '"', '\'').ToLowerInvariant();
}

public enum ImpactEffortQuadrant
{
    QuickWin = 1,
    GrootProject = 2,
    KleineVerbetering = 3,
    Vermijden = 4,
}

/// <summary>
/// One action's impact/effort in a workshop: the mean of every rater's scores (1–5). High means at least the
/// scale's midpoint 3, which places an action in one of Tool 6's quadrants (our design; guide ch. 5, phase 2).
/// </summary>
public sealed record ImpactEffortRow(int ItemId, string Text, string? SourceKey, int Raters, double? Impact, double? Effort)
{
    public const double Midpoint = 3.0;

    public ImpactEffortQuadrant? Quadrant => Impact is { } i && Effort is { } e
        ? (i >= Midpoint, e >= Midpoint) switch
        {
            (true, false) => ImpactEffortQuadrant.QuickWin,
            (true, true) => ImpactEffortQuadrant.GrootProject,
            (false, false) => ImpactEffortQuadrant.KleineVerbetering,
            _ => ImpactEffortQuadrant.Vermijden,
        }
        : null;

    public const int ImpactSlot = 1;
    public const int EffortSlot = 2;

    public static IReadOnlyList<ImpactEffortRow> From(IReadOnlyList<WorkshopItem> items, IReadOnlyList<ResponseValue> responses) =>
        [.. items.OrderBy(i => i.Position).Select(i =>
        {
            var impact = responses.Where(r => r.ItemKey == i.Id && r.Slot == ImpactSlot).Select(r => (double)r.Value).ToList();
            var effort = responses.Where(r => r.ItemKey == i.Id && r.Slot == EffortSlot).Select(r => (double)r.Value).ToList();
            var raters = responses.Where(r => r.ItemKey == i.Id).Select(r => r.ParticipantId).Distinct().Count();
            return new ImpactEffortRow(i.Id, i.Text, i.SourceKey, raters, impact.Count == 0 ? null : impact.Average(), effort.Count == 0 ? null : effort.Average());
        })];
}

/// <summary>The AMORE ratings given in a workshop, summarised exactly as Tool 4 summarises a round.</summary>
public static class WorkshopAmore
{
    public const int CommentSlot = 0;

    public static AmoreResults From(IReadOnlyList<ResponseValue> responses) =>
        AmoreResults.From(responses.GroupBy(r => r.ParticipantId)
            .Select(g => Scores(g.ToList()))
            .OfType<(AmoreScores Scores, string? Comment)>()
            .Select(x => new AmoreResults.Entry(x.Scores, x.Comment, "", RaterKind.Workshop)));

    /// <summary>One participant's five scores (slots 1–5 = the criteria) and comment (slot 0), or null when incomplete.</summary>
    public static (AmoreScores Scores, string? Comment)? Scores(IReadOnlyList<ResponseValue> mine)
    {
        int? Score(AmoreCriterion c) => mine.Where(r => r.Slot == (int)c).Select(r => (int?)r.Value).FirstOrDefault();
        var values = Enum.GetValues<AmoreCriterion>().Select(Score).ToList();
        if (values.Any(v => v is null))
        {
            return null;
        }
        return (new AmoreScores(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value, values[4]!.Value), mine.FirstOrDefault(r => r.Slot == CommentSlot).Text);
    }
}
