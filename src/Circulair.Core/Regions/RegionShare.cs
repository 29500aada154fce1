using Circulair.Persistence;

namespace Circulair.Regions;

/// <summary>
/// A member's opt-in: the measurements of one of its indicators are shared with one region it belongs to. The row
/// belongs to the member (<see cref="OrganisationId"/>). Without it the region (and the other members) see only that
/// the member exists; removing it, or ending the membership (which removes the member's shares), takes the figures
/// out of every view at once, because the views read the shares on every request.
/// </summary>
public sealed class RegionShare : IOrganisationScoped
{
    private RegionShare()
    {
    }

    public RegionShare(int memberOrganisationId, int regionMembershipId, int indicatorId, DateTime now)
    {
        OrganisationId = memberOrganisationId;
        RegionMembershipId = regionMembershipId;
        IndicatorId = indicatorId;
        SharedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>The member that shares.</summary>
    public int OrganisationId { get; private set; }

    public int RegionMembershipId { get; private set; }
    public int IndicatorId { get; private set; }
    public DateTime SharedAt { get; private set; }
}
