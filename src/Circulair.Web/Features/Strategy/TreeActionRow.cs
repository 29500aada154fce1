namespace Circulair.Web.Features.Strategy;

/// <summary>Model of the _TreeAction partial: one action in the tree, its place among its siblings and whether it may move.</summary>
public sealed record TreeActionRow(ActionNode Action, int Index, int Count, bool CanEdit, string BaseUrl);
