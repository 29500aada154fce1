using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Live workshops on "Waar staan we?", phase 2, just before the ideas (order 4): the guide's phase 2 gathers
/// and chooses ideas with stakeholders in sessions, which is what workshops are for. It has content once a
/// workshop exists; the summary counts workshops by state and activities held. Participants are left out on
/// purpose: joining does not raise the organisation's data version (decision 0190), so a count of them would keep
/// the dashboard out of the page cache (decision 0171). The link opens the workshop that is running, if one is,
/// else the list.
/// </summary>
public sealed class WorkshopProgress : IProgressSource
{
    /// <summary>Workshops, running and ended ones, activities opened, and the newest running workshop.</summary>
    public sealed record Facts
    {
        public int Workshops { get; init; }
        public int Running { get; init; }
        public int Ended { get; init; }
        public int Held { get; init; }
        public int? NewestRunningId { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var w = facts.Workshops;
        var list = $"/o/{facts.OrganisationSlug}/workshops";
        if (w.Workshops == 0)
        {
            return [new ToolProgress(Phase.Fase2, 4, "Workshops.Progress.Name", false, "Workshops.Progress.Empty", [], list)];
        }
        return
        [
            new ToolProgress(Phase.Fase2, 4, "Workshops.Progress.Name", true, Counted.KeyFor("Workshops.Progress.Summary", w.Workshops),
                [w.Workshops, w.Running, w.Ended, Counted.Of("Workshops.Progress.Held", w.Held)],
                w.NewestRunningId is { } running ? WorkshopLoad.Url(facts.OrganisationSlug, running) : list),
        ];
    }
}
