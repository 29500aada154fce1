using Circulair.FollowUp;
using Circulair.Persistence;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// What changed in a strategy since its adopted version, as the progress report lists it: one row per action that
/// is new, changed or gone, each with the field-level details (<see cref="StrategyDiffComparison"/>, on the same
/// diff as the version comparison page).
/// </summary>
public interface IAdoptedComparison
{
    /// <summary>Null when the trajectory's strategy was never adopted.</summary>
    Task<AdoptedComparison?> CompareAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct);

    /// <summary>The same comparison of an adopted version and the current strategy that the caller read itself.</summary>
    AdoptedComparison Compare(int versionNumber, DateOnly adoptedOn, AdoptedStrategy adopted, AdoptedStrategy current);
}
