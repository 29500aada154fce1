namespace Circulair.Workshops;

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
