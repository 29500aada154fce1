namespace Circulair.Budget;

/// <summary>Where a funding application stands.</summary>
public enum FundingStatus
{
    InVoorbereiding = 1,
    Ingediend = 2,
    Toegekend = 3,
    Afgewezen = 4,
    Ingetrokken = 5,
}
