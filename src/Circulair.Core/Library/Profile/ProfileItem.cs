namespace Circulair.Library.Profile;

public enum ProfileItemKind
{
    Action = 1,
    Pilot = 2,
}

/// <summary>One action or pilot of the portfolio as the circularity profile sees it; untagged parts are null.</summary>
public sealed record ProfileItem(ProfileItemKind Kind, int Id, string Title, string? RStrategyCode, ValueChainStep? ValueChain, string? DomainCode);
