using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Budget.Plan;

/// <summary>The meerjarenplan as .xlsx, in the shape the import reads back (or a template with example rows).</summary>
public sealed class ExportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var org = current.Value;
        var plan = await BudgetData.PlanAsync(db, org.Id, ct);
        var today = clock.GetUtcNow().UtcDateTime;
        var bytes = XlsxTableWriter.ToBytes(PlanWorkbook.Build(plan, t, today.Year));
        return File(bytes, XlsxTableWriter.ContentType, $"meerjarenplan-{org.Slug}-{today:yyyy-MM-dd}.xlsx");
    }
}
