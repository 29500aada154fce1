using Circulair.Library;
using Circulair.Library.Profile;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Profile;

/// <summary>
/// The circularity profile of the organisation's portfolio (issue 18 item 7): every action of its strategies and every
/// pilot, counted by R-ladder strategy × value-chain step (Core: <see cref="CircularityProfile"/>), as a heat map with
/// the same counts in a table, and per filled cell the library cases that go further up the ladder in the same domain.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, KnowledgeLibrary library) : PageModel
{
    public CircularityProfile Profile { get; private set; } = null!;

    /// <summary>Filled cells with the cases that sit higher on the ladder in their domains.</summary>
    public IReadOnlyList<(ProfileCell Cell, IReadOnlyList<LibraryCase> Higher)> Pointers { get; private set; } = [];

    public string OrgSlug => current.Value.Slug;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        var org = current.Value.Id;
        var actions = await db.PlannedActions.InOrganisation(org)
            .Select(a => new { a.Id, a.TrajectoryId, a.Number, a.Title, a.RStrategyCode, a.ValueChainStep, a.SourceCaseKey, a.SubdomainCode, Domain = a.Line == null ? null : a.Line.Goal.Domain.DomainCode })
            .ToListAsync(ct);
        var pilots = await db.Pilots.InOrganisation(org)
            .Select(p => new { p.Id, p.Name, p.RStrategyCode, p.ValueChainStep, Actions = p.Actions.Select(a => a.PlannedActionId).ToList() })
            .ToListAsync(ct);
        string? DomainOfAction(string? line, string? caseKey, string? sub) =>
            line ?? library.Cases.Find(caseKey)?.DomainCode ?? Circulair.Reference.ActionDomains.All.FirstOrDefault(d => d.Subdomains.Any(s => s.Code == sub))?.Code;
        var domains = actions.ToDictionary(a => a.Id, a => DomainOfAction(a.Domain, a.SourceCaseKey, a.SubdomainCode));
        var items = actions.Select(a => new ProfileItem(ProfileItemKind.Action, a.Id, $"{a.Number} {a.Title}", a.RStrategyCode, a.ValueChainStep, domains[a.Id]))
            .Concat(pilots.Select(p => new ProfileItem(ProfileItemKind.Pilot, p.Id, p.Name, p.RStrategyCode, p.ValueChainStep,
                p.Actions.Select(id => domains.GetValueOrDefault(id)).FirstOrDefault(d => d is not null))));
        Profile = CircularityProfile.Count(items);
        ActionLinks = actions.ToDictionary(a => a.Id, a => $"/o/{OrgSlug}/trajectories/{a.TrajectoryId}/actions/{a.Id}");
        Pointers = Profile.Cells.Where(c => c.Count > 0)
            .Select(c => (c, CircularityProfile.HigherCases(library.Cases, c)))
            .ToList();
    }

    private Dictionary<int, string> ActionLinks { get; set; } = [];

    public string Link(ProfileItem item) => item.Kind == ProfileItemKind.Action
        ? ActionLinks.GetValueOrDefault(item.Id, "")
        : $"/o/{OrgSlug}/pilots/{item.Id}";
}
