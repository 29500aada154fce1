namespace Circulair.Vision;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

/// <summary>A run of words that is the same in both texts, only in the newer (added) or only in the older (removed).</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-level difference between two texts: the longest common subsequence of their words, the rest marked
/// as added or removed. Words are runs of non-space characters; line breaks are kept as tokens of their own,
/// other white space is normalised to one space. Removed text comes before added text where they replace each
/// other, as a reader expects ("was … now …").
/// </summary>
public static class WordDiff
{
    /// <summary>Above this many word pairs the texts are shown as wholly replaced instead (keeps memory bounded).</summary>
    public const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffSegment> Compute(string? older, string? newer)
    {
        var a = Tokenize(older);
        var b = Tokenize(newer);
        var ops = new List<(DiffKind Kind, string Token)>();

        // Common head and tail need no table.
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head])
        {
            head++;
        }
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail])
        {
            tail++;
        }
        for (var i = 0; i < head; i++)
        {
            ops.Add((DiffKind.Same, a[i]));
        }
        var midA = a.Skip(head).Take(a.Count - head - tail).ToList();
        var midB = b.Skip(head).Take(b.Count - head - tail).ToList();
        if ((long)midA.Count * midB.Count > MaxCells)
        {
            ops.AddRange(midA.Select(t => (DiffKind.Removed, t)));
            ops.AddRange(midB.Select(t => (DiffKind.Added, t)));
        }
        else
        {
            ops.AddRange(Lcs(midA, midB));
        }
        for (var i = a.Count - tail; i < a.Count; i++)
        {
            ops.Add((DiffKind.Same, a[i]));
        }
        return Merge(ops);
    }

    /// <summary>True when the two texts have the same words (white space aside).</summary>
    public static bool SameWords(string? older, string? newer) => Tokenize(older).SequenceEqual(Tokenize(newer));

    internal static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                tokens.Add("\n");
            }
            tokens.AddRange(lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        // Leading and trailing line breaks carry no meaning in a comparison.
        while (tokens.Count > 0 && tokens[0] == "\n")
        {
            tokens.RemoveAt(0);
        }
        while (tokens.Count > 0 && tokens[^1] == "\n")
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
        return tokens;
    }

    private static List<(DiffKind, string)> Lcs(List<string> a, List<string> b)
    {
        // length[i, j] = LCS length of a[i..] and b[j..]
        var length = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                length[i, j] = a[i] == b[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }
        var ops = new List<(DiffKind, string)>();
        int x = 0, y = 0;
        var removed = new List<string>();
        var added = new List<string>();
        void Flush()
        {
            ops.AddRange(removed.Select(t => (DiffKind.Removed, t)));
            ops.AddRange(added.Select(t => (DiffKind.Added, t)));
            removed.Clear();
            added.Clear();
        }
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                Flush();
                ops.Add((DiffKind.Same, a[x]));
                x++;
                y++;
            }
            else if (y < b.Count && (x == a.Count || length[x, y + 1] >= length[x + 1, y]))
            {
                added.Add(b[y++]);
            }
            else
            {
                removed.Add(a[x++]);
            }
        }
        Flush();
        return ops;
    }

    private static List<DiffSegment> Merge(List<(DiffKind Kind, string Token)> ops)
    {
        var segments = new List<DiffSegment>();
        var i = 0;
        while (i < ops.Count)
        {
            var kind = ops[i].Kind;
            var tokens = new List<string>();
            while (i < ops.Count && ops[i].Kind == kind)
            {
                tokens.Add(ops[i].Token);
                i++;
            }
            segments.Add(new DiffSegment(kind, Join(tokens)));
        }
        return segments;
    }

    private static string Join(List<string> tokens)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && tokens[i] != "\n" && tokens[i - 1] != "\n")
            {
                text.Append(' ');
            }
            text.Append(tokens[i]);
        }
        return text.ToString();
    }
}
