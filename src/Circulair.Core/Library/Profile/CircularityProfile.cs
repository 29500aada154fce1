using System.Globalization;
using Circulair.Reference;

namespace Circulair.Library.Profile;

/// <summary>
/// The circularity profile of a portfolio (issue 18 item 7): how many actions and pilots sit on each rung of the
/// R-ladder (R0 Refuse … R9 Recover) in each step of the value chain, and which items are not tagged yet. Every
/// strategy × step pair is a cell, empty ones included, so the map and its table always have the same shape.
/// </summary>
public sealed class CircularityProfile
{
    private readonly Dictionary<(string, ValueChainStep), ProfileCell> _cells;

    private CircularityProfile(IReadOnlyList<ProfileCell> cells, IReadOnlyList<ProfileItem> untagged, int total)
    {
        Cells = cells;
        Untagged = untagged;
        Total = total;
        _cells = cells.ToDictionary(c => (c.RStrategyCode, c.ValueChain));
    }

    /// <summary>Every cell, R0 first, then by value-chain step.</summary>
    public IReadOnlyList<ProfileCell> Cells { get; }

    /// <summary>Items missing the strategy or the step (or both): they are in no cell.</summary>
    public IReadOnlyList<ProfileItem> Untagged { get; }

    public int Total { get; }

    public int Tagged => Total - Untagged.Count;

    public int Max => Cells.Select(c => c.Count).DefaultIfEmpty(0).Max();

    public ProfileCell Cell(string rStrategyCode, ValueChainStep step) => _cells[(rStrategyCode, step)];

    public int RowTotal(string rStrategyCode) => Cells.Where(c => c.RStrategyCode == rStrategyCode).Sum(c => c.Count);

    public int ColumnTotal(ValueChainStep step) => Cells.Where(c => c.ValueChain == step).Sum(c => c.Count);

    public static CircularityProfile Count(IEnumerable<ProfileItem> items)
    {
        var all = items.ToList();
        var known = RLadder.All.Select(r => r.Code).ToList();
        var tagged = all.Where(i => i.RStrategyCode is not null && known.Contains(i.RStrategyCode) && i.ValueChain is { } s && Enum.IsDefined(s)).ToList();
        var cells = known
            .SelectMany(r => Enum.GetValues<ValueChainStep>().Select(step =>
                new ProfileCell(r, step, tagged.Where(i => i.RStrategyCode == r && i.ValueChain == step).OrderBy(i => i.Title, StringComparer.CurrentCulture).ToList())))
            .ToList();
        return new CircularityProfile(cells, all.Except(tagged).ToList(), all.Count);
    }

    /// <summary>
    /// Cases that go further than a cell: higher on the R-ladder (a lower rung) in one of the cell's domains, the
    /// highest first; the same value-chain step breaks ties. Empty for an empty cell or one without domains.
    /// </summary>
    public static IReadOnlyList<LibraryCase> HigherCases(CaseLibrary library, ProfileCell cell, int count = 3) =>
        cell.Domains.Count == 0
            ? []
            : library.All
                .Where(c => cell.Domains.Contains(c.DomainCode) && c.LadderRung < cell.Rung)
                .OrderBy(c => c.LadderRung)
                .ThenBy(c => c.ValueChain == cell.ValueChain ? 0 : 1)
                .ThenBy(c => c.Title.Nl, StringComparer.Ordinal)
                .Take(count)
                .ToList();

    public static int Rung(string rStrategyCode) => int.Parse(rStrategyCode.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
}
