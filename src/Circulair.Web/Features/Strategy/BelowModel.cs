namespace Circulair.Web.Features.Strategy;

/// <summary>Model of the _Below partial: goals with their lines and actions, as a nested list of links.</summary>
public sealed record BelowModel(StrategyTree Tree, IReadOnlyList<GoalNode> Goals, string BaseUrl);
