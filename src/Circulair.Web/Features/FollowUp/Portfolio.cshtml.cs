using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>
/// The action portfolio of one trajectory (phase 3): the roll-up of the whole strategy and of each goal at the top, then
/// every action with its status, %, late or stale flag, trekker and last update, filtered by goal, trekker and flag.
/// </summary>
[CachedPage(Shared = true)]
public sealed class PortfolioModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : StrategyPageModel(db, current)
{
    [BindProperty(SupportsGet = true, Name = "domain")]
    public int? DomainFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "goal")]
    public int? GoalFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "owner")]
    public string? OwnerFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "flag")]
    public string? FlagFilter { get; set; }

    public FollowUpData Data { get; private set; } = null!;
    public IReadOnlyList<ActionFollowUp> Shown { get; private set; } = [];
    public AdoptionState Adoption { get; private set; } = AdoptionState.None;
    public PortfolioFilter Filter => new(DomainFilter, GoalFilter, OwnerFilter, FlagFilter);
    public Dictionary<int, decimal> Spent { get; private set; } = [];
    public List<SelectListItem> DomainItems { get; private set; } = [];
    public List<SelectListItem> GoalItems { get; private set; } = [];
    public List<SelectListItem> OwnerItems { get; private set; } = [];
    public List<SelectListItem> FlagItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The trajectory comes with the follow-up's tree (one command less, decision 0340's budget).
        var (strategy, data) = await FollowUpData.LoadWithStrategyAsync(Db, Org.Id, TrajectoryId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        if (strategy is null)
        {
            return NotFound();
        }
        UseStrategy(strategy);
        Data = data!;
        Adoption = await AdoptionState.LoadAsync(Db, Org.Id, TrajectoryId, withChanges: false, ct);
        var shown = Filter.Apply(Data.Actions);
        Spent = await PortfolioExportModel.SpentAsync(Db, Org.Id, TrajectoryId, ct);
        Shown = [.. shown];

        DomainItems = [new(t["Budget.Portfolio.AllDomains"], ""), .. Data.Tree.Domains.Where(d => d.IsRetained)
            .Select(d => new SelectListItem(d.Domain.Label.ToString(), d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Id == DomainFilter))];
        GoalItems = [new(t["FollowUp.Portfolio.AllGoals"], ""), .. Data.Tree.Goals.Select(g => new SelectListItem(Short(g.Statement), g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Id == GoalFilter))];
        OwnerItems = [new(t["FollowUp.Portfolio.AllOwners"], ""), new(t["FollowUp.Portfolio.NoOwner"], "none", OwnerFilter == "none"),
            .. Data.Actions.Where(a => a.Owner is not null).DistinctBy(a => a.Owner).OrderBy(a => a.OwnerName, StringComparer.CurrentCulture)
                .Select(a => new SelectListItem(a.OwnerName ?? "?", a.Owner.ToString(), a.Owner.ToString() == OwnerFilter))];
        FlagItems = [new(t["FollowUp.Portfolio.AllFlags"], ""), new(t["FollowUp.Flag.Late"], "late", FlagFilter == "late"),
            new(t["FollowUp.Flag.Stale"], "stale", FlagFilter == "stale"), new(t["FollowUp.Flag.NoUpdate"], "none", FlagFilter == "none")];
        return Page();
    }

    private static string Short(string s) => s.Length <= 70 ? s : s[..69] + "…";
}
