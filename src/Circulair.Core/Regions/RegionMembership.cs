using Circulair.Organisations;
using Circulair.Persistence;

namespace Circulair.Regions;

/// <summary>
/// A region (an intercommunale or a province, <see cref="OrganisationTypeRules.CanBeParent"/>) and one member
/// organisation: invited by the region, accepted or declined by the member's Beheerder, ended by either side with a
/// date. The row belongs to the region (<see cref="OrganisationId"/>) and names the member
/// (<see cref="MemberOrganisationId"/>); it is never deleted, so ended and declined memberships stay as history and a
/// new invitation after an end is a new row. Only an <see cref="RegionMembershipStatus.Active"/> membership lets the
/// region see anything the member shares (decision 0350).
/// </summary>
public sealed class RegionMembership : IOrganisationScoped
{
    private RegionMembership()
    {
    }

    private RegionMembership(int regionId, int memberId, DateTime now)
    {
        OrganisationId = regionId;
        MemberOrganisationId = memberId;
        Status = RegionMembershipStatus.Invited;
        InvitedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>The region.</summary>
    public int OrganisationId { get; private set; }

    public int MemberOrganisationId { get; private set; }
    public RegionMembershipStatus Status { get; private set; }
    public DateTime InvitedAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public RegionSide? EndedBy { get; private set; }

    public bool IsActive => Status == RegionMembershipStatus.Active;

    /// <summary>Open: invited and waiting, or active. A region has at most one open membership per member.</summary>
    public bool IsOpen => Status is RegionMembershipStatus.Invited or RegionMembershipStatus.Active;

    /// <summary>
    /// The region invites a member. Refuses a region that cannot group others, the region itself, and a member that
    /// already has an open membership in this region (<paramref name="alreadyOpen"/>).
    /// </summary>
    public static RegionMembership Invite(Organisation region, Organisation member, bool alreadyOpen, DateTime now)
    {
        if (!region.Type.CanBeParent())
        {
            throw new DomainException("Errors.RegionWrongType");
        }
        if (ReferenceEquals(region, member) || (region.Id != 0 && region.Id == member.Id))
        {
            throw new DomainException("Errors.RegionIsSelf");
        }
        if (alreadyOpen)
        {
            throw new DomainException("Errors.RegionAlreadyMember");
        }
        return new RegionMembership(region.Id, member.Id, now);
    }

    public void Accept(DateTime now)
    {
        Require(RegionMembershipStatus.Invited);
        Status = RegionMembershipStatus.Active;
        AnsweredAt = now;
    }

    public void Decline(DateTime now)
    {
        Require(RegionMembershipStatus.Invited);
        Status = RegionMembershipStatus.Declined;
        AnsweredAt = now;
    }

    /// <summary>The region takes back an invitation nobody answered yet.</summary>
    public void Withdraw(DateTime now)
    {
        Require(RegionMembershipStatus.Invited);
        Status = RegionMembershipStatus.Withdrawn;
        AnsweredAt = now;
    }

    /// <summary>Either side ends an active membership on a date; from then on the region sees nothing the member shared.</summary>
    public void End(RegionSide side, DateOnly on)
    {
        Require(RegionMembershipStatus.Active);
        if (!Enum.IsDefined(side))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "Not a side.");
        }
        Status = RegionMembershipStatus.Ended;
        EndedOn = on;
        EndedBy = side;
    }

    private void Require(RegionMembershipStatus status)
    {
        if (Status != status)
        {
            throw new DomainException("Errors.RegionMembershipChanged");
        }
    }
}
