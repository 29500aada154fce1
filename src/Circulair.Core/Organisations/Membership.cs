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

    public void ChangeRole(OrganisationRole role, int beheerdersLeft)
    {
        if (Role == OrganisationRole.Beheerder && role != OrganisationRole.Beheerder && beheerdersLeft <= 1)
        {
            throw new DomainException("Errors.LastBeheerder");
        }
        Role = role;
    }
}
