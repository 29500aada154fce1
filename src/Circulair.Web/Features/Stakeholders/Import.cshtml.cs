using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;
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

    public void OnGet() => ViewData["Section"] = "stakeholders";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        var upload = await SheetUpload.ReadAsync(Upload, StakeholderSheet.SheetName, StakeholderSheet.MaxRows, MaxUploadBytes,
            new SheetUploadMessages("Stakeholders.Import.NoFile", "Stakeholders.Import.TooLarge", "Stakeholders.Import.Problem.TooManyRows"), t, ct);
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
        DraftId = await SheetImportDrafts.KeepAsync(db, SheetImportKind.Stakeholders, current.Value.Id, null, User.UserId(), fileName, sheet,
            clock.GetUtcNow().UtcDateTime, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        var org = current.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await SheetImportDrafts.FindAsync(db, SheetImportKind.Stakeholders, DraftId, org.Id, null, User.UserId(), now, ct) is not { Draft: var draft, Sheet: var sheet })
        {
            DraftId = null;
            ModelState.AddModelError(nameof(Upload), t["Stakeholders.Import.Expired"]);
            return Page();
        }
        FileName = draft.FileName;
        // The register may have changed since the preview: check again against what it holds now.
        Plan = await CheckAsync(sheet, ct);
        if (!Plan.CanApply)
        {
            AddPlanErrors(Plan);
            return Page();
        }
        var ids = Plan.Rows.Where(r => r.Action == ImportAction.Update).Select(r => r.Id!.Value).ToList();
        var tracked = ids.Count == 0
            ? new Dictionary<int, Stakeholder>()
            : await db.Stakeholders.InOrganisation(org.Id).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var added = Plan.Apply(org.Id, tracked, StakeholderLabels.Today(clock), now);
        db.Stakeholders.AddRange(added);
        db.SheetImportDrafts.Remove(draft);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A unique name taken by a colleague between this check and the write; nothing was written.
            ModelState.AddModelError(nameof(Upload), t["Stakeholders.Import.Conflict"]);
            DraftId = null;
            return Page();
        }
        return Redirect($"/o/{org.Slug}/stakeholders/import?added={Plan.Count(ImportAction.Add)}&updated={Plan.Count(ImportAction.Update)}&unchanged={Plan.Count(ImportAction.Unchanged)}");
    }

    private async Task<ImportPlan> CheckAsync(SheetContent sheet, CancellationToken ct)
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
        return StakeholderImport.Check(sheet, StakeholderLabels.Vocabulary(), snapshot, groups, StakeholderLabels.Today(clock));
    }

    private void AddPlanErrors(ImportPlan plan)
    {
        foreach (var problem in plan.FileProblems)
        {
            ModelState.AddModelError(nameof(Upload), Describe(problem));
        }
        if (plan.RowsWithProblems > 0)
        {
            ModelState.AddModelError(nameof(Upload), t["Stakeholders.Import.RowsWithProblems", plan.RowsWithProblems, plan.Rows.Count]);
        }
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
