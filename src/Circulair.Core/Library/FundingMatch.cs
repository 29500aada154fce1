namespace Circulair.Library;

/// <summary>A call that fits an action, and why: its domain and the themes they share.</summary>
public sealed record FundingMatch(FundingCall Call, bool DomainFits, IReadOnlyList<string> SharedThemes)
{
    /// <summary>
    /// The rule for matching an action to calls: a call fits when it serves the action's domain (or every domain);
    /// calls that name the domain itself come before generic ones, then those that share more themes. An action
    /// without a domain matches only on shared themes.
    /// </summary>
    public static IReadOnlyList<FundingMatch> For(FundingCatalogue catalogue, string? domainCode, IEnumerable<string> themes)
    {
        var wanted = new HashSet<string>(themes.Where(t => !string.IsNullOrWhiteSpace(t)), StringComparer.OrdinalIgnoreCase);
        return catalogue.All
            .Select(c => new FundingMatch(c, domainCode is not null && c.Domains.Contains(domainCode), c.Themes.Where(wanted.Contains).ToList()))
            .Where(m => m.DomainFits || m.SharedThemes.Count > 0 || (domainCode is not null && m.Call.ForEveryDomain))
            .OrderByDescending(m => m.DomainFits)
            .ThenByDescending(m => m.SharedThemes.Count)
            .ThenBy(m => m.Call.Name.Nl, StringComparer.Ordinal)
            .ToList();
    }
}
