using Circulair.Stakeholders;

namespace Circulair.Initiatives;

/// <summary>
/// Everything that describes an existing initiative (Tool 5): what the form and the import hand to
/// <see cref="Initiative.Describe"/>. <see cref="Normalised"/> trims texts, turns blanks into null, resolves an own
/// sub-domain that is really one of the domain's listed ones, and sorts the partners, so two details compare
/// equal (<see cref="Differences"/>) when a person would call them equal.
/// </summary>
public sealed record InitiativeDetails
{
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 4000;
    public const int OwnSubdomainMaxLength = 120;
    public const int OtherTargetGroupMaxLength = 120;
    public const int LeadNameMaxLength = 150;
    public const int WebLinkMaxLength = 500;

    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Code of one of the five action domains (<see cref="InitiativeDomains"/>).</summary>
    public required string Domain { get; init; }

    /// <summary>Code of one of the domain's listed sub-domains, or null.</summary>
    public string? SubdomainCode { get; init; }

    /// <summary>A sub-domain of the organisation's own wording, when none of the listed ones fits.</summary>
    public string? OwnSubdomain { get; init; }

    public InitiativeTargetGroups TargetGroups { get; init; }

    /// <summary>Who "other" is, e.g. "senioren"; implies <see cref="InitiativeTargetGroups.Andere"/>.</summary>
    public string? OtherTargetGroup { get; init; }

    public InitiativeStatus Status { get; init; } = InitiativeStatus.Lopend;

    /// <summary>The lead organisation when it is in the stakeholder register.</summary>
    public int? LeadStakeholderId { get; init; }

    /// <summary>The lead organisation's name: free text, or the linked stakeholder's name when it was linked.</summary>
    public string? LeadName { get; init; }

    public string? WebLink { get; init; }

    /// <summary>Stakeholders of the register that take part.</summary>
    public IReadOnlyList<int> PartnerIds { get; init; } = [];

    public InitiativeDetails Normalised()
    {
        var domain = InitiativeDomains.Find(Domain);
        var subdomain = SubdomainCode;
        var own = StakeholderText.Clean(OwnSubdomain);
        if (subdomain is not null)
        {
            own = null;
        }
        else if (own is not null && domain is not null && InitiativeDomains.MatchSubdomain(domain, own) is { } listed)
        {
            (subdomain, own) = (listed.Code, null);
        }
        var other = StakeholderText.Clean(OtherTargetGroup);
        return this with
        {
            Name = StakeholderText.Clean(Name) ?? "",
            Description = StakeholderText.CleanMultiline(Description),
            SubdomainCode = subdomain,
            OwnSubdomain = own,
            TargetGroups = other is null ? TargetGroups : TargetGroups | InitiativeTargetGroups.Andere,
            OtherTargetGroup = other,
            LeadName = StakeholderText.Clean(LeadName),
            WebLink = InitiativeRules.NormaliseWebLink(WebLink),
            PartnerIds = [.. PartnerIds.Distinct().Order()],
        };
    }

    /// <summary>
    /// What differs between two normalised details, as the parts a person recognises. A lead linked to the same
    /// stakeholder on both sides is the same lead even when the stakeholder was renamed since.
    /// </summary>
    public static IEnumerable<InitiativeColumn> Differences(InitiativeDetails a, InitiativeDetails b)
    {
        if (a.Name != b.Name) yield return InitiativeColumn.Name;
        if (a.Description != b.Description) yield return InitiativeColumn.Description;
        if (a.Domain != b.Domain) yield return InitiativeColumn.Domain;
        if (a.SubdomainCode != b.SubdomainCode || a.OwnSubdomain != b.OwnSubdomain) yield return InitiativeColumn.Subdomain;
        if (a.TargetGroups != b.TargetGroups) yield return InitiativeColumn.TargetGroups;
        if (a.OtherTargetGroup != b.OtherTargetGroup) yield return InitiativeColumn.OtherTargetGroup;
        if (a.Status != b.Status) yield return InitiativeColumn.Status;
        if (a.LeadStakeholderId != b.LeadStakeholderId || (a.LeadStakeholderId is null && a.LeadName != b.LeadName)) yield return InitiativeColumn.Lead;
        if (!a.PartnerIds.SequenceEqual(b.PartnerIds)) yield return InitiativeColumn.Partners;
        if (a.WebLink != b.WebLink) yield return InitiativeColumn.WebLink;
    }
}

/// <summary>The columns of the inventory's sheet, in the order the workbook writes them; after the id, the parts a person describes.</summary>
public enum InitiativeColumn
{
    Id = 1,
    Name,
    Description,
    Domain,
    Subdomain,
    TargetGroups,
    OtherTargetGroup,
    Status,
    Lead,
    Partners,
    WebLink,
}

/// <summary>Rules shared by the form and the import.</summary>
public static class InitiativeRules
{
    /// <summary>
    /// A web link as people type it: "www.kringwinkel.be" gets "https://" in front; anything else is kept as typed
    /// (trimmed) for <see cref="IsValidWebLink"/> to judge. Blank becomes null.
    /// </summary>
    public static string? NormaliseWebLink(string? value)
    {
        var link = StakeholderText.Clean(value);
        if (link is null)
        {
            return null;
        }
        return link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? link : "https://" + link;
    }

    /// <summary>An absolute http or https address with a host that has a dot (a page people can open).</summary>
    public static bool IsValidWebLink(string? normalised) =>
        normalised is not null
        && normalised.Length <= InitiativeDetails.WebLinkMaxLength
        && Uri.TryCreate(normalised, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Contains('.', StringComparison.Ordinal)
        && !normalised.Any(char.IsWhiteSpace);
}
