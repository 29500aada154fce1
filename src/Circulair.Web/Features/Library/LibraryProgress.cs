using Circulair.Budget;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The knowledge library on "Waar staan we?": the benefits estimator for the mandate at the start of phase 1, and in
/// phase 3 the funding catalogue with the next call deadline within 90 days.
/// </summary>
public sealed class LibraryProgress(CirculairDbContext db, KnowledgeLibrary library, TimeProvider clock) : IProgressSource
{
    public const int DeadlineWindowDays = 90;

    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var population = (await PopulationSource.FindAsync(db, organisationId, ct))?.Population;
        // The funding card has content once the catalogue has a deadline coming up or the organisation applied for funding.
        var applications = await db.FundingApplications.InOrganisation(organisationId).CountAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var upcoming = library.Funding.UpcomingDeadlines(today, DeadlineWindowDays);
        var next = upcoming.FirstOrDefault();
        return
        [
            new ToolProgress(Phase.Fase1, 0, "Library.Progress.Benefits", population is not null,
                population is null ? "Library.Progress.BenefitsNoPopulation" : "Library.Progress.BenefitsSummary", [], $"/o/{organisationSlug}/benefits"),
            new ToolProgress(Phase.Fase3, 5, "Library.Progress.Funding", upcoming.Count > 0 || applications > 0,
                next is null ? "Library.Progress.NoDeadlines" : "Library.Progress.NextDeadline",
                next is null ? [library.Funding.All.Count] : [next.Name.ToString(), Strategy.StrategyLabels.Date(next.Deadline), upcoming.Count], "/library/funding"),
        ];
    }
}
