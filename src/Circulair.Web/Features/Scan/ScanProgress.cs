using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Scan;

/// <summary>The scan on "Waar staan we?" (phase 1): how many datasets, and how many domains are on the shortlist.</summary>
public sealed class ScanProgress : IProgressSource
{
    /// <summary>Datasets, those with figures (the next step's import rule), and domains marked promising.</summary>
    public sealed record Facts
    {
        public int Datasets { get; init; }
        public int DatasetsWithData { get; init; }
        public int Promising { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var (datasets, promising) = (facts.Scan.Datasets, facts.Scan.Promising);
        return [new ToolProgress(Phase.Fase1, 5, "Scan.Tool.Name", datasets > 0 || promising > 0, Counted.KeyFor("Scan.Tool.Summary", datasets), [datasets, Counted.Of("Scan.Tool.Promising", promising)], $"/o/{facts.OrganisationSlug}/scan")];
    }
}
