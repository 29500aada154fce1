using Circulair.Persistence;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Strategy.Domains;

/// <summary>One domain of the strategy: its validation, the scan's evidence above it and everything that hangs below it.</summary>
public sealed class ShowModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, RankingCalculator calculator, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int StrategyDomainId { get; set; }

    public StrategyTree Tree { get; private set; } = null!;
    public DomainNode Domain { get; private set; } = null!;
    public ThreadUp Up { get; private set; } = null!;

    /// <summary>What workshops' dot votes said about the domain's support, for the Coördinator to take over or not.</summary>
    public IReadOnlyList<SupportEvidenceView> Evidence { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadStrategyWithTreeAsync(TreeParts.All, clock, ct) is not { } tree)
        {
            return NotFound();
        }
        Tree = tree;
        if (Tree.Domain(StrategyDomainId) is not { } domain)
        {
            return NotFound();
        }
        Domain = domain;
        Evidence = await SupportEvidenceView.LoadAsync(Db, Org.Id, domain.Id, ct);
        var evidence = await DomainEvidence.LoadAsync(calculator, t, Org.Id, domain.Code, ct);
        Up = new ThreadUp(Link(), Strategy.Vision, domain, evidence, null, null);
        return Page();
    }
}
