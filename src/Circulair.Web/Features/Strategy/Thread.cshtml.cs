using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Strategy;

/// <summary>
/// The golden thread (<i>rode draad</i>) of the whole strategy: from the vision statement through the domains and
/// goals to the actions, and what breaks it — actions without a goal, goals without actions, retained domains
/// without goals.
/// </summary>
public sealed class ThreadModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : StrategyPageModel(db, current)
{
    public StrategyTree Tree { get; private set; } = null!;
    public string? VisionStatement { get; private set; }

    /// <summary>The pilots carrying out each action (issue 17 item 11), shown under the action.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Circulair.Web.Features.Pilots.PilotLink>> Pilots { get; private set; } = new Dictionary<int, IReadOnlyList<Circulair.Web.Features.Pilots.PilotLink>>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadStrategyWithTreeAsync(TreeParts.All, clock, ct) is not { } tree)
        {
            return NotFound();
        }
        Tree = tree;
        VisionStatement = Strategy.Vision;
        Pilots = await Circulair.Web.Features.Pilots.PilotStrategyLinks.ByActionAsync(Db, Org.Id, [.. Tree.Actions.Select(a => a.Id)], ct);
        return Page();
    }
}
