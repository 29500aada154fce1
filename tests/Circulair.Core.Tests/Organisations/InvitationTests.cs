using Circulair.Organisations;

namespace Circulair.Core.Tests.Organisations;

public sealed class InvitationTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Stores_only_the_hash_of_its_token_and_a_normalised_address()
    {
        var (invitation, token) = Invitation.Create(1, "  Ann@Gemeente.BE ", OrganisationRole.Teamlid, 7, Now);

        Assert.Equal("ann@gemeente.be", invitation.Email);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(Invitation.Hash(token), invitation.TokenHash);
        Assert.True(token.Length >= 40);
    }

    [Fact]
    public void Is_open_for_seven_days_then_expired()
    {
        var (invitation, _) = Invitation.Create(1, "a@b.be", OrganisationRole.Lezer, 7, Now);

        Assert.Equal(InvitationState.Open, invitation.StateAt(Now.AddDays(7).AddSeconds(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(7)));
        Assert.Equal("Errors.InvitationExpired", Assert.Throws<DomainException>(() => invitation.Accept(3, Now.AddDays(8))).MessageKey);
    }

    [Fact]
    public void Can_be_used_once()
    {
        var (invitation, _) = Invitation.Create(1, "a@b.be", OrganisationRole.Lezer, 7, Now);

        invitation.Accept(3, Now.AddHours(1));

        Assert.Equal(InvitationState.Used, invitation.StateAt(Now.AddHours(2)));
        Assert.Equal("Errors.InvitationUsed", Assert.Throws<DomainException>(() => invitation.Accept(4, Now.AddHours(2))).MessageKey);
    }

    [Fact]
    public void A_revoked_invitation_cannot_be_accepted()
    {
        var (invitation, _) = Invitation.Create(1, "a@b.be", OrganisationRole.Lezer, 7, Now);

        invitation.Revoke(Now.AddHours(1));

        Assert.Equal("Errors.InvitationRevoked", Assert.Throws<DomainException>(() => invitation.Accept(4, Now.AddHours(2))).MessageKey);
    }
}
