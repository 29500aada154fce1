using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Tool 7 on one clean A4 page: the sheet without navigation, laid out for paper (see the print rules in circulair.css).</summary>
public sealed class PrintModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    public SheetView View { get; private set; } = null!;

    public string OrganisationName => Org.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct) || await SheetView.LoadAsync(Db, Org.Id, TrajectoryId, PlannedActionId, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
