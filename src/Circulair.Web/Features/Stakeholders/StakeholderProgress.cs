using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>Tool 1 (the register) and Tool 2 (the grid) on "Waar staan we?", phase 1.</summary>
public sealed class StakeholderProgress : IProgressSource
{
    /// <summary>Stakeholders in the register, those without power or interest, and those in the grid's "continu en actief management" cells.</summary>
    public sealed record Facts
    {
        public int Total { get; init; }
        public int Unrated { get; init; }
        public int Active { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var (total, rated, active) = (facts.Stakeholders.Total, facts.Stakeholders.Total - facts.Stakeholders.Unrated, facts.Stakeholders.Active);
        var register = $"/o/{facts.OrganisationSlug}/stakeholders";
        return
        [
            new ToolProgress(Phase.Fase1, 1, "Stakeholders.Progress.Tool1", total > 0,
                total > 0 ? Counted.KeyFor("Stakeholders.Progress.Tool1Summary", total) : "Stakeholders.Progress.Tool1Empty", [total, rated], register),
            new ToolProgress(Phase.Fase1, 2, "Stakeholders.Progress.Tool2", rated > 0,
                rated > 0 ? "Stakeholders.Progress.Tool2Summary" : "Stakeholders.Progress.Tool2Empty", [rated, total - rated, rated == 0 ? 0 : active], register + "/grid"),
        ];
    }
}
