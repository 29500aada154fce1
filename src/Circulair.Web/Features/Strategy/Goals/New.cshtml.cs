using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>
/// The SMART assistant for a new goal of a retained domain (phase 2, step 2). Only the statement is required; the
/// checklist beside the form shows what is still missing, live as it is typed, and never blocks the save.
/// </summary>
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    /// <summary>What the SMART checklist checks the goal against (today, the organisation's owners).</summary>
    public SmartContext Smart { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "domain")]
    public int? DomainId { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public StrategyDomain? Domain { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var details = Input.Validate(ModelState, t);
        if (details is null || !Domain!.IsRetained)
        {
            return Page();
        }
        var goal = await GoalChanges.AddAsync(Db, Org.Id, Domain, details, ct);
        TempData["Flash"] = "Strategy.Goal.Added";
        return Redirect(Link($"/goals/{goal.Id}"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct) || DomainId is not { } id)
        {
            return false;
        }
        Smart = await SmartAsync(clock, ct);
        Domain = await Db.StrategyDomains.InOrganisation(Org.Id).FirstOrDefaultAsync(d => d.Id == id && d.TrajectoryId == TrajectoryId, ct);
        return Domain is not null;
    }
}
