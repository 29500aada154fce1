using Circulair.HealthCheck;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>Phase 3 on "Waar staan we?": the transition health check, naming the latest round, its date and how many rated it.</summary>
public sealed class HealthCheckProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var latest = await db.HealthCheckRounds.InOrganisation(organisationId)
            .OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.Title, r.OpenedAt, Raters = r.Ratings.Count })
            .FirstOrDefaultAsync(ct);
        var rounds = await db.HealthCheckRounds.InOrganisation(organisationId).CountAsync(ct);
        var hasRatings = await db.HealthCheckRatings.InOrganisation(organisationId).AnyAsync(ct);
        return
        [
            new ToolProgress(Phase.Fase3, 5, "HealthCheck.Progress.Name", hasRatings,
                latest is null ? "HealthCheck.Progress.Empty" : "HealthCheck.Progress.Summary",
                latest is null ? [] : [latest.Title, LocalTime.ShowDate(latest.OpenedAt), Platform.Localization.Counted.Of("HealthCheck.Progress.Raters", latest.Raters), Platform.Localization.Counted.Of("HealthCheck.Progress.Rounds", rounds)],
                HealthCheckRoundRow.IndexUrl(organisationSlug)),
        ];
    }
}
