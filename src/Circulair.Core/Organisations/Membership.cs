using Circulair.Accounts;
using Circulair.Persistence;

namespace Circulair.Organisations;

/// <summary>A person's role in one organisation. A person may hold memberships in several (an external facilitator).</summary>
public sealed class Membership : IOrganisationScoped
{
    private Membership() { }

    public Membership(int organisationId, int userId, OrganisationRole role, DateTime createdAt)
    {
        OrganisationId = organisationId;
        UserId = userId;
        Role = role;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; } = null!;
    public int UserId { get; private set; }
    public AppUser User { get; private set; } = null!;
    public OrganisationRole Role { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Gives this member another role. <paramref name="beheerdersLeft"/> is the organisation's current number of Beheerders (this one included).</summary>
    public void ChangeRole(OrganisationRole role, int beheerdersLeft)
    {
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role.");
        }
        if (Role == OrganisationRole.Beheerder && role != OrganisationRole.Beheerder && beheerdersLeft <= 1)
        {
            throw new DomainException("Errors.LastBeheerder");
        }
        Role = role;
    }

    /// <summary>
    /// Refuses to take the organisation's last Beheerder away; call it before removing this membership.
    /// <paramref name="beheerders"/> is the organisation's current number of Beheerders (this one included).
    /// The person keeps their account and their other memberships.
    /// </summary>
    public void EnsureRemovable(int beheerders)
    {
        if (Role == OrganisationRole.Beheerder && beheerders <= 1)
        {
            throw new DomainException("Errors.LastBeheerder");
        }
    }
}
