using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>
/// Tool 3, the vision canvas of one trajectory (the working copy). A Lezer reads it; a Teamlid edits texts,
/// notes, focus, policy context and statement. One form carries everything; the pressed button
/// (<see cref="Command"/>) says what else to do: add a note to a block, remove or move one.
/// </summary>
public sealed class CanvasModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CanvasInput Input { get; set; } = new();

    /// <summary>"save", "add:{block}", "remove:{key}", "up:{key}" or "down:{key}".</summary>
    [BindProperty]
    public string? Command { get; set; }

    public VisionTrajectory Trajectory { get; private set; } = null!;
    public VisionSnapshot Saved { get; private set; } = VisionSnapshot.Empty;
    public DateTime? UpdatedAt { get; private set; }
    public int? CanvasId { get; private set; }
    public int VersionCount { get; private set; }
    public bool CanEdit => current.Value.Can(Circulair.Organisations.OrganisationRole.Teamlid);
    public IReadOnlyList<SelectListItem> ColourItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        var canvas = await LoadAsync(trajectoryId, ct);
        if (Trajectory is null)
        {
            return NotFound();
        }
        Input = CanvasInput.From(canvas);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, CancellationToken ct)
    {
        var canvas = await LoadAsync(trajectoryId, ct);
        if (Trajectory is null)
        {
            return NotFound();
        }
        Input.Complete();
        var (verb, argument) = Parse(Command);
        if (verb == "remove" && Guid.TryParse(argument, out var removing))
        {
            // A note being removed need not be valid any more.
            var index = Input.Notes.FindIndex(n => n.Key == removing);
            if (index >= 0)
            {
                foreach (var stateKey in ModelState.Keys.Where(k => k.StartsWith($"Input.Notes[{index}].", StringComparison.Ordinal)).ToList())
                {
                    ModelState.Remove(stateKey);
                }
            }
        }
        VisionBlock? adding = verb == "add" && Enum.TryParse<VisionBlock>(argument, out var b) && Enum.IsDefined(b) ? b : null;
        if (adding is { } block)
        {
            var i = Input.NewNotes.FindIndex(n => n.Block == block);
            if (string.IsNullOrWhiteSpace(Input.NewNotes[i].Text))
            {
                ModelState.AddModelError($"Input.NewNotes[{i}].Text", t["Vision.Validation.NewNoteTextRequired"]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (canvas is null)
        {
            canvas = new VisionCanvas(current.Value.Id, Trajectory.Id, now);
            db.VisionCanvases.Add(canvas);
        }
        canvas.Describe(Input.Why, Input.Results, Input.AlreadyHappening, Input.Statement, VisionFocusRules.Combine(Input.Focus.Where(Enum.IsDefined)), now);
        canvas.CitePolicies(Input.Policies.Where(p => p.Picked).ToDictionary(p => p.Policy, p => p.Comment), now);
        foreach (var note in Input.Notes.Where(n => Enum.IsDefined(n.Block) && (verb != "remove" || n.Key.ToString() != argument)))
        {
            if (canvas.Notes.Any(n => n.Key == note.Key))
            {
                canvas.EditNote(note.Key, note.Text!, note.Colour, now);
            }
            else if (note.Key != Guid.Empty)
            {
                // Someone else removed it meanwhile; what this person typed is kept.
                canvas.AddNote(note.Block, note.Text!, note.Colour, now, note.Key);
            }
        }
        foreach (var group in Input.Notes.GroupBy(n => n.Block).Where(g => Enum.IsDefined(g.Key)))
        {
            canvas.ReorderNotes(group.Key, [.. group.OrderBy(n => n.Position).Select(n => n.Key)], now);
        }
        // "Canvas opslaan" leads back to the top, where the message says it was saved; only adding a note leads to that note.
        string anchor = "";
        foreach (var added in Input.NewNotes.Where(n => !string.IsNullOrWhiteSpace(n.Text)))
        {
            var note = canvas.AddNote(added.Block, added.Text!, added.Colour, now);
            if (verb == "add")
            {
                anchor = $"#note-{note.Key}";
            }
        }
        if (Guid.TryParse(argument, out var key) && canvas.Notes.Any(n => n.Key == key))
        {
            var noteBlock = canvas.Note(key).Block;
            switch (verb)
            {
                case "remove":
                    canvas.RemoveNote(key, now);
                    anchor = $"#notes-{noteBlock}";
                    break;
                case "up":
                case "down":
                    canvas.MoveNote(key, verb == "up" ? -1 : 1, now);
                    anchor = $"#note-{key}";
                    break;
            }
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = verb switch
        {
            "add" => "Vision.Canvas.NoteAdded",
            "remove" => "Vision.Canvas.NoteRemoved",
            "up" or "down" => "Vision.Canvas.NoteMoved",
            _ => "Vision.Canvas.Saved",
        };
        return Redirect(Trajectory.Url(current.Value.Slug) + anchor);
    }

    private static (string Verb, string Argument) Parse(string? command)
    {
        var parts = (command ?? "save").Split(':', 2);
        return (parts[0], parts.Length > 1 ? parts[1] : "");
    }

    private async Task<VisionCanvas?> LoadAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "vision";
        ColourItems = [.. Enum.GetValues<NoteColour>().Select(c => new SelectListItem(t.Enum(c), c.ToString()))];
        Trajectory = (await VisionTrajectory.FindAsync(db, current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return null;
        }
        var canvas = await CanvasAsync(ct);
        Saved = canvas?.Snapshot() ?? VisionSnapshot.Empty;
        UpdatedAt = canvas?.UpdatedAt;
        CanvasId = canvas?.Id;
        VersionCount = await db.VisionVersions.InOrganisation(current.Value.Id).CountAsync(v => v.TrajectoryId == trajectoryId, ct);
        return canvas;
    }

    private Task<VisionCanvas?> CanvasAsync(CancellationToken ct) =>
        db.VisionCanvases.InOrganisation(current.Value.Id)
            .Include(c => c.Notes)
            .Include(c => c.Policies)
            .FirstOrDefaultAsync(c => c.TrajectoryId == Trajectory.Id, ct);
}
