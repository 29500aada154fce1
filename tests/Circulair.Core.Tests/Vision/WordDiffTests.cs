using Circulair.Vision;

namespace Circulair.Core.Tests.Vision;

public sealed class WordDiffTests
{
    private static string Show(IReadOnlyList<DiffSegment> segments) =>
        string.Join(" ", segments.Select(s => s.Kind switch
        {
            DiffKind.Added => $"+[{s.Text}]",
            DiffKind.Removed => $"-[{s.Text}]",
            _ => s.Text,
        }));

    [Fact]
    public void Marks_replaced_words_removed_before_added()
    {
        var diff = WordDiff.Compute("Demostad wordt circulair tegen 2030", "Demostad is circulair tegen 2035");

        Assert.Equal("Demostad -[wordt] +[is] circulair tegen -[2030] +[2035]", Show(diff));
    }

    [Fact]
    public void Keeps_the_longest_common_run_of_words()
    {
        var diff = WordDiff.Compute("a b c d e", "x a c d y e");

        Assert.Equal("+[x] a -[b] c d +[y] e", Show(diff));
    }

    [Fact]
    public void Equal_texts_differing_only_in_white_space_have_no_changes()
    {
        var diff = WordDiff.Compute("een  stad\r\nzonder afval ", "een stad\nzonder   afval");

        Assert.All(diff, s => Assert.Equal(DiffKind.Same, s.Kind));
        Assert.True(WordDiff.SameWords("een  stad", "een stad"));
    }

    [Fact]
    public void Keeps_line_breaks_as_their_own_tokens()
    {
        var diff = WordDiff.Compute("eerste regel\ntweede regel", "eerste regel\nderde regel");

        Assert.Equal("eerste regel\n -[tweede] +[derde] regel", Show(diff));
    }

    [Fact]
    public void An_empty_side_is_all_added_or_all_removed()
    {
        Assert.Equal("+[nieuwe tekst]", Show(WordDiff.Compute(null, "nieuwe tekst")));
        Assert.Equal("-[oude tekst]", Show(WordDiff.Compute("oude tekst", "")));
        Assert.Empty(WordDiff.Compute(null, null));
    }

    [Fact]
    public void Joining_the_same_and_removed_parts_gives_the_older_text_and_same_and_added_the_newer()
    {
        const string older = "We willen in 2030 de helft minder restafval en meer hergebruik via de kringwinkel";
        const string newer = "Tegen 2030 halveren we het restafval en verdubbelen we hergebruik via kringwinkel en repair cafés";

        var diff = WordDiff.Compute(older, newer);

        Assert.Equal(older, string.Join(" ", diff.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(newer, string.Join(" ", diff.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }
}
