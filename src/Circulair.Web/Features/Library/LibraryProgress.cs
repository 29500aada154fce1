using Circulair.Budget;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The knowledge library on "Waar staan we?": the benefits estimator for the mandate at the start of phase 1, and in
/// phase 3 the funding catalogue with the next call deadline within 90 days.
/// </summary>
public sealed class LibraryProgress(KnowledgeLibrary library) : IProgressSource
{
    public const int DeadlineWindowDays = 90;

    /// <summary>Whether a population is known (the organisation's own or the scan's, <see cref="PopulationSource"/>), and the funding applications.</summary>
    public sealed record Facts
    {
        public bool PopulationKnown { get; init; }
        public int Applications { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        // The funding card has content once the catalogue has a deadline coming up or the organisation applied for funding.
        var upcoming = library.Funding.UpcomingDeadlines(facts.Today, DeadlineWindowDays);
        var next = upcoming.FirstOrDefault();
        return
        [
            new ToolProgress(Phase.Fase1, 0, "Library.Progress.Benefits", facts.Library.PopulationKnown,
                facts.Library.PopulationKnown ? "Library.Progress.BenefitsSummary" : "Library.Progress.BenefitsNoPopulation", [], $"/o/{facts.OrganisationSlug}/benefits"),
            new ToolProgress(Phase.Fase3, 5, "Library.Progress.Funding", upcoming.Count > 0 || facts.Library.Applications > 0,
                next is null ? "Library.Progress.NoDeadlines" : "Library.Progress.NextDeadline",
                next is null ? [library.Funding.All.Count] : [next.Name.ToString(), Strategy.StrategyLabels.Date(next.Deadline), upcoming.Count], "/library/funding"),
        ];
    }
}
