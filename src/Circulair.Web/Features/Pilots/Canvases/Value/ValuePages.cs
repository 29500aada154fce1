using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Circulair.Reference;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Canvases.Value;

/// <summary>Shared by the value proposition canvas pages: the pilot's one canvas (or none yet).</summary>
public abstract class ValuePageModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public PilotValueCanvas? Canvas { get; private set; }

    protected async Task<bool> LoadCanvasAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        Canvas = await Db.PilotValueCanvases.InOrganisation(Org.Id).Include(c => c.Items).FirstOrDefaultAsync(c => c.PilotId == Pilot.Id, ct);
        return true;
    }

    public CanvasToolbar Toolbar => new(Link(), PilotCanvasTypes.Value, Canvas!.CanvasKey, "/value-proposition/print");
}

/// <summary>The value proposition canvas (Tool 11) with its fit check and circularity check; starts a canvas when there is none.</summary>
public sealed class CanvasModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : ValuePageModel(db, current)
{
    [BindProperty]
    public bool FromSketch { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadCanvasAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (!await LoadCanvasAsync(ct))
        {
            return NotFound();
        }
        if (Canvas is null)
        {
            var canvas = new PilotValueCanvas(Pilot, clock.GetUtcNow().UtcDateTime);
            if (FromSketch)
            {
                canvas.Describe(ValueSketch.From(Pilot.PersonaSketch, Pilot.ValueSketch));
            }
            Db.PilotValueCanvases.Add(canvas);
            await Db.SaveChangesAsync(ct);
            TempData["Flash"] = "Canvases.Value.Started";
        }
        return Redirect(Link("/value-proposition/edit"));
    }
}

/// <summary>The canvas on one A3 landscape page.</summary>
public sealed class PrintModel(CirculairDbContext db, CurrentOrganisation current) : ValuePageModel(db, current)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadCanvasAsync(ct) && Canvas is not null ? Page() : NotFound();
}

/// <summary>A canvas started from the pilot's sketches: the persona sketch names the segment, the value sketch is the first offer.</summary>
public static class ValueSketch
{
    public static ValueCanvasSnapshot From(string? personaSketch, string? valueSketch) => new()
    {
        Segment = personaSketch is { Length: <= PilotValueCanvas.SegmentMaxLength } ? personaSketch : personaSketch?[..PilotValueCanvas.SegmentMaxLength],
        Items = valueSketch is null ? [] : [new ValueItem(Guid.NewGuid(), ValueItemKind.ProductDienst, valueSketch.Length <= PilotValueItem.TextMaxLength ? valueSketch : valueSketch[..PilotValueItem.TextMaxLength], [])],
    };
}

public sealed class ValueItemInput
{
    public Guid? Key { get; set; }
    public ValueItemKind Kind { get; set; }
    public string? Text { get; set; }
    public string? RStrategy { get; set; }
    public string? HigherStep { get; set; }
    public List<Guid> Answers { get; set; } = [];
}

public sealed class ValueCanvasInput
{
    public string? Segment { get; set; }
    public List<ValueItemInput> Items { get; set; } = [];

    public static ValueCanvasInput From(PilotValueCanvas c) => new()
    {
        Segment = c.Segment,
        Items = [.. c.Items.OrderBy(i => i.Position).Select(i => new ValueItemInput { Key = i.Key, Kind = i.Kind, Text = i.Text, RStrategy = i.RStrategy, HigherStep = i.HigherStep, Answers = [.. i.AnswerKeys] })],
    };
}

/// <summary>
/// Edits the whole canvas in one form, so nothing typed is lost without JavaScript: every part lists its items and two
/// empty rows; an emptied text removes its item. Relievers and creators tick the pains and gains they answer.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : ValuePageModel(db, current)
{
    public const int BlankRows = 2;

    [BindProperty]
    public ValueCanvasInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCanvasAsync(ct) || Canvas is null)
        {
            return NotFound();
        }
        Input = ValueCanvasInput.From(Canvas);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadCanvasAsync(ct) || Canvas is null)
        {
            return NotFound();
        }
        if (Input.Segment?.Trim().Length > PilotValueCanvas.SegmentMaxLength)
        {
            ModelState.AddModelError("Input.Segment", t["Shared.Validation.TooLong", t["Canvases.Value.Field.Segment"], PilotValueCanvas.SegmentMaxLength]);
        }
        for (var i = 0; i < Input.Items.Count; i++)
        {
            var item = Input.Items[i];
            if (!Enum.IsDefined(item.Kind))
            {
                return NotFound();
            }
            if (item.Text?.Trim().Length > PilotValueItem.TextMaxLength)
            {
                ModelState.AddModelError($"Input.Items[{i}].Text", t["Canvases.Validation.ItemTooLong", PilotValueItem.TextMaxLength]);
            }
            if (item.HigherStep?.Trim().Length > PilotValueItem.TextMaxLength)
            {
                ModelState.AddModelError($"Input.Items[{i}].HigherStep", t["Canvases.Validation.ItemTooLong", PilotValueItem.TextMaxLength]);
            }
            if (!string.IsNullOrEmpty(item.RStrategy) && RLadder.Find(item.RStrategy) is null)
            {
                ModelState.AddModelError($"Input.Items[{i}].RStrategy", t["Canvases.Validation.UnknownRStep"]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Canvas.Describe(new ValueCanvasSnapshot
        {
            Segment = Input.Segment,
            Items = [.. Input.Items.Where(i => !string.IsNullOrWhiteSpace(i.Text)).Select(i => new ValueItem(i.Key ?? Guid.NewGuid(), i.Kind, i.Text!.Trim(), i.Answers,
                i.Kind == ValueItemKind.ProductDienst && !string.IsNullOrEmpty(i.RStrategy) ? i.RStrategy : null,
                i.Kind == ValueItemKind.ProductDienst ? i.HigherStep : null))],
        });
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Canvases.Value.Saved";
        return Redirect(Link("/value-proposition"));
    }
}
