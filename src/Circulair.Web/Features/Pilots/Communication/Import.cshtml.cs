using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Pilots.Import;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Communication;

/// <summary>
/// Imports a communication plan (Tool 16) from an .xlsx or .csv sheet through the checked-import kernel (decision 0233):
/// upload → every row checked (<see cref="CommunicationImport"/>, pure) → preview naming each problem by row and column
/// → "Bevestigen" → every row written in one save, or none.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
[RequestSizeLimit(MaxUploadBytes + FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + FormOverheadBytes)]
public sealed class ImportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PilotPageModel(db, current)
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
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

    public CommunicationImportPlan? Plan { get; private set; }
    public string? FileName { get; private set; }

    private static readonly CheckedImportSetup Setup = new(SheetImportKind.Communication, CommunicationSheet.SheetName, CommunicationSheet.MaxRows, MaxUploadBytes, "Pilots.Communication.Import");

    private CheckedImportFlow Flow => new(Db, t, clock);

    private CheckedImportOwner Owner => new(Org.Id, null, User.UserId());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPilotAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Keep(await Flow.PreviewAsync(Setup, Owner, Upload, ModelState, CommunicationImport.Instance, LoadAsync, FileProblems, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        var step = await Flow.ConfirmAsync(Setup, Owner, DraftId, ModelState, CommunicationImport.Instance, LoadAsync, FileProblems, async (plan, token) =>
        {
            var rows = await Db.PilotCommunications.InOrganisation(Org.Id).Where(c => c.PilotId == Pilot.Id).ToDictionaryAsync(c => c.Number, token);
            var next = rows.Count == 0 ? 1 : rows.Keys.Max() + 1;
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var row in plan.Rows)
            {
                if (row.Action == ImportAction.Update)
                {
                    rows[row.Number!.Value].Describe(row.Details!);
                }
                else if (row.Action == ImportAction.Add)
                {
                    Db.PilotCommunications.Add(new PilotCommunication(Pilot, next++, row.Details!, now));
                }
            }
        }, "Pilots.Communication.Import.Conflict", ct);
        if (!step.Written)
        {
            Keep(step);
            return Page();
        }
        var done = step.Plan!;
        return Redirect(Link($"/communication/import?added={done.Count(ImportAction.Add)}&updated={done.Count(ImportAction.Update)}&unchanged={done.Count(ImportAction.Unchanged)}"));
    }

    private void Keep(CheckedImportStep<CommunicationImportPlan> step) => (Plan, FileName, DraftId) = (step.Plan, step.FileName, step.DraftId);

    private IEnumerable<string> FileProblems(CommunicationImportPlan plan) => plan.FileProblems.Select(p => Word(p.Key, p.Arguments));

    private async Task<CommunicationImportContext> LoadAsync(CancellationToken ct)
    {
        var audiences = await Db.Stakeholders.InOrganisation(Org.Id).Select(s => new KnownAudience(s.Id, s.Name)).ToListAsync(ct);
        var existing = await Db.PilotCommunications.InOrganisation(Org.Id).Where(c => c.PilotId == Pilot.Id).ToListAsync(ct);
        return new CommunicationImportContext(audiences, [.. existing.Select(c => new ExistingCommunication(c.Number, c.Details))]);
    }

    public CheckedImportView View() => new(
        "Pilots.Communication.Import", Link("/communication/import"), Link("/communication"), t["Pilots.Communication.Back"], Link("/communication/export.xlsx"),
        t["Pilots.Field.Audience"],
        ["Pilots.Communication.Import.RuleColumns", "Pilots.Communication.Import.RuleAudience", "Pilots.Communication.Import.RuleNumbers", "Pilots.Communication.Import.RuleDates", "Pilots.Communication.Import.RuleAllOrNothing"],
        MaxUploadBytes, CommunicationSheet.MaxRows,
        Added is null ? null : t["Pilots.Communication.Import.Done", Added ?? 0, Updated ?? 0, Unchanged ?? 0].Value,
        Plan is null ? null : new CheckedImportPreview(FileName, DraftId, Plan.FileProblems.Count > 0,
            [t["Pilots.Communication.Import.CountAdd", Plan.Count(ImportAction.Add)], t["Pilots.Communication.Import.CountUpdate", Plan.Count(ImportAction.Update)],
             t["Pilots.Communication.Import.CountUnchanged", Plan.Count(ImportAction.Unchanged)], t["Pilots.Communication.Import.CountProblems", Circulair.Imports.CheckedPlan.RowsWithProblems(Plan)]],
            Plan.IgnoredHeaders, [],
            [.. Plan.Rows.Where(r => !r.IsValid || r.Action != ImportAction.Unchanged).Select(r => new PreviewRow(r.RowNumber, r.Audience?.Name ?? r.AudienceText,
                [.. r.Problems.Select(Describe)],
                r.Action == ImportAction.Add ? t["Pilots.Communication.Import.WillAdd"] : t["Pilots.Communication.Import.WillUpdate", r.Number ?? 0], []))]));

    /// <summary>A cell's problem in the reader's words: "Kolom ‘Doelgroep’: …", the column by its Dutch header.</summary>
    public string Describe(CommunicationProblem problem)
    {
        var text = Word(problem.Key, problem.Arguments);
        return problem.Column is { } column ? t["Pilots.Communication.Import.InColumn", CommunicationSheet.Header(column), text] : text;
    }

    private string Word(string key, IReadOnlyList<object> arguments)
    {
        var args = arguments.Select(a => a switch
        {
            CommunicationColumn c => CommunicationSheet.Header(c),
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => a.ToString() ?? "",
        }).ToArray<object>();
        return key.EndsWith(".MissingColumns", StringComparison.Ordinal) ? t[key, string.Join(", ", args)] : t[key, args];
    }
}
