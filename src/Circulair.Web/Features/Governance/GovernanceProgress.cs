using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Governance;

/// <summary>
/// Phase 3 on "Waar staan we?": the coordination role (<i>regiefunctie</i>) and the platform (<i>platformwerking</i>),
/// saying which of the two is still missing (issue 14 item 7).
/// </summary>
public sealed class GovernanceProgress : IProgressSource
{
    public sealed record Facts
    {
        public bool Coordination { get; init; }
        public int Platforms { get; init; }
        public int Meetings { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var (coordination, platforms, meetings) = (facts.Governance.Coordination, facts.Governance.Platforms, facts.Governance.Meetings);
        var summary = (coordination, platforms > 0) switch
        {
            (false, false) => "Governance.Progress.Empty",
            (false, true) => "Governance.Progress.NoCoordination",
            (true, false) => "Governance.Progress.NoPlatform",
            _ => "Governance.Progress.Summary",
        };
        return
        [
            new ToolProgress(Phase.Fase3, 2, "Governance.Progress.Name", coordination || platforms > 0, summary,
                [Counted.Of("Governance.Progress.Platforms", platforms), Counted.Of("Governance.Progress.Meetings", meetings)],
                $"/o/{facts.OrganisationSlug}/followup/governance"),
        ];
    }
}
