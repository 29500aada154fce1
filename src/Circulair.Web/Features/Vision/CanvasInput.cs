using System.ComponentModel.DataAnnotations;
using Circulair.Vision;

namespace Circulair.Web.Features.Vision;

/// <summary>
/// The whole canvas as one form. Every button of the page submits it (save, add/remove/move a note), so
/// nothing typed elsewhere on the page is lost by pressing one of them without JavaScript.
/// </summary>
public sealed class CanvasInput
{
    [Display(Name = "Vision.Block.Waarom")]
    [StringLength(VisionCanvas.BlockTextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Why { get; set; }

    [Display(Name = "Vision.Block.Resultaten")]
    [StringLength(VisionCanvas.BlockTextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Results { get; set; }

    [Display(Name = "Vision.Block.WatLeeftErAl")]
    [StringLength(VisionCanvas.BlockTextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? AlreadyHappening { get; set; }

    [Display(Name = "Vision.Field.Statement")]
    [StringLength(VisionCanvas.StatementMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Statement { get; set; }

    public List<VisionFocus> Focus { get; set; } = [];

    public List<PolicyInput> Policies { get; set; } = [];

    public List<NoteInput> Notes { get; set; } = [];

    /// <summary>One "new note" entry per block, in block order.</summary>
    public List<NewNoteInput> NewNotes { get; set; } = [];

    public string? TextOf(VisionBlock block) => block switch
    {
        VisionBlock.Waarom => Why,
        VisionBlock.Resultaten => Results,
        _ => AlreadyHappening,
    };

    public static string PropertyOf(VisionBlock block) => block switch
    {
        VisionBlock.Waarom => nameof(Why),
        VisionBlock.Resultaten => nameof(Results),
        _ => nameof(AlreadyHappening),
    };

    public static CanvasInput From(VisionCanvas? canvas) => new()
    {
        Why = canvas?.Why,
        Results = canvas?.Results,
        AlreadyHappening = canvas?.AlreadyHappening,
        Statement = canvas?.Statement,
        Focus = canvas is null ? [] : [.. canvas.Focus.Split()],
        Policies = [.. Enum.GetValues<VisionPolicy>().Select(p =>
        {
            var cited = canvas?.Policies.FirstOrDefault(x => x.Policy == p);
            return new PolicyInput { Policy = p, Picked = cited is not null, Comment = cited?.Comment };
        })],
        Notes = canvas is null ? [] : [.. Enum.GetValues<VisionBlock>().SelectMany(canvas.NotesIn)
            .Select(n => new NoteInput { Key = n.Key, Block = n.Block, Text = n.Text, Colour = n.Colour, Position = n.Position })],
        NewNotes = [.. Enum.GetValues<VisionBlock>().Select(b => new NewNoteInput { Block = b })],
    };

    /// <summary>Fills the parts a tampered or partial post may lack, so the page can always render every block and policy.</summary>
    public void Complete()
    {
        foreach (var p in Enum.GetValues<VisionPolicy>().Where(p => Policies.All(x => x.Policy != p)))
        {
            Policies.Add(new PolicyInput { Policy = p });
        }
        Policies = [.. Policies.Where(p => Enum.IsDefined(p.Policy)).GroupBy(p => p.Policy).Select(g => g.First()).OrderBy(p => p.Policy)];
        var blocks = Enum.GetValues<VisionBlock>();
        if (NewNotes.Count != blocks.Length || NewNotes.Select(n => n.Block).Where(Enum.IsDefined).Distinct().Count() != blocks.Length)
        {
            NewNotes = [.. blocks.Select(b => NewNotes.FirstOrDefault(n => n.Block == b) ?? new NewNoteInput { Block = b })];
        }
    }
}

public sealed class PolicyInput
{
    public VisionPolicy Policy { get; set; }

    public bool Picked { get; set; }

    [Display(Name = "Vision.Field.PolicyComment")]
    [StringLength(VisionCanvas.PolicyCommentMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Comment { get; set; }
}

public sealed class NoteInput
{
    public Guid Key { get; set; }

    public VisionBlock Block { get; set; }

    [Display(Name = "Vision.Field.NoteText")]
    [Required(ErrorMessage = "Vision.Validation.NoteTextRequired")]
    [StringLength(VisionNote.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Text { get; set; }

    [Display(Name = "Vision.Field.NoteColour")]
    public NoteColour Colour { get; set; } = NoteColour.Geel;

    /// <summary>Place in the block as the page showed it; the drag-and-drop enhancement rewrites it.</summary>
    public int Position { get; set; }
}

public sealed class NewNoteInput
{
    public VisionBlock Block { get; set; }

    [Display(Name = "Vision.Field.NewNoteText")]
    [StringLength(VisionNote.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Text { get; set; }

    [Display(Name = "Vision.Field.NoteColour")]
    public NoteColour Colour { get; set; } = NoteColour.Geel;
}
