using Circulair.Reference;

namespace Circulair.Library;

/// <summary>
/// A funding programme or call of the catalogue (guide chapter 5, phase 3, funding sources): who funds it, the action
/// domains and themes it serves, who may apply, the amounts, the deadline (none = open or unknown), its page and the
/// date someone last checked it.
/// </summary>
/// <param name="Domains">Action domain codes; empty means every domain ("*" in the file).</param>
/// <param name="Themes">Theme words, e.g. sub-domain codes ("stadsontwikkeling") or "europees".</param>
public sealed record FundingCall(
    string Key,
    LocalText Name,
    string Funder,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Themes,
    LocalText WhoMayApply,
    LocalText Amount,
    DateOnly? Deadline,
    Uri? Url,
    DateOnly LastChecked,
    LocalText Summary)
{
    public bool ForEveryDomain => Domains.Count == 0;
}
