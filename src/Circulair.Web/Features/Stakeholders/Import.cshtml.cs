using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// Imports the register from the Tool 1 workbook, a minimal sheet (name, group, power, interest) or a CSV.
/// Upload → every row checked (StakeholderImport, pure) → preview with each row's problems or planned change →
/// "Bevestigen" → all rows written in one transaction, or none. Between preview and confirmation the rows wait
/// on the server as a <see cref="SheetImportDraft"/> that only this person, in this organisation, can use.
/// </summary>
[RequestSizeLimit(MaxUploadBytes + FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + FormOverheadBytes)]
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class ImportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>Room for the multipart envelope and the antiforgery field around a file of the maximum size.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? DraftId { get; set; }

    [BindProperty(SupportsGet = true, Name = "added")]
    public int? Added { get; set; }

    [BindProperty(SupportsGet = true, Name = "updated")]
    public int? Updated { get; set; }

    [BindProperty(SupportsGet = true, Name = "unchanged")]
    public int? Unchanged { get; set; }

    public ImportPlan? Plan { get; private set; }
    public string? FileName { get; private set; }

    private static readonly CheckedImportSetup Setup = new(SheetImportKind.Stakeholders, StakeholderSheet.SheetName, StakeholderSheet.MaxRows, MaxUploadBytes, "Stakeholders.Import");

    private CheckedImportFlow Flow => new(db, t, clock);

    private CheckedImportOwner Owner => new(current.Value.Id, null, User.UserId());

    public void OnGet() => ViewData["Section"] = "stakeholders";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        Keep(await Flow.PreviewAsync(Setup, Owner, Upload, ModelState, StakeholderSheetImport.Instance, LoadAsync, FileProblems, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        var org = current.Value;
        var step = await Flow.ConfirmAsync(Setup, Owner, DraftId, ModelState, StakeholderSheetImport.Instance, LoadAsync, FileProblems, async (plan, token) =>
        {
            var ids = plan.Rows.Where(r => r.Action == ImportAction.Update).Select(r => r.Id!.Value).ToList();
            var tracked = ids.Count == 0
                ? new Dictionary<int, Stakeholder>()
                : await db.Stakeholders.InOrganisation(org.Id).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, token);
            db.Stakeholders.AddRange(plan.Apply(org.Id, tracked, StakeholderLabels.Today(clock), clock.GetUtcNow().UtcDateTime));
        }, "Stakeholders.Import.Conflict", ct);
        if (!step.Written)
        {
            // A unique name taken by a colleague between this check and the write: nothing was written.
            Keep(step);
            return Page();
        }
        var done = step.Plan!;
        return Redirect($"/o/{org.Slug}/stakeholders/import?added={done.Count(ImportAction.Add)}&updated={done.Count(ImportAction.Update)}&unchanged={done.Count(ImportAction.Unchanged)}");
    }

    private void Keep(CheckedImportStep<ImportPlan> step) => (Plan, FileName, DraftId) = (step.Plan, step.FileName, step.DraftId);

    private IEnumerable<string> FileProblems(ImportPlan plan) => plan.FileProblems.Select(Describe);

    /// <summary>The shared import view: counts, and every row that changes something or has a problem.</summary>
    public CheckedImportView View(string orgSlug) => new(
        "Stakeholders.Import", $"/o/{orgSlug}/stakeholders/import", $"/o/{orgSlug}/stakeholders", t["Stakeholders.BackToRegister"],
        $"/o/{orgSlug}/stakeholders/export.xlsx", t["Field.Stakeholder.Name"],
        ["Stakeholders.Import.RuleColumns", "Stakeholders.Import.RuleLevels", "Stakeholders.Import.RuleIds", "Stakeholders.Import.RuleAllOrNothing"],
        MaxUploadBytes, StakeholderSheet.MaxRows,
        Added is null ? null : t["Stakeholders.Import.Done", Added ?? 0, Updated ?? 0, Unchanged ?? 0].Value,
        Plan is null ? null : new CheckedImportPreview(FileName, DraftId, Plan.FileProblems.Count > 0,
            [t["Stakeholders.Import.CountAdd", Plan.Count(ImportAction.Add)], t["Stakeholders.Import.CountUpdate", Plan.Count(ImportAction.Update)],
             t["Stakeholders.Import.CountUnchanged", Plan.Count(ImportAction.Unchanged)], t["Stakeholders.Import.CountProblems", Plan.RowsWithProblems]],
            Plan.IgnoredHeaders, [],
            [.. Plan.Rows.Where(r => !r.IsValid || r.Action != ImportAction.Unchanged).Select(r => new PreviewRow(r.Number, r.Name, [.. r.Problems.Select(Describe)],
                r.Action == ImportAction.Add ? t["Stakeholders.Import.WillAdd"] : t["Stakeholders.Import.WillUpdate", string.Join(", ", r.ChangedColumns.Select(c => StakeholderLabels.ColumnHeader(t, c)))], []))]));

    private async Task<StakeholderImportContext> LoadAsync(CancellationToken ct)
    {
        var orgId = current.Value.Id;
        var existing = await db.Stakeholders.InOrganisation(orgId)
            .Select(s => new
            {
                s.Id, s.Name, s.Kind, s.Department, s.Group, s.CustomGroupId, s.Side, s.Engagement, s.Forum, s.ForumDetail,
                s.ContactPerson, s.ContactEmail, s.Notes, s.Tags, s.Power, s.Interest, s.AssessedOn,
            })
            .ToListAsync(ct);
        var groups = await db.CustomStakeholderGroups.InOrganisation(orgId).Select(g => new ExistingGroup(g.Id, g.Name)).ToListAsync(ct);
        var snapshot = existing.Select(s => new ExistingStakeholder(s.Id, new StakeholderDetails
        {
            Name = s.Name, Kind = s.Kind, Department = s.Department, Group = s.Group, CustomGroupId = s.CustomGroupId, Side = s.Side,
            Engagement = s.Engagement, Forum = s.Forum, ForumDetail = s.ForumDetail, ContactPerson = s.ContactPerson,
            ContactEmail = s.ContactEmail, Notes = s.Notes, Tags = s.Tags,
        }, s.Power, s.Interest, s.AssessedOn)).ToList();
        return new StakeholderImportContext(StakeholderLabels.Vocabulary(), snapshot, groups, StakeholderLabels.Today(clock));
    }

    /// <summary>A problem in the reader's words: columns by their header, dates in the local format.</summary>
    public string Describe(ImportProblem problem)
    {
        var args = problem.Arguments.Select(a => a switch
        {
            StakeholderColumn c => StakeholderLabels.ColumnHeader(t, c),
            DateOnly d => d.ToString("d", CultureInfo.CurrentCulture),
            int i => i.ToString(CultureInfo.CurrentCulture),
            _ => a.ToString() ?? "",
        }).ToArray<object>();
        return problem.Key.EndsWith(".MissingColumns", StringComparison.Ordinal)
            ? t[problem.Key, string.Join(", ", args)]
            : t[problem.Key, args];
    }
}
