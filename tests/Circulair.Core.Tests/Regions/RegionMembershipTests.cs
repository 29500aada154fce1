using Circulair.Organisations;
using Circulair.Regions;

namespace Circulair.Core.Tests.Regions;

public sealed class RegionMembershipTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Organisation Org(OrganisationType type) => new("O", "o", type, Now);

    [Fact]
    public void Only_an_intercommunale_or_a_province_invites_and_never_itself()
    {
        var gemeente = Org(OrganisationType.Gemeente);
        var region = Org(OrganisationType.Intercommunale);

        Assert.Equal("Errors.RegionWrongType", Assert.Throws<DomainException>(() => RegionMembership.Invite(gemeente, Org(OrganisationType.Gemeente), false, Now)).MessageKey);
        Assert.Equal("Errors.RegionIsSelf", Assert.Throws<DomainException>(() => RegionMembership.Invite(region, region, false, Now)).MessageKey);
        Assert.Equal("Errors.RegionAlreadyMember", Assert.Throws<DomainException>(() => RegionMembership.Invite(region, gemeente, true, Now)).MessageKey);
        Assert.Equal(RegionMembershipStatus.Invited, RegionMembership.Invite(Org(OrganisationType.Provincie), gemeente, false, Now).Status);
    }

    [Fact]
    public void Accepted_then_ended_by_either_side_with_a_date_and_never_answered_twice()
    {
        var m = RegionMembership.Invite(Org(OrganisationType.Intercommunale), Org(OrganisationType.Gemeente), false, Now);

        m.Accept(Now.AddDays(1));
        Assert.True(m.IsActive);
        Assert.Throws<DomainException>(() => m.Decline(Now));
        m.End(RegionSide.Member, new DateOnly(2026, 6, 30));

        Assert.Equal((RegionMembershipStatus.Ended, new DateOnly(2026, 6, 30), RegionSide.Member), (m.Status, m.EndedOn!.Value, m.EndedBy!.Value));
        Assert.False(m.IsOpen);
        Assert.Equal("Errors.RegionMembershipChanged", Assert.Throws<DomainException>(() => m.End(RegionSide.Region, new DateOnly(2026, 7, 1))).MessageKey);
    }

    [Fact]
    public void A_declined_or_withdrawn_invitation_cannot_be_accepted()
    {
        var declined = RegionMembership.Invite(Org(OrganisationType.Intercommunale), Org(OrganisationType.Gemeente), false, Now);
        var withdrawn = RegionMembership.Invite(Org(OrganisationType.Intercommunale), Org(OrganisationType.Gemeente), false, Now);
        declined.Decline(Now);
        withdrawn.Withdraw(Now);

        Assert.Throws<DomainException>(() => declined.Accept(Now));
        Assert.Throws<DomainException>(() => withdrawn.Accept(Now));
        Assert.Throws<DomainException>(() => declined.End(RegionSide.Region, new DateOnly(2026, 3, 2)));
    }
}
