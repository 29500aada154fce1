using Circulair.Library;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Library;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// "Waar staan we?": per trajectory the one next step the method suggests (<see cref="NextSteps"/>), then per phase of
/// the method the tools that exist and whether they have content, all read by <see cref="DashboardFactsQuery"/>.
/// </summary>
[CachedPage(Shared = true)]
public sealed class IndexModel(IEnumerable<IProgressSource> sources, CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, KnowledgeLibrary library,
    Circulair.Web.Features.Strategy.Goals.SmartOwnerCache owners) : PageModel
{
    /// <summary>Calls of the funding catalogue closing soon (instance data; the page cache keys on the day, and the catalogue changes rarely).</summary>
    public IReadOnlyList<FundingCall> Deadlines { get; private set; } = [];

    public IReadOnlyList<PhaseRow> Phases { get; private set; } = [];

    public IReadOnlyList<TrajectoryNextStep> NextSteps { get; private set; } = [];

    public int ToolCount => Phases.Sum(p => p.Tools.Count);

    public int DoneCount => Phases.Sum(p => p.Done);

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "dashboard";
        var org = current.Value;
        // The next steps and every card come from the same few queries (decision 0385).
        var facts = await DashboardFactsQuery.LoadAsync(db, org.Id, org.Slug, clock, ct, owners.For(db, org, clock));
        NextSteps = Dashboard.NextSteps.From(facts);
        Deadlines = UpcomingDeadlines.For(library, facts.Today);
        var all = sources.SelectMany(s => s.For(facts)).ToList();
        Phases = Enum.GetValues<Phase>()
            .Select(p => new PhaseRow(p, [.. all.Where(x => x.Phase == p).OrderBy(x => x.Order).ThenBy(x => x.NameKey, StringComparer.Ordinal)]))
            .ToList();
    }

    public sealed record PhaseRow(Phase Phase, IReadOnlyList<ToolProgress> Tools)
    {
        public int Done => Tools.Count(t => t.HasContent);
    }
}
