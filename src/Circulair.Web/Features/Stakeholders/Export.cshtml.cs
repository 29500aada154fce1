using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>Downloads the register as the Tool 1 workbook (.xlsx). One projection query; the file is written in one pass.</summary>
public sealed class ExportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    /// <summary>A POST without a handler this page knows; without this Razor Pages would render the page unloaded.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var org = current.Value;
        var rows = await StakeholderWorkbook.LoadAsync(db, org.Id, ct);
        var bytes = XlsxTableWriter.ToBytes(StakeholderWorkbook.Build(rows, t));
        var date = StakeholderLabels.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(bytes, XlsxTableWriter.ContentType, $"stakeholders-{org.Slug}-{date}.xlsx");
    }
}
