using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Circulair.Library;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>
/// The instance administrator adds a case to the library, or changes one (a shipped case then gets a stored row under
/// its key that replaces it; decision 0285). "Terug naar de versie van de gids" removes the stored row again.
/// </summary>
public sealed class CaseEditModel(CirculairDbContext db, KnowledgeLibrary library, Text t, TimeProvider clock) : LibraryAdminPageModel
{
    [FromRoute]
    public string? Key { get; set; }

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public LibraryCase? Existing { get; private set; }

    public bool IsNew => Key is null;

    /// <summary>A stored row holds this key and the shipped library has it too: the administrator can go back to the shipped text.</summary>
    public bool CanRevert { get; private set; }

    /// <summary>A stored row holds this key and nothing is shipped under it: removing it removes the case.</summary>
    public bool CanRemove { get; private set; }

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }
        Input = Existing is null ? new CaseInput() : CaseInput.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Load())
        {
            return NotFound();
        }
        if (Existing is not null)
        {
            // The key is the lineage of every clone: it never changes on an existing case.
            Input.Key = Existing.Key;
        }
        var (checkedCase, problems) = CaseLibrary.CheckRow(0, LibraryFields.Reader(Input.Fields()), fromGuide: false);
        LibraryProblemText.AddTo(ModelState, problems, CaseInput.FieldOf, Label, t);
        if (IsNew && checkedCase is not null && library.Cases.Find(checkedCase.Key) is not null)
        {
            ModelState.AddModelError("Input.Key", t["Library.Admin.KeyTakenForm", Label(nameof(CaseInput.Key))]);
        }
        if (!ModelState.IsValid || checkedCase is null)
        {
            return Page();
        }
        var c = checkedCase with { Chapter = Existing?.Chapter };
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.InstanceCases.FirstOrDefaultAsync(r => r.Key == c.Key, ct);
        if (row is null)
        {
            db.InstanceCases.Add(new InstanceCase(c, AdministratorName, now));
        }
        else
        {
            row.Take(c, AdministratorName, now);
        }
        await db.SaveChangesAsync(ct);
        library.Refresh();
        TempData["Flash"] = IsNew ? "Library.Admin.CaseAdded" : "Library.Admin.CaseSaved";
        return Redirect($"/library/cases/{c.Key}");
    }

    /// <summary>Removes the stored row: a replaced shipped case shows its shipped text again, an added case leaves the library.</summary>
    public async Task<IActionResult> OnPostRevertAsync(CancellationToken ct)
    {
        if (!Load() || Existing is null)
        {
            return NotFound();
        }
        await db.InstanceCases.Where(r => r.Key == Existing.Key).ExecuteDeleteAsync(ct);
        library.Refresh();
        if (library.Cases.Find(Existing.Key) is null)
        {
            TempData["Flash"] = "Library.Admin.CaseRemoved";
            return Redirect("/library/admin");
        }
        TempData["Flash"] = "Library.Admin.CaseReverted";
        return Redirect($"/library/cases/{Existing.Key}");
    }

    private bool Load()
    {
        if (Key is null)
        {
            return true;
        }
        Existing = library.Cases.Find(Key);
        if (Existing is null)
        {
            return false;
        }
        var stored = library.IsStoredCase(Existing.Key);
        var shipped = library.ShippedCases.Find(Existing.Key) is not null;
        CanRevert = stored && shipped;
        CanRemove = stored && !shipped;
        return true;
    }

    private string Label(string property) =>
        typeof(CaseInput).GetProperty(property)?.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? t[key] : property;
}
