using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.FollowUp;

/// <summary>
/// The adopted version of a trajectory's strategy (<i>goedgekeurde strategie</i>): frozen when a formal ratification
/// with a positive outcome is recorded, and never changed afterwards. Numbered 1, 2, 3… per trajectory when the
/// strategy is ratified again; the latest one is the reference that later changes are measured against.
/// </summary>
public sealed class AdoptedVersion : IOrganisationScoped
{
    private AdoptedVersion()
    {
        SnapshotJson = "";
    }

    private AdoptedVersion(PoliticalDecision decision, int number, AdoptedStrategy snapshot, int? userId, string? userName, DateTime now)
    {
        OrganisationId = decision.OrganisationId;
        TrajectoryId = decision.TrajectoryId;
        Decision = decision;
        Number = number;
        AdoptedOn = decision.Date;
        SnapshotJson = snapshot.ToJson();
        ActionCount = snapshot.ActionCount;
        SavedByUserId = userId;
        SavedByName = userName;
        SavedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int PoliticalDecisionId { get; private set; }
    public PoliticalDecision Decision { get; private set; } = null!;
    public int Number { get; private set; }

    /// <summary>The date of the ratifying decision.</summary>
    public DateOnly AdoptedOn { get; private set; }

    public int ActionCount { get; private set; }
    public DateTime SavedAt { get; private set; }
    public int? SavedByUserId { get; private set; }
    public string? SavedByName { get; private set; }

    /// <summary>The strategy as it was; bulky, so kept out of the field-by-field audit (the version row itself is audited).</summary>
    [NotAudited]
    public string SnapshotJson { get; private set; }

    public AdoptedStrategy Snapshot() => AdoptedStrategy.FromJson(SnapshotJson);

    /// <summary>Freezes <paramref name="snapshot"/> as adopted by <paramref name="decision"/>, which must ratify the strategy.</summary>
    public static AdoptedVersion Freeze(PoliticalDecision decision, IEnumerable<int> existingNumbers, AdoptedStrategy snapshot, int? userId, string? userName, DateTime now)
    {
        if (!decision.Ratifies)
        {
            throw new DomainException("FollowUp.Error.NotARatification");
        }
        return new AdoptedVersion(decision, existingNumbers.DefaultIfEmpty(0).Max() + 1, snapshot, userId, userName, now);
    }
}
