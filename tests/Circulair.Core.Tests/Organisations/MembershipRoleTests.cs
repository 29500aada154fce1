using Circulair.Organisations;

namespace Circulair.Core.Tests.Organisations;

public sealed class MembershipRoleTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Demotes_a_Beheerder_while_another_Beheerder_remains()
    {
        var membership = new Membership(1, 10, OrganisationRole.Beheerder, Now);

        membership.ChangeRole(OrganisationRole.Teamlid, beheerdersLeft: 2);

        Assert.Equal(OrganisationRole.Teamlid, membership.Role);
    }

    [Fact]
    public void Refuses_to_demote_the_last_Beheerder()
    {
        var membership = new Membership(1, 10, OrganisationRole.Beheerder, Now);

        var refused = Assert.Throws<DomainException>(() => membership.ChangeRole(OrganisationRole.Coordinator, beheerdersLeft: 1));

        Assert.Equal("Errors.LastBeheerder", refused.MessageKey);
        Assert.Equal(OrganisationRole.Beheerder, membership.Role);
    }

    [Fact]
    public void Promotes_anyone_even_when_there_is_a_single_Beheerder()
    {
        var membership = new Membership(1, 10, OrganisationRole.Lezer, Now);

        membership.ChangeRole(OrganisationRole.Beheerder, beheerdersLeft: 1);

        Assert.Equal(OrganisationRole.Beheerder, membership.Role);
    }

    [Fact]
    public void Refuses_a_value_that_is_not_a_role()
    {
        var membership = new Membership(1, 10, OrganisationRole.Lezer, Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => membership.ChangeRole((OrganisationRole)99, beheerdersLeft: 1));
    }

    [Fact]
    public void Refuses_to_remove_the_last_Beheerder_but_allows_any_other_member()
    {
        var lastBeheerder = new Membership(1, 10, OrganisationRole.Beheerder, Now);
        var coordinator = new Membership(1, 11, OrganisationRole.Coordinator, Now);

        var refused = Assert.Throws<DomainException>(() => lastBeheerder.EnsureRemovable(beheerders: 1));
        Assert.Equal("Errors.LastBeheerder", refused.MessageKey);
        coordinator.EnsureRemovable(beheerders: 1);
        lastBeheerder.EnsureRemovable(beheerders: 2);
    }
}
