namespace Circulair.Web.Features.Strategy;

/// <summary>Model of the _Below partial: goals with their lines and actions, as a nested list of links.</summary>
/// <param name="Pilots">The pilots carrying out each action (by action id), shown under it in the golden thread; null elsewhere.</param>
public sealed record BelowModel(StrategyTree Tree, IReadOnlyList<GoalNode> Goals, string BaseUrl, IReadOnlyDictionary<int, IReadOnlyList<Circulair.Web.Features.Pilots.PilotLink>>? Pilots = null, string? PilotsUrl = null);
