using System.Globalization;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Stakeholders.Import;
using Circulair.Strategy;
using Circulair.Strategy.Import;
using Circulair.Web.Platform.Imports;
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
[OrganisationAccess(Read = Circulair.Organisations.OrganisationRole.Teamlid)]
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

    private static readonly CheckedImportSetup Setup = new(SheetImportKind.Actions, ActionTable.SheetName, ActionTable.MaxRows, MaxUploadBytes, "Strategy.Import");

    private CheckedImportFlow Flow => new(Db, t, clock);

    private CheckedImportOwner Owner => new(Org.Id, TrajectoryId, User.UserId());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadStrategyAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        Keep(await Flow.PreviewAsync(Setup, Owner, Upload, ModelState, ActionTableSheetImport.Instance, LoadAsync, FileProblems, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var step = await Flow.ConfirmAsync(Setup, Owner, DraftId, ModelState, ActionTableSheetImport.Instance, LoadAsync, FileProblems, async (plan, token) =>
        {
            var actions = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId).ToListAsync(token);
            var lines = await Db.ActionLines.InOrganisation(Org.Id).Where(l => l.TrajectoryId == TrajectoryId).Include(l => l.Goal).ThenInclude(g => g.Domain).ToDictionaryAsync(l => l.Id, token);
            plan.Apply(actions, lines, clock.GetUtcNow().UtcDateTime);
        }, null, ct);
        if (!step.Written)
        {
            Keep(step);
            return Page();
        }
        return Redirect(Link($"/table/import?changed={step.Plan!.ChangedRows}"));
    }

    private void Keep(CheckedImportStep<ActionImportPlan> step) => (Plan, FileName, DraftId) = (step.Plan, step.FileName, step.DraftId);

    private IEnumerable<string> FileProblems(ActionImportPlan plan) => plan.FileProblems.Select(Describe);

    /// <summary>The shared import view: counts, derived cells that were edited, and every row that changes something or has a problem.</summary>
    public CheckedImportView View() => new(
        "Strategy.Import", Link("/table/import"), Link("/table"), t["Strategy.Import.BackToTable"], Link("/table/export.xlsx"), t["Strategy.Column.Number"],
        ["Strategy.Import.RuleNumber", "Strategy.Import.RuleColumns", "Strategy.Import.RuleDerived", "Strategy.Import.RuleAllOrNothing"],
        MaxUploadBytes, ActionTable.MaxRows,
        Changed is { } changed ? t["Strategy.Import.Done", changed].Value : null,
        Plan is null ? null : new CheckedImportPreview(FileName, DraftId, Plan.FileProblems.Count > 0,
            [t["Strategy.Import.CountChanged", Plan.ChangedRows], t["Strategy.Import.CountUnchanged", Plan.UnchangedRows], t["Strategy.Import.CountProblems", Plan.RowsWithProblems]],
            Plan.IgnoredHeaders,
            Plan.RowsWithIgnoredEdits.Count > 0 ? [new PreviewNotice("derived-edits", t["Strategy.Import.IgnoredEdits", IgnoredEdits(Plan)])] : [],
            [.. Plan.Rows.Where(r => !r.IsValid || r.Changes.Count > 0).Select(r => new PreviewRow(r.RowNumber, r.Number, [.. r.Problems.Select(Describe)], null,
                [.. r.Changes.Select(c => new PreviewChange(c.Column.ToString(), t["Strategy.Import.Change", ActionTableData.Header(t, c.Column), Show(c.Before), Show(c.After)]))]))]));

    private async Task<ActionImportContext> LoadAsync(CancellationToken ct)
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
        return new ActionImportContext(
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
