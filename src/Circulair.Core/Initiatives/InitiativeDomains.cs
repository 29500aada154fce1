using Circulair.Reference;
using Circulair.Stakeholders;

namespace Circulair.Initiatives;

/// <summary>
/// The domains an initiative can belong to: the five action domains of the guide's Figure 3 (not the supporting
/// sectors), with their sub-domains. The guide ends every list with "…", so an initiative may also carry a
/// sub-domain of its own, typed as text.
/// </summary>
public static class InitiativeDomains
{
    public static IReadOnlyList<ActionDomain> All => ActionDomains.All.Where(d => d.Kind == ActionDomainKind.Domain).ToList();

    public static ActionDomain? Find(string? code) => code is null ? null : All.FirstOrDefault(d => d.Code == code);

    public static ActionSubdomain? FindSubdomain(string? domainCode, string? subdomainCode) =>
        subdomainCode is null ? null : Find(domainCode)?.Subdomains.FirstOrDefault(s => s.Code == subdomainCode);

    /// <summary>A domain named by its code, its number, or its Dutch or English label (without case, accents or extra spaces).</summary>
    public static ActionDomain? Match(string text)
    {
        var key = StakeholderText.NameKey(text);
        return All.FirstOrDefault(d => d.Code == key || d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == key
            || StakeholderText.NameKey(d.Label.Nl) == key || StakeholderText.NameKey(d.Label.En) == key);
    }

    /// <summary>One of the domain's own sub-domains named by its code or label; null means the text is an own sub-domain.</summary>
    public static ActionSubdomain? MatchSubdomain(ActionDomain domain, string text)
    {
        var key = StakeholderText.NameKey(text);
        return domain.Subdomains.FirstOrDefault(s => s.Code == key || StakeholderText.NameKey(s.Label.Nl) == key || StakeholderText.NameKey(s.Label.En) == key);
    }
}
