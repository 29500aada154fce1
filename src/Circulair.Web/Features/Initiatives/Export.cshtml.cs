using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Initiatives;

/// <summary>Downloads the inventory as the Tool 5 workbook (.xlsx): every initiative and the domain × target-group counts.</summary>
public sealed class ExportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var org = current.Value;
        var rows = await InitiativeWorkbook.LoadAsync(db, org.Id, ct);
        var bytes = XlsxTableWriter.ToBytes(InitiativeWorkbook.Build(rows, t));
        var date = StakeholderLabels.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(bytes, XlsxTableWriter.ContentType, $"initiatieven-{org.Slug}-{date}.xlsx");
    }
}
