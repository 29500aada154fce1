using System.Globalization;

namespace Circulair.Library;

/// <summary>What a person searches the case library for; every part is optional and they combine (AND).</summary>
public sealed record CaseFilter(string? Query = null, string? Domain = null, string? Subdomain = null, string? RStrategy = null, ValueChainStep? ValueChain = null, GovernmentRole? Role = null, string? Place = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && Domain is null && Subdomain is null && RStrategy is null && ValueChain is null && Role is null && string.IsNullOrWhiteSpace(Place);

    public bool Matches(LibraryCase c)
    {
        if (Domain is not null && c.DomainCode != Domain || Subdomain is not null && c.SubdomainCode != Subdomain
            || RStrategy is not null && !string.Equals(c.RStrategyCode, RStrategy, StringComparison.OrdinalIgnoreCase)
            || ValueChain is not null && c.ValueChain != ValueChain || Role is not null && c.Role != Role)
        {
            return false;
        }
        if (!string.IsNullOrWhiteSpace(Place) && !Contains(c.Place, Place))
        {
            return false;
        }
        if (string.IsNullOrWhiteSpace(Query))
        {
            return true;
        }
        // Every word must appear somewhere in the case's own text, in either language.
        var haystack = string.Join(' ', c.Title.Nl, c.Title.En, c.Summary.Nl, c.Summary.En, c.Place, string.Join(' ', c.Organisations));
        return Query.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Contains(haystack, w));
    }

    private static bool Contains(string text, string part) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
