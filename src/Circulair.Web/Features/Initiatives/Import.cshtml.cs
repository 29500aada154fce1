using System.Globalization;
using Circulair.Initiatives;
using Circulair.Initiatives.Import;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>
/// Imports the inventory from the Tool 5 workbook, a minimal sheet (name, domain, target groups, status) or a CSV,
/// the way the register's import works: upload → every row checked (<see cref="InitiativeImport"/>, pure) →
/// preview with each row's problems or planned change → "Bevestigen" → all rows written in one transaction, or
/// none. Between preview and confirmation the rows wait as a <see cref="SheetImportDraft"/> that only this
/// person, in this organisation, can use.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
[RequestSizeLimit(MaxUploadBytes + FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + FormOverheadBytes)]
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

    public InitiativeImportPlan? Plan { get; private set; }
    public string? FileName { get; private set; }

    private static readonly CheckedImportSetup Setup = new(SheetImportKind.Initiatives, InitiativeSheet.SheetName, InitiativeSheet.MaxRows, MaxUploadBytes, "Initiatives.Import");

    private CheckedImportFlow Flow => new(db, t, clock);

    private CheckedImportOwner Owner => new(current.Value.Id, null, User.UserId());

    public void OnGet() => ViewData["Section"] = "scan";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        Keep(await Flow.PreviewAsync(Setup, Owner, Upload, ModelState, InitiativeSheetImport.Instance, LoadAsync, FileProblems, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var org = current.Value;
        // A unique name taken, or a partner removed, by a colleague between the check and the write: nothing is written.
        var step = await Flow.ConfirmAsync(Setup, Owner, DraftId, ModelState, InitiativeSheetImport.Instance, LoadAsync, FileProblems, async (plan, token) =>
        {
            var ids = plan.Rows.Where(r => r.Action == ImportAction.Update).Select(r => r.Id!.Value).ToList();
            var tracked = ids.Count == 0
                ? new Dictionary<int, Initiative>()
                : await db.Initiatives.InOrganisation(org.Id).Include(i => i.Partners).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, token);
            db.Initiatives.AddRange(plan.Apply(org.Id, tracked, clock.GetUtcNow().UtcDateTime));
        }, "Initiatives.Import.Conflict", ct);
        if (!step.Written)
        {
            Keep(step);
            return Page();
        }
        var done = step.Plan!;
        return Redirect($"/o/{org.Slug}/initiatives/import?added={done.Count(ImportAction.Add)}&updated={done.Count(ImportAction.Update)}&unchanged={done.Count(ImportAction.Unchanged)}");
    }

    private void Keep(CheckedImportStep<InitiativeImportPlan> step) => (Plan, FileName, DraftId) = (step.Plan, step.FileName, step.DraftId);

    private IEnumerable<string> FileProblems(InitiativeImportPlan plan) => plan.FileProblems.Select(Describe);

    /// <summary>The shared import view: counts, and every row that changes something or has a problem.</summary>
    public CheckedImportView View(string orgSlug) => new(
        "Initiatives.Import", $"/o/{orgSlug}/initiatives/import", $"/o/{orgSlug}/initiatives", t["Initiatives.BackToList"],
        $"/o/{orgSlug}/initiatives/export.xlsx", t["Field.Initiative.Name"],
        ["Initiatives.Import.RuleColumns", "Initiatives.Import.RuleValues", "Initiatives.Import.RuleIds", "Initiatives.Import.RulePartners", "Initiatives.Import.RuleAllOrNothing"],
        MaxUploadBytes, InitiativeSheet.MaxRows,
        Added is null ? null : t["Initiatives.Import.Done", Added ?? 0, Updated ?? 0, Unchanged ?? 0].Value,
        Plan is null ? null : new CheckedImportPreview(FileName, DraftId, Plan.FileProblems.Count > 0,
            [t["Initiatives.Import.CountAdd", Plan.Count(ImportAction.Add)], t["Initiatives.Import.CountUpdate", Plan.Count(ImportAction.Update)],
             t["Initiatives.Import.CountUnchanged", Plan.Count(ImportAction.Unchanged)], t["Initiatives.Import.CountProblems", Plan.RowsWithProblems]],
            Plan.IgnoredHeaders, [],
            [.. Plan.Rows.Where(r => !r.IsValid || r.Action != ImportAction.Unchanged).Select(r => new PreviewRow(r.Number, r.Name, [.. r.Problems.Select(Describe)],
                r.Action == ImportAction.Add ? t["Initiatives.Import.WillAdd"] : t["Initiatives.Import.WillUpdate", string.Join(", ", r.ChangedColumns.Select(c => InitiativeLabels.ColumnHeader(t, c)))], []))]));

    private async Task<InitiativeImportContext> LoadAsync(CancellationToken ct)
    {
        var orgId = current.Value.Id;
        var initiatives = await db.Initiatives.InOrganisation(orgId)
            .Select(i => new
            {
                i.Id, i.Name, i.Description, i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups, i.OtherTargetGroup, i.Status,
                i.LeadStakeholderId, LeadName = i.LeadStakeholder != null ? i.LeadStakeholder.Name : i.LeadName, i.WebLink,
            })
            .ToListAsync(ct);
        var partners = (await db.InitiativePartners.InOrganisation(orgId).Select(p => new { p.InitiativeId, p.StakeholderId }).ToListAsync(ct))
            .ToLookup(p => p.InitiativeId, p => p.StakeholderId);
        var stakeholders = await db.Stakeholders.InOrganisation(orgId).Select(s => new KnownStakeholder(s.Id, s.Name)).ToListAsync(ct);
        var existing = initiatives.Select(i => new ExistingInitiative(i.Id, new InitiativeDetails
        {
            Name = i.Name, Description = i.Description, Domain = i.Domain, SubdomainCode = i.SubdomainCode, OwnSubdomain = i.OwnSubdomain,
            TargetGroups = i.TargetGroups, OtherTargetGroup = i.OtherTargetGroup, Status = i.Status, LeadStakeholderId = i.LeadStakeholderId,
            LeadName = i.LeadName, WebLink = i.WebLink, PartnerIds = [.. partners[i.Id]],
        })).ToList();
        return new InitiativeImportContext(InitiativeLabels.Vocabulary(), existing, stakeholders);
    }

    /// <summary>A problem in the reader's words: columns by their header.</summary>
    public string Describe(ImportProblem problem)
    {
        var args = problem.Arguments.Select(a => a switch
        {
            InitiativeColumn c => InitiativeLabels.ColumnHeader(t, c),
            int i => i.ToString(CultureInfo.CurrentCulture),
            _ => a.ToString() ?? "",
        }).ToArray<object>();
        return problem.Key.EndsWith(".MissingColumns", StringComparison.Ordinal)
            ? t[problem.Key, string.Join(", ", args)]
            : t[problem.Key, args];
    }
}
