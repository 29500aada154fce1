using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Lines;

/// <summary>Adds an action line to a goal: what is needed in broad lines (phase 2, step 3). Not below a dropped domain.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int StrategyGoalId { get; set; }

    [BindProperty]
    public LineInput Input { get; set; } = new();

    public StrategyGoal Goal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid || Goal.Domain.IsDropped)
        {
            return Page();
        }
        await LineChanges.AddAsync(Db, Org.Id, Goal, Input.Title, Input.Description, ct);
        TempData["Flash"] = "Strategy.Line.Added";
        return Redirect(Link($"/goals/{Goal.Id}") + "#below");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var goal = await Db.StrategyGoals.InOrganisation(Org.Id).Include(g => g.Domain).FirstOrDefaultAsync(g => g.Id == StrategyGoalId && g.TrajectoryId == TrajectoryId, ct);
        Goal = goal!;
        return goal is not null;
    }
}
