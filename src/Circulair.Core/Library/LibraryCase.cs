using Circulair.Reference;

namespace Circulair.Library;

/// <summary>
/// An inspiring case (<i>In de praktijk</i>) of the knowledge library: what was done where and by whom, described in
/// our own words, classified by action domain and sub-domain (Figure 3), R-ladder strategy, value-chain step and the
/// local government's role (Figure 5), with the chapter of the guide that names it and the case's own web page.
/// </summary>
/// <param name="Key">Stable identifier ("deelfabriek-kortrijk"): clones keep it as their lineage.</param>
/// <param name="Chapter">Chapter of the guide that names the case; null for a case an instance administrator added.</param>
/// <param name="Url">The case's own public web page; null when no official page is known.</param>
public sealed record LibraryCase(
    string Key,
    LocalText Title,
    string Place,
    IReadOnlyList<string> Organisations,
    string DomainCode,
    string? SubdomainCode,
    string RStrategyCode,
    ValueChainStep ValueChain,
    GovernmentRole Role,
    string? Chapter,
    Uri? Url,
    LocalText Summary)
{
    public ActionDomain? Domain => ActionDomains.Find(DomainCode);

    public ActionSubdomain? Subdomain => Domain?.Subdomains.FirstOrDefault(s => s.Code == SubdomainCode);

    public RStrategy? RStrategy => RLadder.Find(RStrategyCode);

    /// <summary>Position on the R-ladder, 0 (Refuse) … 9 (Recover): lower is more circular.</summary>
    public int LadderRung => int.Parse(RStrategyCode.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    public bool FromGuide => Chapter is not null;
}
