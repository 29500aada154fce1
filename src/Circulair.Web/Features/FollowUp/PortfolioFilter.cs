using Circulair.Strategy;

namespace Circulair.Web.Features.FollowUp;

/// <summary>The portfolio's filters (domain, goal, trekker, flag), shared by the page and its export so both show the same actions.</summary>
public sealed record PortfolioFilter(int? Domain, int? Goal, string? Owner, string? Flag)
{
    public IEnumerable<ActionFollowUp> Apply(IEnumerable<ActionFollowUp> actions)
    {
        if (Domain is { } domain)
        {
            actions = actions.Where(a => a.DomainId == domain);
        }
        if (Goal is { } goal)
        {
            actions = actions.Where(a => a.GoalId == goal);
        }
        if (ActionOwner.Parse(Owner) is { } owner)
        {
            actions = actions.Where(a => a.Owner == owner);
        }
        else if (Owner == "none")
        {
            actions = actions.Where(a => a.Owner is null);
        }
        return Flag switch
        {
            "late" => actions.Where(a => a.Late),
            "stale" => actions.Where(a => a.Stale),
            "none" => actions.Where(a => a.Percent is null),
            _ => actions,
        };
    }

    /// <summary>The filters as a query string ("?domain=3&amp;flag=late"), for the export link.</summary>
    public string Query()
    {
        var parts = new List<string>();
        if (Domain is { } d) { parts.Add($"domain={d}"); }
        if (Goal is { } g) { parts.Add($"goal={g}"); }
        if (!string.IsNullOrEmpty(Owner)) { parts.Add("owner=" + Uri.EscapeDataString(Owner)); }
        if (!string.IsNullOrEmpty(Flag)) { parts.Add("flag=" + Uri.EscapeDataString(Flag)); }
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
