using Circulair.Organisations;

namespace Circulair.Core.Tests.Organisations;

public sealed class InvitationLifecycleTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Is_open_for_seven_days_then_expired()
    {
        var (invitation, token) = Invitation.Create(1, " Ann@Gemeente.Example ", OrganisationRole.Teamlid, 5, Now);

        Assert.Equal("ann@gemeente.example", invitation.Email);
        Assert.Equal(Invitation.Hash(token), invitation.TokenHash);
        Assert.Equal(InvitationState.Open, invitation.StateAt(Now.AddDays(7).AddSeconds(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(7)));
    }

    [Fact]
    public void Resending_an_open_invitation_revokes_it_and_makes_a_new_token_with_a_fresh_lifetime()
    {
        var (first, firstToken) = Invitation.Create(1, "ann@gemeente.example", OrganisationRole.Coordinator, 5, Now);
        var later = Now.AddDays(3);

        var (second, secondToken) = first.Resend(6, later);

        Assert.Equal(InvitationState.Revoked, first.StateAt(later));
        Assert.Equal(InvitationState.Open, second.StateAt(later));
        Assert.NotEqual(firstToken, secondToken);
        Assert.Equal(Invitation.Hash(secondToken), second.TokenHash);
        Assert.Equal(("ann@gemeente.example", OrganisationRole.Coordinator, 1, 6), (second.Email, second.Role, second.OrganisationId, second.InvitedByUserId));
        Assert.Equal(later + Invitation.Lifetime, second.ExpiresAt);
    }

    [Fact]
    public void Resending_an_expired_invitation_leaves_it_expired()
    {
        var (first, _) = Invitation.Create(1, "ann@gemeente.example", OrganisationRole.Lezer, 5, Now);
        var later = Now.AddDays(10);

        var (second, _) = first.Resend(5, later);

        Assert.Equal(InvitationState.Expired, first.StateAt(later));
        Assert.Equal(InvitationState.Open, second.StateAt(later));
    }

    [Fact]
    public void Refuses_to_resend_a_used_invitation()
    {
        var (invitation, _) = Invitation.Create(1, "ann@gemeente.example", OrganisationRole.Lezer, 5, Now);
        invitation.Accept(12, Now.AddHours(1));

        var refused = Assert.Throws<DomainException>(() => invitation.Resend(5, Now.AddHours(2)));

        Assert.Equal("Errors.InvitationUsed", refused.MessageKey);
    }

    [Fact]
    public void Refuses_to_accept_a_revoked_invitation_or_to_revoke_it_twice()
    {
        var (invitation, _) = Invitation.Create(1, "ann@gemeente.example", OrganisationRole.Lezer, 5, Now);
        invitation.Revoke(Now.AddMinutes(1));

        Assert.Equal("Errors.InvitationRevoked", Assert.Throws<DomainException>(() => invitation.Accept(12, Now.AddMinutes(2))).MessageKey);
        Assert.Equal("Errors.InvitationNotOpen", Assert.Throws<DomainException>(() => invitation.Revoke(Now.AddMinutes(3))).MessageKey);
    }
}
