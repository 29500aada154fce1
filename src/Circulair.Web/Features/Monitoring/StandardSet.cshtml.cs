using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The standard local indicator set: every indicator with its definition, source and origin, which ones the
/// organisation adopted, and (for a coordinator) a form that adopts the chosen ones in one step. Residual waste needs
/// the organisation's cluster of the Lokaal Materialenplan: taken from its municipality, else chosen here.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class StandardSetModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    [BindProperty]
    public List<string> Codes { get; set; } = [];

    [BindProperty]
    public string? Cluster { get; set; }

    public IReadOnlyDictionary<string, int> Adopted { get; private set; } = new Dictionary<string, int>();

    /// <summary>The organisation's own cluster (from its municipality), or null when the coordinator has to choose.</summary>
    public ResidualWasteTarget? KnownCluster { get; private set; }

    public StandardIndicatorSet Set => StandardIndicatorSet.Instance;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Codes = [.. Set.All.Select(s => s.Code).Where(c => !Adopted.ContainsKey(c))];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var chosen = Codes.Where(c => Set.Find(c) is not null && !Adopted.ContainsKey(c)).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Codes), t["Monitoring.StandardSet.NothingChosen"]);
        }
        var cluster = KnownCluster;
        if (chosen.Contains(StandardIndicatorSet.ResidualWaste) && cluster is null)
        {
            cluster = Set.Cluster(Cluster);
            if (cluster is null)
            {
                ModelState.AddModelError(nameof(Cluster), t["Monitoring.StandardSet.ClusterRequired"]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var added = await AdoptStandardSet.RunAsync(Db, Org.Id, chosen, cluster, Now, ct);
        TempData["Flash"] = "Monitoring.StandardSet.Adopted";
        TempData["FlashArguments"] = new[] { added.Count.ToString(System.Globalization.CultureInfo.CurrentCulture) };
        return Redirect(Link());
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Adopted = await Db.Indicators.InOrganisation(Org.Id).Where(i => i.StandardCode != null)
            .ToDictionaryAsync(i => i.StandardCode!, i => i.Id, ct);
        // The organisation stores its cluster's name and target; its municipality says which cluster exactly (two share a name).
        var org = await Db.Organisations.Where(o => o.Id == Org.Id).Select(o => new { o.NisCode, o.ResidualWasteCluster, o.ResidualWasteTarget2030 }).FirstAsync(ct);
        KnownCluster = MunicipalityRegistry.Instance.FindByNisCode(org.NisCode)?.ResidualWasteTarget is { } byMunicipality
            ? Set.Cluster(byMunicipality.Cluster)
            : Set.Clusters.FirstOrDefault(c => c.ClusterName == org.ResidualWasteCluster && c.KgPerInhabitant == org.ResidualWasteTarget2030);
    }
}
