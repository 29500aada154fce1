using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Adds an action, below a line (?line=) or without one; its number is proposed (A01, A02…) and may be changed.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [BindProperty(SupportsGet = true, Name = "line")]
    public int? PreselectedLine { get; set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var numbers = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId).Select(a => a.Number).ToListAsync(ct);
        Input = new ActionInput { Number = ActionNumbering.Next(numbers), LineId = PreselectedLine, Status = ActionStatus.Idee };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var details = await ActionChecks.ValidateAsync(Input, ModelState, Db, Org.Id, TrajectoryId, null, Lines, People, t, ct);
        if (details is null)
        {
            return Page();
        }
        var action = await ActionChanges.AddAsync(Db, Org.Id, TrajectoryId, details, Input, clock.GetUtcNow().UtcDateTime, ct);
        TempData["Flash"] = "Strategy.Action.Added";
        return Redirect(Link($"/actions/{action.Id}"));
    }

    public IReadOnlyList<LineChoice> Lines { get; private set; } = [];
    public StrategyPeople People { get; private set; } = null!;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        Lines = await LineChoice.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        People = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        ViewData["LineItems"] = LineChoice.Items(Lines, t, t["Strategy.Action.NoLine"]);
        ViewData["OwnerItems"] = People.OwnerItems(t);
        return true;
    }
}
