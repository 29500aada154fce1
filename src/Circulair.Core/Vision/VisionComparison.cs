namespace Circulair.Vision;

/// <summary>The fields of the canvas a comparison reports on, in reading order.</summary>
public enum VisionField
{
    Waarom = 1,
    Resultaten = 2,
    WatLeeftErAl = 3,
    Visietekst = 4,
}

/// <summary>
/// Two versions of a canvas side by side: per text field a word-level difference, per focus choice and policy
/// whether it was added or dropped, per block which notes were added, removed, edited, recoloured or moved
/// (notes are matched by their key, which restores keep).
/// </summary>
public sealed record VisionComparison(
    IReadOnlyList<TextComparison> Texts,
    IReadOnlyList<ChoiceComparison<VisionFocus>> Focus,
    IReadOnlyList<PolicyComparison> Policies,
    IReadOnlyList<BlockNotesComparison> Blocks)
{
    public bool HasChanges =>
        Texts.Any(t => t.Changed) || Focus.Any(f => f.Change is ChoiceChange.Added or ChoiceChange.Removed) || Policies.Any(p => p.Changed) || Blocks.Any(b => b.Changed);

    public static VisionComparison Between(VisionSnapshot left, VisionSnapshot right)
    {
        var texts = Enum.GetValues<VisionField>()
            .Select(f => new TextComparison(f, TextOf(left, f), TextOf(right, f), WordDiff.Compute(TextOf(left, f), TextOf(right, f))))
            .ToList();
        var focus = VisionFocusRules.Each
            .Select(f => new ChoiceComparison<VisionFocus>(f, Choice(left.Focus.HasFlag(f), right.Focus.HasFlag(f))))
            .ToList();
        var policies = Enum.GetValues<VisionPolicy>()
            .Select(p =>
            {
                var l = left.Policies.FirstOrDefault(x => x.Policy == p);
                var r = right.Policies.FirstOrDefault(x => x.Policy == p);
                return new PolicyComparison(p, Choice(l is not null, r is not null), l?.Comment, r?.Comment, WordDiff.Compute(l?.Comment, r?.Comment));
            })
            .ToList();
        var blocks = Enum.GetValues<VisionBlock>().Select(b => CompareNotes(b, left, right)).ToList();
        return new VisionComparison(texts, focus, policies, blocks);
    }

    public static string? TextOf(VisionSnapshot s, VisionField field) => field switch
    {
        VisionField.Waarom => s.Why,
        VisionField.Resultaten => s.Results,
        VisionField.WatLeeftErAl => s.AlreadyHappening,
        VisionField.Visietekst => s.Statement,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static ChoiceChange Choice(bool inLeft, bool inRight) => (inLeft, inRight) switch
    {
        (true, false) => ChoiceChange.Removed,
        (false, true) => ChoiceChange.Added,
        (true, true) => ChoiceChange.Unchanged,
        _ => ChoiceChange.Absent,
    };

    private static BlockNotesComparison CompareNotes(VisionBlock block, VisionSnapshot left, VisionSnapshot right)
    {
        var l = left.NotesIn(block).ToList();
        var r = right.NotesIn(block).ToList();
        var leftKeys = l.Select(n => n.Key).ToHashSet();
        var rightKeys = r.Select(n => n.Key).ToHashSet();
        // A note "moved" when its place among the notes both versions share differs.
        var sharedLeft = l.Where(n => rightKeys.Contains(n.Key)).Select(n => n.Key).ToList();
        var sharedRight = r.Where(n => leftKeys.Contains(n.Key)).Select(n => n.Key).ToList();

        var leftRows = l.Select(n =>
        {
            var other = r.FirstOrDefault(x => x.Key == n.Key);
            return other is null
                ? new NoteComparison(n, NoteChange.Removed, [new DiffSegment(DiffKind.Removed, n.Text)], false, false)
                : Compare(n, other, sharedLeft.IndexOf(n.Key) != sharedRight.IndexOf(n.Key));
        }).ToList();
        var rightRows = r.Select(n =>
        {
            var other = l.FirstOrDefault(x => x.Key == n.Key);
            return other is null
                ? new NoteComparison(n, NoteChange.Added, [new DiffSegment(DiffKind.Added, n.Text)], false, false)
                : Compare(other, n, sharedLeft.IndexOf(n.Key) != sharedRight.IndexOf(n.Key)) with { Note = n };
        }).ToList();
        return new BlockNotesComparison(block, leftRows, rightRows);
    }

    private static NoteComparison Compare(SnapshotNote older, SnapshotNote newer, bool moved)
    {
        var segments = WordDiff.Compute(older.Text, newer.Text);
        var textChanged = !WordDiff.SameWords(older.Text, newer.Text);
        var colourChanged = older.Colour != newer.Colour;
        return new NoteComparison(older, textChanged ? NoteChange.Edited : NoteChange.Unchanged, segments, colourChanged, moved);
    }
}

public enum ChoiceChange
{
    /// <summary>In neither version.</summary>
    Absent,
    Unchanged,
    Added,
    Removed,
}

public sealed record TextComparison(VisionField Field, string? Left, string? Right, IReadOnlyList<DiffSegment> Segments)
{
    public bool Changed => Segments.Any(s => s.Kind != DiffKind.Same);
}

public sealed record ChoiceComparison<T>(T Item, ChoiceChange Change);

public sealed record PolicyComparison(VisionPolicy Policy, ChoiceChange Change, string? LeftComment, string? RightComment, IReadOnlyList<DiffSegment> CommentSegments)
{
    public bool Changed => Change is ChoiceChange.Added or ChoiceChange.Removed || CommentSegments.Any(s => s.Kind != DiffKind.Same);
}

public enum NoteChange
{
    Unchanged,
    Edited,
    Added,
    Removed,
}

/// <summary>One note as shown on one side of the comparison; <see cref="Segments"/> mark its words against the other side.</summary>
public sealed record NoteComparison(SnapshotNote Note, NoteChange Change, IReadOnlyList<DiffSegment> Segments, bool ColourChanged, bool Moved)
{
    public bool Changed => Change != NoteChange.Unchanged || ColourChanged || Moved;
}

public sealed record BlockNotesComparison(VisionBlock Block, IReadOnlyList<NoteComparison> Left, IReadOnlyList<NoteComparison> Right)
{
    public bool Changed => Left.Any(n => n.Changed) || Right.Any(n => n.Changed);
}
