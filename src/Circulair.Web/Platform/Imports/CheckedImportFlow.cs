using Circulair.Imports;
using Circulair.Persistence;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.Imports;

/// <summary>
/// What one import page tells the kernel: which waiting-draft kind it uses, the sheet's name and limits, and the
/// prefix of its message keys (<c>{Prefix}.NoFile</c>, <c>.TooLarge</c>, <c>.Problem.TooManyRows</c>,
/// <c>.Expired</c>, <c>.RowsWithProblems</c>, and the page texts the shared view shows).
/// </summary>
public sealed record CheckedImportSetup(SheetImportKind Kind, string SheetName, int MaxRows, long MaxUploadBytes, string Prefix);

/// <summary>Whose waiting import it is: the organisation (null for the instance administrator's instance-wide imports), the strategy for a strategy's import, and the person.</summary>
public sealed record CheckedImportOwner(int? OrganisationId, int? TrajectoryId, int UserId);

/// <summary>The state an import page shows after a step: the plan (null when the file itself was refused), the file's name, the draft to confirm, and whether the import was written.</summary>
public sealed record CheckedImportStep<TPlan>(TPlan? Plan, string? FileName, string? DraftId, bool Written) where TPlan : class, ICheckedPlan;

/// <summary>
/// The web half of the checked-import kernel (decision 0233), the same for every spreadsheet import: upload → read
/// (<see cref="SheetUpload"/>, one table reader) → check (the import's pure <see cref="ICheckedImport{TContext,TPlan}"/>
/// against a context loaded once) → preview, with the checked cells waiting as a draft (<see cref="SheetImportDrafts"/>) →
/// confirm → checked again against what the database holds now → applied and the draft removed in one save, or
/// nothing. Problems go to the <c>Upload</c> field, so the shared view and the error summary show them.
/// </summary>
public sealed class CheckedImportFlow(CirculairDbContext db, Text t, TimeProvider clock)
{
    public const string Field = "Upload";

    public async Task<CheckedImportStep<TPlan>> PreviewAsync<TContext, TPlan>(
        CheckedImportSetup setup, CheckedImportOwner owner, IFormFile? upload, ModelStateDictionary modelState,
        ICheckedImport<TContext, TPlan> import, Func<CancellationToken, Task<TContext>> load, Func<TPlan, IEnumerable<string>> fileProblems, CancellationToken ct)
        where TPlan : class, ICheckedPlan
    {
        var read = await SheetUpload.ReadAsync(upload, setup.SheetName, setup.MaxRows, setup.MaxUploadBytes,
            new SheetUploadMessages(setup.Prefix + ".NoFile", setup.Prefix + ".TooLarge", setup.Prefix + ".Problem.TooManyRows"), t, ct);
        if (read is not { Sheet: { } sheet, FileName: { } fileName })
        {
            modelState.AddModelError(Field, read.Error!);
            return new(null, read.FileName, null, false);
        }
        var plan = import.Check(sheet, await load(ct));
        if (!plan.CanApply())
        {
            AddErrors(setup, plan, modelState, fileProblems);
            return new(plan, fileName, null, false);
        }
        var draftId = await SheetImportDrafts.KeepAsync(db, setup.Kind, owner.OrganisationId, owner.TrajectoryId, owner.UserId, fileName, sheet,
            clock.GetUtcNow().UtcDateTime, ct);
        return new(plan, fileName, draftId, false);
    }

    /// <summary>
    /// Applies the waiting sheet under <paramref name="draftId"/>: <paramref name="apply"/> changes the tracked entities
    /// (it may load them first); the save that follows also removes the draft. <paramref name="conflictKey"/>, when
    /// given, is the message for a unique constraint a colleague's change broke in the meantime (nothing is written).
    /// </summary>
    public async Task<CheckedImportStep<TPlan>> ConfirmAsync<TContext, TPlan>(
        CheckedImportSetup setup, CheckedImportOwner owner, string? draftId, ModelStateDictionary modelState,
        ICheckedImport<TContext, TPlan> import, Func<CancellationToken, Task<TContext>> load, Func<TPlan, IEnumerable<string>> fileProblems,
        Func<TPlan, CancellationToken, Task> apply, string? conflictKey, CancellationToken ct)
        where TPlan : class, ICheckedPlan
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await SheetImportDrafts.FindAsync(db, setup.Kind, draftId, owner.OrganisationId, owner.TrajectoryId, owner.UserId, now, ct) is not { Draft: var draft, Sheet: var sheet })
        {
            modelState.AddModelError(Field, t[setup.Prefix + ".Expired"]);
            return new(null, null, null, false);
        }
        // What the import compares against may have changed since the preview: check again against what it holds now.
        var plan = import.Check(sheet, await load(ct));
        if (!plan.CanApply())
        {
            AddErrors(setup, plan, modelState, fileProblems);
            return new(plan, draft.FileName, null, false);
        }
        await apply(plan, ct);
        db.SheetImportDrafts.Remove(draft);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (conflictKey is not null)
        {
            modelState.AddModelError(Field, t[conflictKey]);
            return new(plan, draft.FileName, null, false);
        }
        return new(plan, draft.FileName, null, true);
    }

    private void AddErrors<TPlan>(CheckedImportSetup setup, TPlan plan, ModelStateDictionary modelState, Func<TPlan, IEnumerable<string>> fileProblems)
        where TPlan : ICheckedPlan
    {
        foreach (var problem in fileProblems(plan))
        {
            modelState.AddModelError(Field, problem);
        }
        if (plan.RowsWithProblems() > 0)
        {
            modelState.AddModelError(Field, t[setup.Prefix + ".RowsWithProblems", plan.RowsWithProblems(), plan.CheckedRows.Count]);
        }
    }
}
