using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Stakeholders;

namespace Circulair.Initiatives;

/// <summary>
/// A circular initiative that already runs, is planned or has finished in the area (Tool 5, the inventory of
/// existing initiatives: step 3 of the opportunity scan). Grouped per action domain and target group, the
/// inventory shows where much or little happens already. The lead organisation is a stakeholder of the register
/// or a name typed freely; partners are stakeholders of the register.
/// </summary>
public sealed class Initiative : IOrganisationScoped
{
    private readonly List<InitiativePartner> _partners = [];

    private Initiative()
    {
        Name = "";
        NameKey = "";
        Domain = "";
    }

    public Initiative(int organisationId, InitiativeDetails details, DateTime createdAt)
    {
        OrganisationId = organisationId;
        CreatedAt = createdAt;
        Name = "";
        NameKey = "";
        Domain = "";
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; }

    /// <summary>The name without case, accents and extra spaces; unique within the organisation.</summary>
    [NotAudited]
    public string NameKey { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Code of the action domain (<see cref="InitiativeDomains"/>).</summary>
    public string Domain { get; private set; }

    public string? SubdomainCode { get; private set; }
    public string? OwnSubdomain { get; private set; }

    /// <summary><see cref="OwnSubdomain"/> compared without case and accents, for grouping the matrix and filtering.</summary>
    [NotAudited]
    public string? OwnSubdomainKey { get; private set; }

    public InitiativeTargetGroups TargetGroups { get; private set; }
    public string? OtherTargetGroup { get; private set; }
    public InitiativeStatus Status { get; private set; }
    public int? LeadStakeholderId { get; private set; }
    public Stakeholder? LeadStakeholder { get; private set; }

    /// <summary>Typed lead, or the linked stakeholder's name when it was saved (kept if that stakeholder is removed).</summary>
    public string? LeadName { get; private set; }

    public string? WebLink { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<InitiativePartner> Partners => _partners;

    public InitiativeDetails Details => new()
    {
        Name = Name,
        Description = Description,
        Domain = Domain,
        SubdomainCode = SubdomainCode,
        OwnSubdomain = OwnSubdomain,
        TargetGroups = TargetGroups,
        OtherTargetGroup = OtherTargetGroup,
        Status = Status,
        LeadStakeholderId = LeadStakeholderId,
        LeadName = LeadName,
        WebLink = WebLink,
        PartnerIds = [.. _partners.Select(p => p.StakeholderId).Order()],
    };

    /// <summary>
    /// Sets every described field and the partners at once (form, import); the partners must already be loaded.
    /// The caller has checked lengths, the web link, uniqueness of the name and that the stakeholders belong to
    /// the organisation; this refuses what would break the inventory itself.
    /// </summary>
    public void Describe(InitiativeDetails details)
    {
        var d = details.Normalised();
        if (d.Name.Length == 0)
        {
            throw new DomainException("Initiatives.Validation.NameRequired");
        }
        var domain = InitiativeDomains.Find(d.Domain) ?? throw new DomainException("Initiatives.Validation.DomainRequired");
        if (d.SubdomainCode is not null && InitiativeDomains.FindSubdomain(domain.Code, d.SubdomainCode) is null)
        {
            throw new DomainException("Initiatives.Validation.SubdomainNotInDomain");
        }
        if (d.TargetGroups == InitiativeTargetGroups.None || (d.TargetGroups & ~TargetGroupSet.Any) != 0)
        {
            throw new DomainException("Initiatives.Validation.TargetGroupsRequired");
        }
        if (!Enum.IsDefined(d.Status))
        {
            throw new DomainException("Initiatives.Validation.StatusRequired");
        }
        Name = d.Name;
        NameKey = StakeholderText.NameKey(d.Name);
        Description = d.Description;
        Domain = domain.Code;
        SubdomainCode = d.SubdomainCode;
        OwnSubdomain = d.OwnSubdomain;
        OwnSubdomainKey = d.OwnSubdomain is null ? null : StakeholderText.NameKey(d.OwnSubdomain);
        TargetGroups = d.TargetGroups;
        OtherTargetGroup = d.OtherTargetGroup;
        Status = d.Status;
        if (LeadStakeholder is not null && LeadStakeholder.Id != d.LeadStakeholderId)
        {
            LeadStakeholder = null;
        }
        LeadStakeholderId = d.LeadStakeholderId;
        LeadName = d.LeadName;
        WebLink = d.WebLink;
        _partners.RemoveAll(p => !d.PartnerIds.Contains(p.StakeholderId));
        foreach (var id in d.PartnerIds.Where(id => !_partners.Any(p => p.StakeholderId == id)))
        {
            _partners.Add(new InitiativePartner(this, id));
        }
    }

    /// <summary>The lead as it reads: the linked stakeholder's current name, or the typed name.</summary>
    public string? Lead => LeadStakeholder?.Name ?? LeadName;
}
