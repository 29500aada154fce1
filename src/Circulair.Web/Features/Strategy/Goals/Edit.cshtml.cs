using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>Edits a goal with the SMART assistant; the checklist follows the form and never blocks the save.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    /// <summary>What the SMART checklist checks the goal against (today, the organisation's owners).</summary>
    public SmartContext Smart { get; private set; } = null!;

    [FromRoute]
    public int StrategyGoalId { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public StrategyGoal Goal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = GoalInput.From(Goal.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var details = Input.Validate(ModelState, t);
        if (details is null)
        {
            return Page();
        }
        Goal.Describe(details);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link($"/goals/{Goal.Id}"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        Smart = await SmartAsync(clock, ct);
        var goal = await Db.StrategyGoals.InOrganisation(Org.Id).Include(g => g.Domain).FirstOrDefaultAsync(g => g.Id == StrategyGoalId && g.TrajectoryId == TrajectoryId, ct);
        if (goal is null)
        {
            return false;
        }
        Goal = goal;
        return true;
    }
}
