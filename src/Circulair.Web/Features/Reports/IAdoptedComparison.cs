using Circulair.Persistence;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// What changed in a strategy since its adopted version, as the progress report lists it: one row per action that
/// is new, changed or gone, each with the details a comparison can tell. The seam for the field-by-field comparison
/// (issue 16 item 6): replace the registration in <see cref="ReportServices"/> and the progress report shows its
/// details without other changes. Until then <see cref="AdoptionMarkings"/> gives the markings the strategy tree shows.
/// </summary>
public interface IAdoptedComparison
{
    /// <summary>Null when the trajectory's strategy was never adopted.</summary>
    Task<AdoptedComparison?> CompareAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct);
}
