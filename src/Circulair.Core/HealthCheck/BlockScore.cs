namespace Circulair.HealthCheck;

/// <summary>One rater's score (1 weak – 5 strong) for one building block, with an optional note.</summary>
public readonly record struct BlockScore(HealthCheckBlock Block, int Score, string? Note)
{
    public const int Min = 1;
    public const int Max = 5;
    public const int NoteMaxLength = 1000;

    public static IReadOnlyList<HealthCheckBlock> Blocks { get; } = Enum.GetValues<HealthCheckBlock>();

    public static bool InRange(int score) => score is >= Min and <= Max;

    /// <summary>
    /// A complete rating: every block exactly once, each score 1–5, notes within length. Returns the scores in block
    /// order with notes trimmed (empty notes become null); refuses anything else.
    /// </summary>
    public static IReadOnlyList<BlockScore> Complete(IEnumerable<BlockScore> scores)
    {
        var list = scores.ToList();
        if (list.Count != Blocks.Count || Blocks.Any(b => list.Count(s => s.Block == b) != 1))
        {
            throw new DomainException("HealthCheck.Error.AllBlocksRequired");
        }
        if (list.Any(s => !InRange(s.Score)))
        {
            throw new DomainException("HealthCheck.Error.ScoreOutOfRange", Min, Max);
        }
        return [.. list.OrderBy(s => s.Block).Select(s => s with { Note = CleanNote(s.Note) })];
    }

    internal static string? CleanNote(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }
        var trimmed = note.Trim().ReplaceLineEndings("\n");
        return trimmed.Length > NoteMaxLength ? throw new DomainException("HealthCheck.Error.NoteTooLong", NoteMaxLength) : trimmed;
    }
}
