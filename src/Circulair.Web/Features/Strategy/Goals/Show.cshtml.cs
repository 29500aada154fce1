using Circulair.Persistence;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>One goal: its SMART checklist, what hangs below it (lines and actions) and the golden thread above it.</summary>
public sealed class ShowModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, RankingCalculator calculator, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int StrategyGoalId { get; set; }

    public StrategyTree Tree { get; private set; } = null!;
    public GoalNode Goal { get; private set; } = null!;
    public DomainNode Domain { get; private set; } = null!;
    public ThreadUp Up { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadStrategyWithTreeAsync(TreeParts.All, clock, ct) is not { } tree)
        {
            return NotFound();
        }
        Tree = tree;
        if (Tree.Goal(StrategyGoalId) is not { } goal)
        {
            return NotFound();
        }
        Goal = goal;
        Domain = Tree.Domain(goal.DomainId)!;
        var evidence = await DomainEvidence.LoadAsync(calculator, t, Org.Id, Domain.Code, ct);
        Up = new ThreadUp(Link(), Strategy.Vision, Domain, evidence, null, null);
        return Page();
    }
}
