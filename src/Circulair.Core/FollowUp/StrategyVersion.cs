using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.FollowUp;

/// <summary>
/// A version of a trajectory's strategy saved on demand (issue 16 item 6, decision 0311): a name, when and by whom,
/// and the strategy as it stood, in the same JSON snapshot as an <see cref="AdoptedVersion"/>. Numbered 1, 2, 3… per
/// trajectory. It may be tied afterwards to the political decision that approved it (the decision log); a version is
/// otherwise never changed.
/// </summary>
public sealed class StrategyVersion : IOrganisationScoped
{
    public const int NameMaxLength = 150;

    private StrategyVersion()
    {
        Name = "";
        SnapshotJson = "";
    }

    private StrategyVersion(int organisationId, int trajectoryId, int number, string name, AdoptedStrategy snapshot, int? userId, string? userName, DateTime now)
    {
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        Number = number;
        Name = name;
        SnapshotJson = snapshot.ToJson();
        ActionCount = snapshot.ActionCount;
        SavedByUserId = userId;
        SavedByName = userName;
        SavedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; }
    public int ActionCount { get; private set; }
    public DateTime SavedAt { get; private set; }
    public int? SavedByUserId { get; private set; }
    public string? SavedByName { get; private set; }

    /// <summary>The decision that approved this version, if any (the decision log).</summary>
    public int? PoliticalDecisionId { get; private set; }

    /// <summary>The strategy as it was; bulky, so kept out of the field-by-field audit (the version row itself is audited).</summary>
    [NotAudited]
    public string SnapshotJson { get; private set; }

    public AdoptedStrategy Snapshot() => AdoptedStrategy.FromJson(SnapshotJson);

    public static StrategyVersion Save(int organisationId, int trajectoryId, IEnumerable<int> existingNumbers, string name, AdoptedStrategy snapshot, int? userId, string? userName, DateTime now)
    {
        var clean = name.Trim();
        if (clean.Length == 0 || clean.Length > NameMaxLength)
        {
            throw new DomainException("FollowUp.Versions.Error.Name");
        }
        return new StrategyVersion(organisationId, trajectoryId, existingNumbers.DefaultIfEmpty(0).Max() + 1, clean, snapshot, userId, userName, now);
    }

    /// <summary>Ties this version to the decision that approved it, or unties it (null). The decision must be of the same trajectory.</summary>
    public void ApprovedBy(PoliticalDecision? decision)
    {
        if (decision is not null && (decision.TrajectoryId != TrajectoryId || decision.OrganisationId != OrganisationId))
        {
            throw new DomainException("Errors.NotFound");
        }
        PoliticalDecisionId = decision?.Id;
    }
}
