namespace Circulair.Workshops;

/// <summary>One item's result in a dot vote: dots, how many people gave it dots, and its rank (ties share a rank).</summary>
public sealed record DotRow(int ItemId, string Text, VotingItemKind Source, string? SourceKey, int Dots, int Voters, int Rank);
