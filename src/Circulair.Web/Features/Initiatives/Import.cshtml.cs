using System.Globalization;
using Circulair.Initiatives;
using Circulair.Initiatives.Import;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders.Import;
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

    public void OnGet() => ViewData["Section"] = "scan";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var upload = await SheetUpload.ReadAsync(Upload, InitiativeSheet.SheetName, InitiativeSheet.MaxRows, MaxUploadBytes,
            new SheetUploadMessages("Initiatives.Import.NoFile", "Initiatives.Import.TooLarge", "Initiatives.Import.Problem.TooManyRows"), t, ct);
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
        DraftId = await SheetImportDrafts.KeepAsync(db, SheetImportKind.Initiatives, current.Value.Id, null, User.UserId(), fileName, sheet,
            clock.GetUtcNow().UtcDateTime, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var org = current.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await SheetImportDrafts.FindAsync(db, SheetImportKind.Initiatives, DraftId, org.Id, null, User.UserId(), now, ct) is not { Draft: var draft, Sheet: var sheet })
        {
            DraftId = null;
            ModelState.AddModelError(nameof(Upload), t["Initiatives.Import.Expired"]);
            return Page();
        }
        FileName = draft.FileName;
        // The inventory or the register may have changed since the preview: check again against what they hold now.
        Plan = await CheckAsync(sheet, ct);
        if (!Plan.CanApply)
        {
            AddPlanErrors(Plan);
            return Page();
        }
        var ids = Plan.Rows.Where(r => r.Action == ImportAction.Update).Select(r => r.Id!.Value).ToList();
        var tracked = ids.Count == 0
            ? new Dictionary<int, Initiative>()
            : await db.Initiatives.InOrganisation(org.Id).Include(i => i.Partners).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var added = Plan.Apply(org.Id, tracked, now);
        db.Initiatives.AddRange(added);
        db.SheetImportDrafts.Remove(draft);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A unique name taken, or a partner removed, by a colleague between this check and the write; nothing was written.
            ModelState.AddModelError(nameof(Upload), t["Initiatives.Import.Conflict"]);
            DraftId = null;
            return Page();
        }
        return Redirect($"/o/{org.Slug}/initiatives/import?added={Plan.Count(ImportAction.Add)}&updated={Plan.Count(ImportAction.Update)}&unchanged={Plan.Count(ImportAction.Unchanged)}");
    }

    private async Task<InitiativeImportPlan> CheckAsync(SheetContent sheet, CancellationToken ct)
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
        return InitiativeImport.Check(sheet, InitiativeLabels.Vocabulary(), existing, stakeholders);
    }

    private void AddPlanErrors(InitiativeImportPlan plan)
    {
        foreach (var problem in plan.FileProblems)
        {
            ModelState.AddModelError(nameof(Upload), Describe(problem));
        }
        if (plan.RowsWithProblems > 0)
        {
            ModelState.AddModelError(nameof(Upload), t["Initiatives.Import.RowsWithProblems", plan.RowsWithProblems, plan.Rows.Count]);
        }
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
