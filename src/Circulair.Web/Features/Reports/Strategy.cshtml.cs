using Circulair.Persistence;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Reports;

/// <summary>The strategy document as a printable page: the same blocks as the Word file, charts as SVG with their tables.</summary>
public sealed class StrategyModel(CirculairDbContext db, CurrentOrganisation current, RankingCalculator ranking, Text t, TimeProvider clock)
    : StrategyReportPageModel(db, current)
{
    public DocumentModel Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ResolveTrajectoryAsync(ct))
        {
            return NotFound();
        }
        var data = await StrategyReportData.LoadAsync(Db, ranking, t, clock, Org.Id, Org.Name, Trajectory, Chapters, ct);
        Document = StrategyReport.Document(data, Chapters, t);
        return Page();
    }
}

/// <summary>The strategy document as a Word file (.docx): charts drawn as PNG, each followed by its data table.</summary>
public sealed class StrategyDocxModel(CirculairDbContext db, CurrentOrganisation current, RankingCalculator ranking, SvgChartRenderer charts, Text t, TimeProvider clock)
    : StrategyReportPageModel(db, current)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ResolveTrajectoryAsync(ct))
        {
            return NotFound();
        }
        var data = await StrategyReportData.LoadAsync(Db, ranking, t, clock, Org.Id, Org.Name, Trajectory, Chapters, ct);
        var document = ChartPng.ForWord(StrategyReport.Document(data, Chapters, t), charts);
        return File(DocxWriter.ToBytes(document), DocxWriter.ContentType, ReportParts.FileName(document.Title, data.MadeAt) + ".docx");
    }
}
