namespace Circulair.Library.Profile;

/// <summary>One cell of the heat map: an R-ladder strategy × a value-chain step, the items in it and their domains.</summary>
public sealed record ProfileCell(string RStrategyCode, ValueChainStep ValueChain, IReadOnlyList<ProfileItem> Items)
{
    public int Count => Items.Count;

    /// <summary>Position on the R-ladder, 0 (Refuse) … 9 (Recover).</summary>
    public int Rung => CircularityProfile.Rung(RStrategyCode);

    public IReadOnlyList<string> Domains => Items.Select(i => i.DomainCode).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
}
