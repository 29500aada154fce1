using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// Tool 2 "Stakeholdermanagement": the 3×3 grid of power and interest, today or as it was on a date, with
/// movements flagged. Moving a stakeholder goes through its page's "Verplaatsen" form; on this page the
/// stakeholder-grid module lets a mouse user drag, posting that same form.
/// </summary>
[CachedPage(Shared = true)]
public sealed class GridModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "date")]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true, Name = "since")]
    public DateOnly? Since { get; set; }

    public GridView View { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool IsToday => View.Date == Today;

    /// <summary>A POST without a handler this page knows; without this Razor Pages would render the page unloaded.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        Today = StakeholderLabels.Today(clock);
        var date = Date is { } d && d < Today ? d : Today;
        var since = Since is { } s && s < date ? s : (DateOnly?)null;
        View = await GridView.LoadAsync(db, current.Value.Id, date, since, ct);
    }
}
