namespace Circulair.Library.Sharing;

/// <summary>
/// Where a shared item is: proposed by a member, published after a Beheerder's approval, withdrawn (unpublished) or
/// refused. Only <see cref="Gepubliceerd"/> is visible to other organisations.
/// </summary>
public enum SharedItemStatus
{
    Voorgesteld = 1,
    Gepubliceerd = 2,
    Ingetrokken = 3,
    Afgewezen = 4,
}
