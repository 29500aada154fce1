using System.Globalization;
using Circulair.Monitoring;
using Circulair.Monitoring.Import;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// Imports measurements from a CSV or XLSX sheet through the checked-import kernel: upload → every row checked
/// (<see cref="MeasurementImport"/>, pure) → preview naming each row's problems by column → "Bevestigen" → all
/// measurements written in one save, or none.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
[RequestSizeLimit(MaxUploadBytes + FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + FormOverheadBytes)]
public sealed class ImportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock)
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

    public MeasurementImportPlan? Plan { get; private set; }
    public string? FileName { get; private set; }

    private static readonly CheckedImportSetup Setup = new(SheetImportKind.Measurements, MeasurementSheet.SheetName, MeasurementSheet.MaxRows, MaxUploadBytes, "Monitoring.Import");

    private CheckedImportFlow Flow => new(Db, t, Clock);

    private CheckedImportOwner Owner => new(Org.Id, null, User.UserId());

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Keep(await Flow.PreviewAsync(Setup, Owner, Upload, ModelState, MeasurementImport.Instance, LoadAsync, FileProblems, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var userName = User.FindFirst(CirculairClaims.DisplayName)?.Value;
        var step = await Flow.ConfirmAsync(Setup, Owner, DraftId, ModelState, MeasurementImport.Instance, LoadAsync, FileProblems, async (plan, token) =>
        {
            var ids = plan.Rows.Select(r => r.Indicator!.Id).Distinct().ToList();
            var indicators = await Db.Indicators.InOrganisation(Org.Id).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, token);
            var existing = await Db.Measurements.InOrganisation(Org.Id).Where(m => ids.Contains(m.IndicatorId)).ToDictionaryAsync(m => (m.IndicatorId, m.Year), token);
            foreach (var row in plan.Rows.Where(r => r.Action is ImportAction.Add or ImportAction.Update))
            {
                var details = new MeasurementDetails { Year = row.Year, Value = row.Value, Source = row.Source, Note = row.Note };
                if (existing.TryGetValue((row.Indicator!.Id, row.Year), out var measurement))
                {
                    measurement.Describe(details);
                    measurement.FedFrom(null);
                }
                else
                {
                    Db.Measurements.Add(new Measurement(indicators[row.Indicator.Id], details, User.UserId(), userName, Now));
                }
            }
        }, "Monitoring.Import.Conflict", ct);
        if (!step.Written)
        {
            Keep(step);
            return Page();
        }
        var done = step.Plan!;
        return Redirect(Link($"/import?added={done.Count(ImportAction.Add)}&updated={done.Count(ImportAction.Update)}&unchanged={done.Count(ImportAction.Unchanged)}"));
    }

    private void Keep(CheckedImportStep<MeasurementImportPlan> step) => (Plan, FileName, DraftId) = (step.Plan, step.FileName, step.DraftId);

    private IEnumerable<string> FileProblems(MeasurementImportPlan plan) => plan.FileProblems.Select(Describe);

    private async Task<MeasurementImportContext> LoadAsync(CancellationToken ct)
    {
        var indicators = await Db.Indicators.InOrganisation(Org.Id).Select(i => new KnownIndicator(i.Id, i.StandardCode, i.Name, i.Unit)).ToListAsync(ct);
        var existing = await Db.Measurements.InOrganisation(Org.Id).Select(m => new ExistingMeasurement(m.IndicatorId, m.Year, m.Value, m.Source, m.Note)).ToListAsync(ct);
        return new MeasurementImportContext(indicators, existing, CurrentYear);
    }

    public CheckedImportView View() => new(
        "Monitoring.Import", Link("/import"), Link(), t["Monitoring.BackToMonitoring"], Link("/export.csv"), t["Monitoring.Import.IndicatorHeader"],
        ["Monitoring.Import.RuleColumns", "Monitoring.Import.RuleIndicator", "Monitoring.Import.RuleValues", "Monitoring.Import.RuleYears", "Monitoring.Import.RuleAllOrNothing"],
        MaxUploadBytes, MeasurementSheet.MaxRows,
        Added is null ? null : t["Monitoring.Import.Done", Added ?? 0, Updated ?? 0, Unchanged ?? 0].Value,
        Plan is null ? null : new CheckedImportPreview(FileName, DraftId, Plan.FileProblems.Count > 0,
            [t["Monitoring.Import.CountAdd", Plan.Count(ImportAction.Add)], t["Monitoring.Import.CountUpdate", Plan.Count(ImportAction.Update)],
             t["Monitoring.Import.CountUnchanged", Plan.Count(ImportAction.Unchanged)], t["Monitoring.Import.CountProblems", Circulair.Imports.CheckedPlan.RowsWithProblems(Plan)]],
            Plan.IgnoredHeaders, [],
            [.. Plan.Rows.Where(r => !r.IsValid || r.Action != ImportAction.Unchanged).Select(r => new PreviewRow(r.Number, r.Indicator?.Name ?? r.IndicatorText, [.. r.Problems.Select(Describe)],
                r.Action == ImportAction.Add
                    ? t["Monitoring.Import.WillAdd", r.Year, MonitoringLabels.WithUnit(r.Value, r.Indicator!.Unit)]
                    : t["Monitoring.Import.WillUpdate", r.Year, MonitoringLabels.WithUnit(r.Value, r.Indicator?.Unit ?? "")], []))]));

    /// <summary>A problem in the reader's words: columns by their Dutch header.</summary>
    public string Describe(ImportProblem problem)
    {
        var args = problem.Arguments.Select(a => a switch
        {
            MeasurementColumn c => MeasurementSheet.Headers.First(h => h.Column == c).Header,
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => a.ToString() ?? "",
        }).ToArray<object>();
        return problem.Key.EndsWith(".MissingColumns", StringComparison.Ordinal)
            ? t[problem.Key, string.Join(", ", args)]
            : t[problem.Key, args];
    }
}
