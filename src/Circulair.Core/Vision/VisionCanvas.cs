using Circulair.Persistence;

namespace Circulair.Vision;

/// <summary>
/// The working copy of Tool 3 ("Visie … Circulair 2030", guide ch. 5.1.2) for one strategy trajectory: the three
/// blocks with free text and sticky notes, the focus choices, the policy context the vision cites, and the
/// vision statement itself. There is one canvas per trajectory; <see cref="VisionVersion"/> keeps labelled,
/// immutable snapshots of it.
/// </summary>
public sealed class VisionCanvas : IOrganisationScoped
{
    public const int BlockTextMaxLength = 4000;
    public const int StatementMaxLength = 1000;
    public const int PolicyCommentMaxLength = 1000;
    public const int MaxNotesPerBlock = 60;

    private readonly List<VisionNote> _notes = [];
    private readonly List<VisionPolicyReference> _policies = [];

    private VisionCanvas() { }

    public VisionCanvas(int organisationId, int trajectoryId, DateTime now)
    {
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }

    /// <summary>Block "Waarom": why a circular strategy, which challenges, why it matters to others.</summary>
    public string? Why { get; private set; }

    /// <summary>Block "Resultaten": the result, added value and impact aimed for, where we stand in 5–10 years.</summary>
    public string? Results { get; private set; }

    /// <summary>Block "Wat leeft er al": what already exists around the challenge and how we add to it.</summary>
    public string? AlreadyHappening { get; private set; }

    /// <summary>The vision statement that Tool 4 (AMORE) rates.</summary>
    public string? Statement { get; private set; }

    public VisionFocus Focus { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<VisionNote> Notes => _notes;
    public IReadOnlyList<VisionPolicyReference> Policies => _policies;

    public bool IsEmpty =>
        Why is null && Results is null && AlreadyHappening is null && Statement is null && Focus == VisionFocus.None && _notes.Count == 0 && _policies.Count == 0;

    public string? TextOf(VisionBlock block) => block switch
    {
        VisionBlock.Waarom => Why,
        VisionBlock.Resultaten => Results,
        VisionBlock.WatLeeftErAl => AlreadyHappening,
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    public IEnumerable<VisionNote> NotesIn(VisionBlock block) => _notes.Where(n => n.Block == block).OrderBy(n => n.Position);

    public void Describe(string? why, string? results, string? alreadyHappening, string? statement, VisionFocus focus, DateTime now)
    {
        Why = Clean(why, BlockTextMaxLength);
        Results = Clean(results, BlockTextMaxLength);
        AlreadyHappening = Clean(alreadyHappening, BlockTextMaxLength);
        Statement = Clean(statement, StatementMaxLength);
        Focus = focus & VisionFocusRules.All;
        UpdatedAt = now;
    }

    /// <summary>Picks the policies the vision cites, each with an optional comment; others are dropped.</summary>
    public void CitePolicies(IReadOnlyDictionary<VisionPolicy, string?> picked, DateTime now)
    {
        foreach (var existing in _policies.Where(p => !picked.ContainsKey(p.Policy)).ToList())
        {
            _policies.Remove(existing);
        }
        foreach (var (policy, comment) in picked.OrderBy(p => p.Key))
        {
            if (!Enum.IsDefined(policy))
            {
                throw new DomainException("Errors.NotFound");
            }
            var text = Clean(comment, PolicyCommentMaxLength);
            var existing = _policies.FirstOrDefault(p => p.Policy == policy);
            if (existing is null)
            {
                _policies.Add(new VisionPolicyReference(OrganisationId, this, policy, text));
            }
            else
            {
                existing.Comment = text;
            }
        }
        UpdatedAt = now;
    }

    public VisionNote AddNote(VisionBlock block, string text, NoteColour colour, DateTime now, Guid? key = null)
    {
        if (!Enum.IsDefined(block))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (_notes.Count(n => n.Block == block) >= MaxNotesPerBlock)
        {
            throw new DomainException("Vision.Error.VisionTooManyNotes", MaxNotesPerBlock);
        }
        var position = _notes.Where(n => n.Block == block).Select(n => n.Position).DefaultIfEmpty(0).Max() + 1;
        var note = new VisionNote(OrganisationId, this, key ?? Guid.NewGuid(), block, position);
        note.Change(text, colour);
        _notes.Add(note);
        UpdatedAt = now;
        return note;
    }

    public VisionNote Note(Guid key) => _notes.FirstOrDefault(n => n.Key == key) ?? throw new DomainException("Errors.NotFound");

    public void EditNote(Guid key, string text, NoteColour colour, DateTime now)
    {
        Note(key).Change(text, colour);
        UpdatedAt = now;
    }

    public void RemoveNote(Guid key, DateTime now)
    {
        var note = Note(key);
        _notes.Remove(note);
        Renumber(note.Block);
        UpdatedAt = now;
    }

    /// <summary>Moves a note one place up (-1) or down (+1) within its block; at the edge nothing moves.</summary>
    public void MoveNote(Guid key, int direction, DateTime now)
    {
        var note = Note(key);
        var ordered = NotesIn(note.Block).ToList();
        var index = ordered.IndexOf(note);
        var target = index + Math.Sign(direction);
        if (target < 0 || target >= ordered.Count)
        {
            return;
        }
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
        UpdatedAt = now;
    }

    /// <summary>
    /// Puts the notes of a block in the given order (keys of notes in that block; e.g. after dragging). Notes
    /// not named keep their relative order after the named ones, so a stale page never loses a note.
    /// </summary>
    public void ReorderNotes(VisionBlock block, IReadOnlyList<Guid> keys, DateTime now)
    {
        var inBlock = NotesIn(block).ToList();
        var ordered = keys.Distinct().Select(k => inBlock.FirstOrDefault(n => n.Key == k)).OfType<VisionNote>().ToList();
        ordered.AddRange(inBlock.Where(n => !ordered.Contains(n)));
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
        UpdatedAt = now;
    }

    public VisionSnapshot Snapshot() => new(
        VisionSnapshot.CurrentSchema,
        Why,
        Results,
        AlreadyHappening,
        Statement,
        Focus,
        [.. _policies.OrderBy(p => p.Policy).Select(p => new SnapshotPolicy(p.Policy, p.Comment))],
        [.. _notes.OrderBy(n => n.Block).ThenBy(n => n.Position).Select(n => new SnapshotNote(n.Key, n.Block, n.Text, n.Colour, n.Position))]);

    /// <summary>Makes the working copy equal to a snapshot (restoring a version). Notes keep their keys, so comparisons still match them.</summary>
    public void RestoreFrom(VisionSnapshot snapshot, DateTime now)
    {
        Describe(snapshot.Why, snapshot.Results, snapshot.AlreadyHappening, snapshot.Statement, snapshot.Focus, now);
        CitePolicies(snapshot.Policies.ToDictionary(p => p.Policy, p => p.Comment), now);
        var wanted = snapshot.Notes.Select(n => n.Key).ToHashSet();
        foreach (var gone in _notes.Where(n => !wanted.Contains(n.Key)).ToList())
        {
            _notes.Remove(gone);
        }
        foreach (var s in snapshot.Notes)
        {
            var note = _notes.FirstOrDefault(n => n.Key == s.Key && n.Block == s.Block);
            if (note is null)
            {
                _notes.RemoveAll(n => n.Key == s.Key);
                note = new VisionNote(OrganisationId, this, s.Key, s.Block, s.Position);
                _notes.Add(note);
            }
            note.Change(s.Text, s.Colour);
            note.Position = s.Position;
        }
        foreach (var block in Enum.GetValues<VisionBlock>())
        {
            Renumber(block);
        }
        UpdatedAt = now;
    }

    private void Renumber(VisionBlock block)
    {
        var position = 1;
        foreach (var n in NotesIn(block).ToList())
        {
            n.Position = position++;
        }
    }

    internal static string? Clean(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim().ReplaceLineEndings("\n");
        if (trimmed.Length > maxLength)
        {
            throw new DomainException("Vision.Error.VisionTextTooLong", maxLength);
        }
        return trimmed;
    }
}

/// <summary>A sticky note on the canvas. <see cref="Key"/> identifies it across versions (restores keep it).</summary>
public sealed class VisionNote : IOrganisationScoped
{
    public const int TextMaxLength = 500;

    private VisionNote()
    {
        Text = "";
    }

    internal VisionNote(int organisationId, VisionCanvas canvas, Guid key, VisionBlock block, int position)
    {
        OrganisationId = organisationId;
        Canvas = canvas;
        Key = key;
        Block = block;
        Position = position;
        Text = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CanvasId { get; private set; }
    public VisionCanvas Canvas { get; private set; } = null!;
    public Guid Key { get; private set; }
    public VisionBlock Block { get; private set; }
    public string Text { get; private set; }
    public NoteColour Colour { get; private set; }
    public int Position { get; internal set; }

    internal void Change(string text, NoteColour colour)
    {
        var clean = VisionCanvas.Clean(text, TextMaxLength) ?? throw new DomainException("Vision.Error.VisionNoteEmpty");
        if (!Enum.IsDefined(colour))
        {
            throw new DomainException("Errors.NotFound");
        }
        Text = clean;
        Colour = colour;
    }
}

/// <summary>A policy plan the vision positions itself against, with the team's comment on how.</summary>
public sealed class VisionPolicyReference : IOrganisationScoped
{
    private VisionPolicyReference() { }

    internal VisionPolicyReference(int organisationId, VisionCanvas canvas, VisionPolicy policy, string? comment)
    {
        OrganisationId = organisationId;
        Canvas = canvas;
        Policy = policy;
        Comment = comment;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CanvasId { get; private set; }
    public VisionCanvas Canvas { get; private set; } = null!;
    public VisionPolicy Policy { get; private set; }
    public string? Comment { get; internal set; }
}

/// <summary>The three blocks of Tool 3. "Wat leeft er al" is our reading of the block the guide's PDF garbles.</summary>
public enum VisionBlock
{
    Waarom = 1,
    Resultaten = 2,
    WatLeeftErAl = 3,
}

/// <summary>The focus questions of guide ch. 5.1.2; several may apply.</summary>
[Flags]
public enum VisionFocus
{
    None = 0,
    BurgersActiveren = 1,
    Ondernemerschap = 2,
    JobsSocialeEconomie = 4,
    Klimaatplan = 8,
}

public static class VisionFocusRules
{
    public const VisionFocus All = VisionFocus.BurgersActiveren | VisionFocus.Ondernemerschap | VisionFocus.JobsSocialeEconomie | VisionFocus.Klimaatplan;

    public static IReadOnlyList<VisionFocus> Each { get; } = [VisionFocus.BurgersActiveren, VisionFocus.Ondernemerschap, VisionFocus.JobsSocialeEconomie, VisionFocus.Klimaatplan];

    public static IEnumerable<VisionFocus> Split(this VisionFocus focus) => Each.Where(f => focus.HasFlag(f));

    public static VisionFocus Combine(IEnumerable<VisionFocus> choices) => choices.Aggregate(VisionFocus.None, (a, f) => a | f) & All;
}

/// <summary>The policy context the guide (ch. 5.1.2) suggests citing.</summary>
public enum VisionPolicy
{
    EuActieplan = 1,
    FederaalActieplan = 2,
    VlaanderenCirculair = 3,
    LokaalMaterialenplan = 4,
    Lekp = 5,
}

/// <summary>
/// The fixed palette of sticky-note colours. Each is a light tint on which the body text meets WCAG AA; the
/// colour carries no meaning of its own and its name is always given in text too.
/// </summary>
public enum NoteColour
{
    Geel = 1,
    Groen = 2,
    Blauw = 3,
    Roze = 4,
    Oranje = 5,
    Paars = 6,
}
