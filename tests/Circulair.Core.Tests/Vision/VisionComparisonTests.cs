using Circulair.Vision;

namespace Circulair.Core.Tests.Vision;

public sealed class VisionComparisonTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Reports_text_focus_policy_and_note_changes_between_two_versions()
    {
        var canvas = new VisionCanvas(1, 1, Now);
        canvas.Describe("afval is duur", null, null, "Demostad wordt circulair", VisionFocus.BurgersActiveren, Now);
        canvas.CitePolicies(new Dictionary<VisionPolicy, string?> { [VisionPolicy.Lekp] = "klimaatplan" }, Now);
        var edited = canvas.AddNote(VisionBlock.Waarom, "restafval daalt te traag", NoteColour.Geel, Now);
        var removed = canvas.AddNote(VisionBlock.Waarom, "weg", NoteColour.Groen, Now);
        var recoloured = canvas.AddNote(VisionBlock.Waarom, "kleur", NoteColour.Blauw, Now);
        var left = canvas.Snapshot();

        canvas.Describe("afval is duur", null, "repair cafés", "Demostad is circulair", VisionFocus.BurgersActiveren | VisionFocus.Ondernemerschap, Now);
        canvas.CitePolicies(new Dictionary<VisionPolicy, string?> { [VisionPolicy.EuActieplan] = "recht op herstel" }, Now);
        canvas.EditNote(edited.Key, "restafval daalt veel te traag", NoteColour.Geel, Now);
        canvas.RemoveNote(removed.Key, Now);
        canvas.EditNote(recoloured.Key, "kleur", NoteColour.Roze, Now);
        var added = canvas.AddNote(VisionBlock.Waarom, "nieuw", NoteColour.Geel, Now);
        var right = canvas.Snapshot();

        var comparison = VisionComparison.Between(left, right);

        Assert.True(comparison.HasChanges);
        var texts = comparison.Texts.ToDictionary(t => t.Field);
        Assert.False(texts[VisionField.Waarom].Changed);
        Assert.True(texts[VisionField.WatLeeftErAl].Changed);
        Assert.Equal([new DiffSegment(DiffKind.Same, "Demostad"), new DiffSegment(DiffKind.Removed, "wordt"), new DiffSegment(DiffKind.Added, "is"), new DiffSegment(DiffKind.Same, "circulair")], texts[VisionField.Visietekst].Segments);
        Assert.Equal(ChoiceChange.Unchanged, comparison.Focus.Single(f => f.Item == VisionFocus.BurgersActiveren).Change);
        Assert.Equal(ChoiceChange.Added, comparison.Focus.Single(f => f.Item == VisionFocus.Ondernemerschap).Change);
        Assert.Equal(ChoiceChange.Absent, comparison.Focus.Single(f => f.Item == VisionFocus.Klimaatplan).Change);
        Assert.Equal(ChoiceChange.Removed, comparison.Policies.Single(p => p.Policy == VisionPolicy.Lekp).Change);
        Assert.Equal(ChoiceChange.Added, comparison.Policies.Single(p => p.Policy == VisionPolicy.EuActieplan).Change);

        var why = comparison.Blocks.Single(b => b.Block == VisionBlock.Waarom);
        Assert.Equal(NoteChange.Edited, why.Left.Single(n => n.Note.Key == edited.Key).Change);
        Assert.Contains(why.Right.Single(n => n.Note.Key == edited.Key).Segments, s => s is { Kind: DiffKind.Added, Text: "veel" });
        Assert.Equal(NoteChange.Removed, why.Left.Single(n => n.Note.Key == removed.Key).Change);
        Assert.DoesNotContain(why.Right, n => n.Note.Key == removed.Key);
        var colour = why.Right.Single(n => n.Note.Key == recoloured.Key);
        Assert.Equal(NoteChange.Unchanged, colour.Change);
        Assert.True(colour.ColourChanged);
        Assert.Equal(NoteChange.Added, NoteRight(why, added.Key));
        Assert.False(comparison.Blocks.Single(b => b.Block == VisionBlock.Resultaten).Changed);
    }

    [Fact]
    public void A_note_that_changed_place_among_the_shared_notes_counts_as_moved()
    {
        var canvas = new VisionCanvas(1, 1, Now);
        var a = canvas.AddNote(VisionBlock.Resultaten, "a", NoteColour.Geel, Now);
        var b = canvas.AddNote(VisionBlock.Resultaten, "b", NoteColour.Geel, Now);
        var left = canvas.Snapshot();
        canvas.MoveNote(b.Key, -1, Now);

        var block = VisionComparison.Between(left, canvas.Snapshot()).Blocks.Single(x => x.Block == VisionBlock.Resultaten);

        Assert.True(block.Right.Single(n => n.Note.Key == a.Key).Moved);
        Assert.Equal(["b", "a"], block.Right.Select(n => n.Note.Text));
    }

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        var canvas = new VisionCanvas(1, 1, Now);
        canvas.Describe("w", "r", "a", "s", VisionFocus.Klimaatplan, Now);
        canvas.AddNote(VisionBlock.Waarom, "n", NoteColour.Geel, Now);

        Assert.False(VisionComparison.Between(canvas.Snapshot(), canvas.Snapshot()).HasChanges);
    }

    private static NoteChange NoteRight(BlockNotesComparison block, Guid key) => block.Right.Single(n => n.Note.Key == key).Change;
}
