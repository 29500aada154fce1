using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// "Waar staan we?": per trajectory the one next step the method suggests (<see cref="NextSteps"/>), then per phase of
/// the method the tools that exist and whether they have content.
/// </summary>
[CachedPage]
public sealed class IndexModel(IEnumerable<IProgressSource> sources, CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PhaseRow> Phases { get; private set; } = [];

    public IReadOnlyList<TrajectoryNextStep> NextSteps { get; private set; } = [];

    public int ToolCount => Phases.Sum(p => p.Tools.Count);

    public int DoneCount => Phases.Sum(p => p.Done);

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "dashboard";
        var org = current.Value;
        NextSteps = await Dashboard.NextSteps.LoadAsync(db, org.Id, org.Slug, clock, ct);
        var all = new List<ToolProgress>();
        foreach (var source in sources)
        {
            all.AddRange(await source.GetAsync(org.Id, org.Slug, ct));
        }
        Phases = Enum.GetValues<Phase>()
            .Select(p => new PhaseRow(p, [.. all.Where(x => x.Phase == p).OrderBy(x => x.Order).ThenBy(x => x.NameKey, StringComparer.Ordinal)]))
            .ToList();
    }

    public sealed record PhaseRow(Phase Phase, IReadOnlyList<ToolProgress> Tools)
    {
        public int Done => Tools.Count(t => t.HasContent);
    }
}
