using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.TestKit;

/// <summary>An invitation as a test knows it: with the raw token that only the mail would otherwise carry.</summary>
public sealed record TestInvitation(int Id, string Email, string Token)
{
    public string Url => $"/invitations/{Token}";
}

/// <summary>Arranges invitations and memberships directly, for tests of what happens to them later.</summary>
public static class InvitationScenario
{
    /// <summary>
    /// An invitation sent at <paramref name="sentAt"/> (default: now on the test clock). Sending it in the past
    /// makes an expired invitation without moving the clock that other tests share.
    /// </summary>
    public static Task<TestInvitation> NewInvitationAsync(this CirculairFactory factory, TestOrganisation organisation, TestUser invitedBy,
        OrganisationRole role = OrganisationRole.Teamlid, string? email = null, DateTime? sentAt = null) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var (invitation, token) = Invitation.Create(organisation.Id, email ?? Scenario.Unique("invitee") + "@example.test", role, invitedBy.Id,
                sentAt ?? factory.Clock.GetUtcNow().UtcDateTime);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return new TestInvitation(invitation.Id, invitation.Email, token);
        });

    public static Task<Invitation> InvitationAsync(this CirculairFactory factory, int id) =>
        factory.WithDbAsync((db, _) => db.Invitations.AsNoTracking().SingleAsync(i => i.Id == id));

    /// <summary>The person's role in the organisation, or null when they are not a member.</summary>
    public static Task<OrganisationRole?> RoleOfAsync(this CirculairFactory factory, TestOrganisation organisation, int userId) =>
        factory.WithDbAsync((db, _) => db.Memberships
            .Where(m => m.OrganisationId == organisation.Id && m.UserId == userId)
            .Select(m => (OrganisationRole?)m.Role)
            .SingleOrDefaultAsync());

    public static Task<int> MembershipIdAsync(this CirculairFactory factory, TestOrganisation organisation, TestUser user) =>
        factory.WithDbAsync((db, _) => db.Memberships
            .Where(m => m.OrganisationId == organisation.Id && m.UserId == user.Id)
            .Select(m => m.Id)
            .SingleAsync());
}
