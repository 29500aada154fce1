using DiffPlex;
using DiffPlex.Chunkers;

namespace Circulair.Web.Features.FollowUp.Versions;

public enum TextDiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record TextDiffPiece(TextDiffKind Kind, string Text);

/// <summary>
/// A word-level difference of two long texts for the compare page, by DiffPlex (decision 0311): the words that stay,
/// those removed and those added, in reading order, removed before added where they replace each other.
/// </summary>
public static class TextDiff
{
    public static IReadOnlyList<TextDiffPiece> Words(string? before, string? after)
    {
        var result = Differ.Instance.CreateDiffs(before ?? "", after ?? "", ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var pieces = new List<TextDiffPiece>();
        void Add(TextDiffKind kind, IEnumerable<string> words)
        {
            var text = string.Concat(words);
            if (text.Length == 0)
            {
                return;
            }
            if (pieces.Count > 0 && pieces[^1].Kind == kind)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
                return;
            }
            pieces.Add(new TextDiffPiece(kind, text));
        }
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(TextDiffKind.Same, result.PiecesOld.Skip(a).Take(block.DeleteStartA - a));
            Add(TextDiffKind.Removed, result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(TextDiffKind.Added, result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(TextDiffKind.Same, result.PiecesOld.Skip(a));
        return pieces;
    }
}
