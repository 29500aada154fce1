using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Governance;

/// <summary>A member of a platform: a stakeholder from the register, or a name typed in; with their role on the platform.</summary>
public sealed class PlatformMember : IOrganisationScoped
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 200;

    private PlatformMember() { }

    internal PlatformMember(GovernancePlatform platform, int? stakeholderId, string? name, string? role, int position)
    {
        OrganisationId = platform.OrganisationId;
        Platform = platform;
        StakeholderId = stakeholderId;
        Name = stakeholderId is null ? StrategyText.Clean(name, NameMaxLength) ?? throw new DomainException("Governance.Error.MemberRequired") : null;
        Role = StrategyText.Clean(role, RoleMaxLength);
        Position = position;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int GovernancePlatformId { get; private set; }
    public GovernancePlatform Platform { get; private set; } = null!;
    public int? StakeholderId { get; private set; }
    public string? Name { get; private set; }
    public string? Role { get; private set; }
    public int Position { get; private set; }
}
