using System.Globalization;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Stakeholders.Import;
using Circulair.Strategy;
using Circulair.Strategy.Import;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Table;

/// <summary>
/// Reads the action table back from its .xlsx or .csv (a round trip: export, edit in a spreadsheet, import). Rows are
/// matched by action number; an import changes existing actions only. Upload → every row checked
/// (<see cref="ActionTableImport"/>, pure) → a preview of every change (old → new) or of every problem →
/// "Bevestigen" → all changes in one save, or none. Between preview and confirmation the cells wait on the server
/// as a <see cref="SheetImportDraft"/> for this person only.
/// </summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class ImportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? DraftId { get; set; }

    [BindProperty(SupportsGet = true, Name = "changed")]
    public int? Changed { get; set; }

    public ActionImportPlan? Plan { get; private set; }
    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadStrategyAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var upload = await SheetUpload.ReadAsync(Upload, ActionTable.SheetName, ActionTable.MaxRows, MaxUploadBytes,
            new SheetUploadMessages("Strategy.Import.NoFile", "Strategy.Import.TooLarge", "Strategy.Import.Problem.TooManyRows"), t, ct);
        FileName = upload.FileName;
        if (upload is not { Sheet: { } sheet, FileName: { } fileName })
        {
            ModelState.AddModelError(nameof(Upload), upload.Error!);
            return Page();
        }
        Plan = await CheckAsync(sheet, ct);
        if (!Plan.CanApply)
        {
            AddPlanErrors(Plan);
            return Page();
        }
        DraftId = await SheetImportDrafts.KeepAsync(Db, SheetImportKind.Actions, Org.Id, TrajectoryId, User.UserId(), fileName, sheet,
            clock.GetUtcNow().UtcDateTime, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (await SheetImportDrafts.FindAsync(Db, SheetImportKind.Actions, DraftId, Org.Id, TrajectoryId, User.UserId(), now, ct) is not { Draft: var draft, Sheet: var sheet })
        {
            DraftId = null;
            ModelState.AddModelError(nameof(Upload), t["Strategy.Import.Expired"]);
            return Page();
        }
        FileName = draft.FileName;
        // The strategy may have changed since the preview: check again against what it holds now.
        Plan = await CheckAsync(sheet, ct);
        if (!Plan.CanApply)
        {
            AddPlanErrors(Plan);
            DraftId = null;
            return Page();
        }
        var actions = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId).ToListAsync(ct);
        var lines = await Db.ActionLines.InOrganisation(Org.Id).Where(l => l.TrajectoryId == TrajectoryId).Include(l => l.Goal).ThenInclude(g => g.Domain).ToDictionaryAsync(l => l.Id, ct);
        Plan.Apply(actions, lines, now);
        Db.SheetImportDrafts.Remove(draft);
        await Db.SaveChangesAsync(ct);
        return Redirect(Link($"/table/import?changed={Plan.ChangedRows}"));
    }

    private async Task<ActionImportPlan> CheckAsync(SheetContent sheet, CancellationToken ct)
    {
        var existing = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId)
            .Select(a => new
            {
                a.Id, a.Number, a.Title, a.Status, a.Size, a.Priority, a.StartDate, a.EndDate, a.OwnerUserId, a.OwnerStakeholderId, a.Neighbours, a.Indicator, a.ActionLineId,
            })
            .ToListAsync(ct);
        var lines = await Db.ActionLines.InOrganisation(Org.Id).Where(l => l.TrajectoryId == TrajectoryId)
            .Select(l => new { l.Id, l.Title, l.Goal.Domain.DomainCode, l.Goal.Domain.Decision, l.Goal.Domain.Reason })
            .ToListAsync(ct);
        var people = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        var shown = (await ActionTableData.LoadAsync(Db, Org.Id, TrajectoryId, ct))
            .ToDictionary(r => r.Id, r => new DerivedValues(r.Goal, r.Partners, r.Budget, r.Fte is { } f ? Math.Round(f, 2) : null,
                r.Impact is { } i ? Math.Round(i, 2) : null, r.Effort is { } e ? Math.Round(e, 2) : null, r.Quadrant));
        return ActionTableImport.Check(
            sheet,
            ActionTableWorkbook.Vocabulary(),
            [.. existing.Select(a => new ExistingAction(a.Id, new ActionDetails
            {
                Number = a.Number, Title = a.Title, Status = a.Status, Size = a.Size, Priority = a.Priority, Start = a.StartDate, End = a.EndDate,
                Owner = a.OwnerUserId is { } u ? ActionOwner.Member(u) : a.OwnerStakeholderId is { } s ? ActionOwner.OfStakeholder(s) : null,
                Neighbours = a.Neighbours, Indicator = a.Indicator,
            }, a.ActionLineId, shown.GetValueOrDefault(a.Id)))],
            [.. lines.Select(l => new ExistingLine(l.Id, l.Title, l.Decision == DomainDecision.LatenVallen ? Circulair.Reference.ActionDomains.Find(l.DomainCode)?.Label.ToString() : null, l.Reason))],
            [.. people.All.Select(o => new ExistingOwner(o.Owner, o.Name))]);
    }

    private void AddPlanErrors(ActionImportPlan plan)
    {
        foreach (var problem in plan.FileProblems)
        {
            ModelState.AddModelError(nameof(Upload), Describe(problem));
        }
        if (plan.RowsWithProblems > 0)
        {
            ModelState.AddModelError(nameof(Upload), t["Strategy.Import.RowsWithProblems", plan.RowsWithProblems, plan.Rows.Count]);
        }
    }

    /// <summary>A problem in the reader's words: columns by their header; an unknown label with the labels to choose from, in Dutch and English.</summary>
    public string Describe(RowProblem problem) =>
        t[problem.Key, [.. problem.Arguments.Select(a => a is ActionColumn c ? ActionTableData.Header(t, c) : a is int i ? i.ToString(CultureInfo.CurrentCulture) : a.ToString() ?? ""),
            .. ActionTableWorkbook.ChoicesInBothLanguages(problem.Key)]];

    /// <summary>"Rij 3 (Kwadrant), rij 5 (Budget (euro))": where a derived column was edited.</summary>
    public string IgnoredEdits(ActionImportPlan plan) => string.Join(", ", plan.RowsWithIgnoredEdits.Select(r =>
        t["Strategy.Import.IgnoredEditRow", r.RowNumber, string.Join(", ", r.IgnoredEdits.Select(c => ActionTableData.Header(t, c)))].Value));

    /// <summary>A value before or after a change, as the preview shows it.</summary>
    public string Show(object? value) => value switch
    {
        null => t["Strategy.Import.Empty"],
        DateOnly d => StrategyLabels.Date(d),
        ActionStatus s => t.Enum(s),
        ActionPriority p => t.Enum(p),
        ActionSize z => t.Enum(z),
        Quadrant q => t.Enum(q),
        _ => value.ToString() ?? "",
    };
}
