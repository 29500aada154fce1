using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Governance;

/// <summary>A platform of its own for the strategy, or an existing body (a business council, an environment council…).</summary>
public enum PlatformKind
{
    EigenPlatform = 1,
    BestaandOrgaan = 2,
}

/// <summary>
/// The platform (<i>platformwerking</i>) of phase 3: a body where the strategy's partners meet, with its members
/// (<see cref="PlatformMember"/>) and meetings (<see cref="PlatformMeeting"/>).
/// </summary>
public sealed class GovernancePlatform : IOrganisationScoped
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    private readonly List<PlatformMember> _members = [];

    private GovernancePlatform()
    {
        Name = "";
    }

    public GovernancePlatform(int organisationId, string name, PlatformKind kind, string? description, DateTime now)
    {
        OrganisationId = organisationId;
        Name = "";
        CreatedAt = now;
        Describe(name, kind, description, now);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; }
    public PlatformKind Kind { get; private set; }
    public string? Description { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public IReadOnlyList<PlatformMember> Members => _members;

    public void Describe(string name, PlatformKind kind, string? description, DateTime now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Errors.NotFound");
        }
        Name = StrategyText.Clean(name, NameMaxLength) ?? throw new DomainException("Governance.Error.NameRequired");
        Kind = kind;
        Description = StrategyText.Clean(description, DescriptionMaxLength);
        UpdatedAt = now;
    }

    /// <summary>
    /// Adds a member from the stakeholder register (<paramref name="stakeholderId"/>) or typed in (<paramref name="name"/>).
    /// A stakeholder who is already a member is refused. Load the members first.
    /// </summary>
    public PlatformMember AddMember(int? stakeholderId, string? name, string? role)
    {
        if (stakeholderId is { } s && _members.Any(m => m.StakeholderId == s))
        {
            throw new DomainException("Governance.Error.MemberTwice");
        }
        var member = new PlatformMember(this, stakeholderId, name, role, _members.Select(m => m.Position).DefaultIfEmpty(0).Max() + 1);
        _members.Add(member);
        return member;
    }

    public void RemoveMember(PlatformMember member) => _members.Remove(member);
}
