namespace Circulair.Web.Features.Strategy;

/// <summary>Model of the _StrategyNav partial: the strategy, the current tab, and the crumbs between the tabs and the page.</summary>
public sealed record StrategyNav(StrategyContext Strategy, string Tab, IReadOnlyList<(string Text, string? Href)>? Crumbs = null);
