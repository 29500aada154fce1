using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>The trajectory whose strategy a phase 2 page shows, loaded within the current organisation.</summary>
public sealed record StrategyContext(int Id, string Title)
{
    /// <summary>The trajectory's vision statement, read with the tree (<see cref="StrategyTree.LoadWithStrategyAsync"/>) for the golden thread; null when there is none or it was not read.</summary>
    public string? Vision { get; init; }

    public string Url(string org, string rest = "") => $"/o/{org}/trajectories/{Id}{rest}";

    public static Task<StrategyContext?> FindAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        db.Trajectories.InOrganisation(organisationId)
            .Where(t => t.Id == trajectoryId)
            .Select(t => new StrategyContext(t.Id, t.Title))
            .FirstOrDefaultAsync(ct);
}

/// <summary>
/// What every phase 2 page below /o/{org}/trajectories/{trajectoryId} shares: the trajectory (null = 404), the
/// organisation, the reader's rights and the address of the strategy's pages. Pages load their own data, always
/// within the organisation and the trajectory.
/// </summary>
public abstract class StrategyPageModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [FromRoute]
    public int TrajectoryId { get; set; }

    public StrategyContext Strategy { get; private set; } = null!;

    protected CirculairDbContext Db => db;

    protected OrganisationContext Org => current.Value;

    public string OrgSlug => current.Value.Slug;

    public bool CanEdit => current.Value.Can(OrganisationRole.Teamlid);

    public bool CanCoordinate => current.Value.Can(OrganisationRole.Coordinator);

    /// <summary>An address within this strategy, e.g. Link("/goals/3").</summary>
    public string Link(string rest = "") => Strategy.Url(current.Value.Slug, rest);

    /// <summary>Uses the trajectory a page read with its own data (one command less than <see cref="LoadStrategyAsync"/>).</summary>
    protected void UseStrategy(StrategyContext strategy)
    {
        ViewData["Section"] = "strategy";
        Strategy = strategy;
    }

    /// <summary>
    /// Loads the trajectory with its strategy tree, in the tree's first command (<see cref="StrategyTree.LoadWithStrategyAsync"/>);
    /// null when it is not this organisation's (answer 404). A clock adds the goals' SMART scores.
    /// </summary>
    protected async Task<StrategyTree?> LoadStrategyWithTreeAsync(TreeParts parts, TimeProvider? clock, CancellationToken ct)
    {
        var smart = clock is null ? null : SmartOwners(clock);
        var (strategy, tree) = await StrategyTree.LoadWithStrategyAsync(db, current.Value.Id, TrajectoryId, parts, smart, ct);
        if (strategy is null)
        {
            return null;
        }
        UseStrategy(strategy);
        return tree;
    }

    /// <summary>The SMART checklist's context: today and the organisation's owners' names, from memory while its data version holds (decision 0465).</summary>
    protected Task<Circulair.Strategy.SmartContext> SmartAsync(TimeProvider clock, CancellationToken ct) => SmartOwners(clock)(ct);

    private Func<CancellationToken, Task<Circulair.Strategy.SmartContext>> SmartOwners(TimeProvider clock) =>
        HttpContext.RequestServices.GetRequiredService<Goals.SmartOwnerCache>().For(db, current.Value, clock);

    /// <summary>Loads the trajectory; false when it is not this organisation's (answer 404).</summary>
    protected async Task<bool> LoadStrategyAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var found = await StrategyContext.FindAsync(db, current.Value.Id, TrajectoryId, ct);
        if (found is null)
        {
            return false;
        }
        Strategy = found;
        return true;
    }
}
