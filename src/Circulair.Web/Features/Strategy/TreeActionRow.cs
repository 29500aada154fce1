namespace Circulair.Web.Features.Strategy;

/// <summary>Model of the _TreeAction partial: one action in the tree, its place among its siblings, whether it may move and whether it changed since the strategy was adopted.</summary>
public sealed record TreeActionRow(ActionNode Action, int Index, int Count, bool CanEdit, string BaseUrl, Circulair.FollowUp.AdoptionChange? Change = null);
