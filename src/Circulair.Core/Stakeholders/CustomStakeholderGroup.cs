using Circulair.Persistence;

namespace Circulair.Stakeholders;

/// <summary>
/// A stakeholder group an organisation adds to the method's fixed list (Tool 1 ends its list with "other"),
/// for example "Scholen" or "Jeugdraad".
/// </summary>
public sealed class CustomStakeholderGroup : IOrganisationScoped
{
    public const int NameMaxLength = 80;

    private CustomStakeholderGroup()
    {
        Name = "";
        NameKey = "";
    }

    public CustomStakeholderGroup(int organisationId, string name)
    {
        OrganisationId = organisationId;
        Name = StakeholderText.Clean(name) ?? throw new DomainException("Stakeholders.Validation.GroupNameRequired");
        NameKey = StakeholderText.NameKey(Name);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; }

    /// <summary>The name without case and accents, unique within the organisation.</summary>
    [Audit.NotAudited]
    public string NameKey { get; private set; }
}
