using System.Globalization;
using Circulair.Budget;
using Circulair.Budget.Import;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget.Plan;

/// <summary>
/// Imports the meerjarenplan from a CSV or XLSX through the checked-import pipeline (decision 0233): every row checked
/// (<see cref="BbcSheetImport"/>, pure) → preview → "Bevestigen" → the whole plan replaced in one save, or nothing.
/// Links of actions to codes are kept by code (decision 0255).
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
[RequestSizeLimit(MaxUploadBytes + FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + FormOverheadBytes)]
public sealed class ImportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    private const long FormOverheadBytes = 64 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? DraftId { get; set; }

    [BindProperty(SupportsGet = true, Name = "codes")]
    public int? Codes { get; set; }

    public BbcImportPlan? Plan { get; private set; }
    public string? FileName { get; private set; }

    private static readonly CheckedImportSetup Setup = new(SheetImportKind.Meerjarenplan, BbcSheetImport.SheetName, BbcSheetImport.MaxRows, MaxUploadBytes, "Budget.Import");

    private CheckedImportFlow Flow => new(db, t, clock);

    private CheckedImportOwner Owner => new(current.Value.Id, null, User.UserId());

    public void OnGet() => ViewData["Section"] = "strategy";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        Keep(await Flow.PreviewAsync(Setup, Owner, Upload, ModelState, BbcSheetImport.Instance, LoadAsync, FileProblems, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var org = current.Value;
        var step = await Flow.ConfirmAsync(Setup, Owner, DraftId, ModelState, BbcSheetImport.Instance, LoadAsync, FileProblems, async (plan, token) =>
        {
            // The new plan replaces the old one in the same save (EF orders the deletes of a unique code before its insert).
            var old = await db.BbcEntries.InOrganisation(org.Id).Include(e => e.Amounts).ToListAsync(token);
            db.BbcEntries.RemoveRange(old);
            db.BbcEntries.AddRange(plan.Apply(org.Id));
        }, "Budget.Import.Conflict", ct);
        if (!step.Written)
        {
            Keep(step);
            return Page();
        }
        return Redirect($"/o/{org.Slug}/followup/meerjarenplan/import?codes={step.Plan!.Rows.Count}");
    }

    private void Keep(CheckedImportStep<BbcImportPlan> step) => (Plan, FileName, DraftId) = (step.Plan, step.FileName, step.DraftId);

    private IEnumerable<string> FileProblems(BbcImportPlan plan) => plan.FileProblems.Select(Describe);

    public CheckedImportView View(string orgSlug) => new(
        "Budget.Import", $"/o/{orgSlug}/followup/meerjarenplan/import", $"/o/{orgSlug}/followup/meerjarenplan", t["Budget.Plan.BackToPlan"],
        $"/o/{orgSlug}/followup/meerjarenplan/export.xlsx", t["Budget.Plan.Column.Code"],
        ["Budget.Import.RuleColumns", "Budget.Import.RuleLevels", "Budget.Import.RuleYears", "Budget.Import.RuleReplace", "Budget.Import.RuleAllOrNothing"],
        MaxUploadBytes, BbcSheetImport.MaxRows,
        Codes is null ? null : t["Budget.Import.Done", Codes ?? 0].Value,
        Plan is null ? null : new CheckedImportPreview(FileName, DraftId, Plan.FileProblems.Count > 0,
            [t["Budget.Import.CountLevels", Plan.Count(BbcLevel.Beleidsdoelstelling), Plan.Count(BbcLevel.Actieplan), Plan.Count(BbcLevel.Actie)],
             t["Budget.Import.CountNew", Plan.NewCount], t["Budget.Import.CountRemoved", Plan.Removed.Count], t["Budget.Import.CountProblems", Plan.RowsWithProblems]],
            Plan.IgnoredHeaders,
            Plan.RemovedLinked.Count == 0 ? [] : [new PreviewNotice("removed-linked", t["Budget.Import.RemovedLinked", string.Join(", ", Plan.RemovedLinked)])],
            [.. Plan.Rows.Select(r => new PreviewRow(r.Number, r.Code, [.. r.Problems.Select(Describe)],
                r.IsValid ? Outcome(r) : null, []))]));

    private string Outcome(BbcPlannedRow r)
    {
        var amounts = string.Join(", ", r.Amounts.OrderBy(a => a.Key).Select(a => $"{a.Key}: {BudgetData.Euros(a.Value)}"));
        var text = t[r.IsNew ? "Budget.Import.WillAdd" : "Budget.Import.WillKeep", t.Enum(r.Level!.Value), r.Title ?? ""].Value;
        return amounts.Length == 0 ? text : text + " (" + amounts + ")";
    }

    private async Task<BbcImportContext> LoadAsync(CancellationToken ct)
    {
        var orgId = current.Value.Id;
        var codes = await db.BbcEntries.InOrganisation(orgId).Select(e => e.Code).ToListAsync(ct);
        var linked = await db.ActionBbcLinks.InOrganisation(orgId).Select(l => l.Code).Distinct().ToListAsync(ct);
        return new BbcImportContext(codes, linked, CultureInfo.CurrentCulture);
    }

    /// <summary>A problem in the reader's words: columns and levels by their label.</summary>
    public string Describe(ImportProblem problem)
    {
        var args = problem.Arguments.Select(a => a switch
        {
            BbcColumn c => t[$"Budget.Plan.Column.{c}"].Value,
            BbcLevel l => t.Enum(l),
            int i => i.ToString(CultureInfo.CurrentCulture),
            _ => a.ToString() ?? "",
        }).ToArray<object>();
        return problem.Key.EndsWith(".MissingColumns", StringComparison.Ordinal) ? t[problem.Key, string.Join(", ", args)] : t[problem.Key, args];
    }
}
