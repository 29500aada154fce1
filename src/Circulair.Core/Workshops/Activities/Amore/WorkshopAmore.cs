using Circulair.Vision;

namespace Circulair.Workshops;

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
