using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Circulair.Library;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>
/// The instance administrator adds a funding programme or call, or changes one (a shipped programme then gets a stored
/// row under its key that replaces it; decision 0285), including the date it was last checked against the funder's
/// page. "Nagekeken vandaag" only moves that date.
/// </summary>
public sealed class FundingEditModel(CirculairDbContext db, KnowledgeLibrary library, Text t, TimeProvider clock) : LibraryAdminPageModel
{
    [FromRoute]
    public string? Key { get; set; }

    [BindProperty]
    public FundingCallInput Input { get; set; } = new();

    public FundingCall? Existing { get; private set; }

    public bool IsNew => Key is null;

    public bool CanRevert { get; private set; }

    public bool CanRemove { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }
        Input = Existing is null ? new FundingCallInput { LastChecked = LibraryFields.Date(Today) } : FundingCallInput.From(Existing);
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
            Input.Key = Existing.Key;
        }
        var (call, problems) = FundingCatalogue.CheckRow(0, LibraryFields.Reader(Input.Fields()));
        LibraryProblemText.AddTo(ModelState, problems, FundingCallInput.FieldOf, Label, t);
        if (IsNew && call is not null && library.Funding.Find(call.Key) is not null)
        {
            ModelState.AddModelError("Input.Key", t["Library.Admin.KeyTakenForm", Label(nameof(FundingCallInput.Key))]);
        }
        if (!ModelState.IsValid || call is null)
        {
            return Page();
        }
        await StoreAsync(call, ct);
        TempData["Flash"] = IsNew ? "Library.Admin.CallAdded" : "Library.Admin.CallSaved";
        return Redirect($"/library/funding#call-{call.Key}");
    }

    /// <summary>The programme was checked today and nothing else changed.</summary>
    public async Task<IActionResult> OnPostCheckedAsync(CancellationToken ct)
    {
        if (!Load() || Existing is null)
        {
            return NotFound();
        }
        await StoreAsync(Existing with { LastChecked = Today }, ct);
        TempData["Flash"] = "Library.Admin.CallChecked";
        return Redirect($"/library/funding#call-{Existing.Key}");
    }

    public async Task<IActionResult> OnPostRevertAsync(CancellationToken ct)
    {
        if (!Load() || Existing is null)
        {
            return NotFound();
        }
        await db.InstanceFundingCalls.Where(r => r.Key == Existing.Key).ExecuteDeleteAsync(ct);
        library.Refresh();
        TempData["Flash"] = library.Funding.Find(Existing.Key) is null ? "Library.Admin.CallRemoved" : "Library.Admin.CallReverted";
        return Redirect("/library/funding");
    }

    private async Task StoreAsync(FundingCall call, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.InstanceFundingCalls.FirstOrDefaultAsync(r => r.Key == call.Key, ct);
        if (row is null)
        {
            db.InstanceFundingCalls.Add(new InstanceFundingCall(call, AdministratorName, now));
        }
        else
        {
            row.Take(call, AdministratorName, now);
        }
        await db.SaveChangesAsync(ct);
        library.Refresh();
    }

    private bool Load()
    {
        if (Key is null)
        {
            return true;
        }
        Existing = library.Funding.Find(Key);
        if (Existing is null)
        {
            return false;
        }
        var stored = library.IsStoredCall(Existing.Key);
        var shipped = library.ShippedFunding.Find(Existing.Key) is not null;
        CanRevert = stored && shipped;
        CanRemove = stored && !shipped;
        return true;
    }

    private string Label(string property) =>
        typeof(FundingCallInput).GetProperty(property)?.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? t[key] : property;
}
