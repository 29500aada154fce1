using Circulair.Vision;

namespace Circulair.Core.Tests.Vision;

public sealed class VisionCanvasTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Notes_are_added_at_the_end_of_their_block_and_move_up_and_down()
    {
        var canvas = new VisionCanvas(1, 1, Now);
        var a = canvas.AddNote(VisionBlock.Waarom, "A", NoteColour.Geel, Now);
        var b = canvas.AddNote(VisionBlock.Waarom, "B", NoteColour.Groen, Now);
        var c = canvas.AddNote(VisionBlock.Waarom, "C", NoteColour.Blauw, Now);
        canvas.AddNote(VisionBlock.Resultaten, "R", NoteColour.Roze, Now);

        canvas.MoveNote(c.Key, -1, Now);
        canvas.MoveNote(a.Key, -1, Now); // already first: nothing moves

        Assert.Equal(["A", "C", "B"], canvas.NotesIn(VisionBlock.Waarom).Select(n => n.Text));
        Assert.Equal(1, Assert.Single(canvas.NotesIn(VisionBlock.Resultaten)).Position);

        canvas.RemoveNote(a.Key, Now);
        Assert.Equal([1, 2], canvas.NotesIn(VisionBlock.Waarom).Select(n => n.Position));
        Assert.Equal(b.Key, canvas.NotesIn(VisionBlock.Waarom).Last().Key);
    }

    [Fact]
    public void Reordering_keeps_notes_the_new_order_does_not_name()
    {
        var canvas = new VisionCanvas(1, 1, Now);
        var a = canvas.AddNote(VisionBlock.Waarom, "A", NoteColour.Geel, Now);
        var b = canvas.AddNote(VisionBlock.Waarom, "B", NoteColour.Geel, Now);
        var c = canvas.AddNote(VisionBlock.Waarom, "C", NoteColour.Geel, Now);

        canvas.ReorderNotes(VisionBlock.Waarom, [c.Key, Guid.NewGuid(), a.Key], Now);

        Assert.Equal(["C", "A", "B"], canvas.NotesIn(VisionBlock.Waarom).Select(n => n.Text));
        _ = b;
    }

    [Fact]
    public void Refuses_an_empty_or_over_long_note()
    {
        var canvas = new VisionCanvas(1, 1, Now);

        Assert.Equal("Vision.Error.VisionNoteEmpty", Assert.Throws<DomainException>(() => canvas.AddNote(VisionBlock.Waarom, "  ", NoteColour.Geel, Now)).MessageKey);
        Assert.Equal("Vision.Error.VisionTextTooLong", Assert.Throws<DomainException>(() => canvas.AddNote(VisionBlock.Waarom, new string('x', VisionNote.TextMaxLength + 1), NoteColour.Geel, Now)).MessageKey);
        Assert.Empty(canvas.Notes);
    }

    [Fact]
    public void Restoring_a_snapshot_brings_back_texts_choices_and_notes_with_their_keys()
    {
        var canvas = new VisionCanvas(1, 1, Now);
        canvas.Describe("waarom 1", "resultaat 1", null, "visie 1", VisionFocus.BurgersActiveren | VisionFocus.Klimaatplan, Now);
        canvas.CitePolicies(new Dictionary<VisionPolicy, string?> { [VisionPolicy.Lekp] = "klimaattafels" }, Now);
        var kept = canvas.AddNote(VisionBlock.Waarom, "kept", NoteColour.Geel, Now);
        var gone = canvas.AddNote(VisionBlock.Waarom, "gone later", NoteColour.Groen, Now);
        var old = canvas.Snapshot();

        canvas.Describe("waarom 2", null, "al veel", "visie 2", VisionFocus.Ondernemerschap, Now);
        canvas.CitePolicies(new Dictionary<VisionPolicy, string?> { [VisionPolicy.EuActieplan] = null }, Now);
        canvas.RemoveNote(gone.Key, Now);
        canvas.EditNote(kept.Key, "edited", NoteColour.Paars, Now);
        canvas.AddNote(VisionBlock.Resultaten, "new", NoteColour.Blauw, Now);

        canvas.RestoreFrom(old, Now);

        Assert.Equal(old, canvas.Snapshot(), SnapshotComparer.Instance);
        Assert.Equal([kept.Key, gone.Key], canvas.NotesIn(VisionBlock.Waarom).Select(n => n.Key));
        Assert.Empty(canvas.NotesIn(VisionBlock.Resultaten));
    }

    [Fact]
    public void A_snapshot_survives_its_json_form()
    {
        var canvas = new VisionCanvas(1, 1, Now);
        canvas.Describe("waarom \"met\" aanhalingstekens", "resultaten\nop twee regels", "wat leeft", "visie", VisionFocus.JobsSocialeEconomie, Now);
        canvas.CitePolicies(new Dictionary<VisionPolicy, string?> { [VisionPolicy.LokaalMaterialenplan] = "100 kg", [VisionPolicy.Lekp] = null }, Now);
        canvas.AddNote(VisionBlock.WatLeeftErAl, "Repair Café", NoteColour.Oranje, Now);
        var snapshot = canvas.Snapshot();

        var json = snapshot.ToJson();
        var back = VisionSnapshot.FromJson(json);

        Assert.Equal(snapshot, back, SnapshotComparer.Instance);
        Assert.Contains("\"Oranje\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_are_numbered_after_the_highest_and_need_a_label()
    {
        var canvas = new VisionCanvas(1, 1, Now);

        var v = VisionVersion.Save(canvas, [1, 2, 5], "Na workshop", 3, "Ann", Now);

        Assert.Equal(6, v.Number);
        Assert.Equal("Vision.Error.VisionVersionLabelRequired", Assert.Throws<DomainException>(() => VisionVersion.Save(canvas, [], " ", 3, "Ann", Now)).MessageKey);
    }

    /// <summary>Records with list members compare lists by reference; compare them by content.</summary>
    internal sealed class SnapshotComparer : IEqualityComparer<VisionSnapshot>
    {
        public static readonly SnapshotComparer Instance = new();

        public bool Equals(VisionSnapshot? x, VisionSnapshot? y) =>
            x is not null && y is not null
            && x with { Policies = [], Notes = [] } == y with { Policies = [], Notes = [] }
            && x.Policies.SequenceEqual(y.Policies)
            && x.Notes.SequenceEqual(y.Notes);

        public int GetHashCode(VisionSnapshot obj) => 0;
    }
}
