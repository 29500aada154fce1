namespace Circulair.Library;

/// <summary>Searching the library and the cases a case page suggests next to it.</summary>
public static class CaseSearch
{
    public static IReadOnlyList<LibraryCase> Search(this CaseLibrary library, CaseFilter filter) =>
        library.All.Where(filter.Matches).OrderBy(c => c.Domain?.Number ?? 99).ThenBy(c => c.Title.Nl, StringComparer.CurrentCulture).ToList();

    /// <summary>
    /// The cases most like <paramref name="of"/>: the same sub-domain weighs most, then the same domain, then the same
    /// R-strategy, role and value-chain step. Only cases that share at least the domain or two other traits are shown.
    /// </summary>
    public static IReadOnlyList<LibraryCase> Related(this CaseLibrary library, LibraryCase of, int count = 4) =>
        library.All
            .Where(c => c.Key != of.Key)
            .Select(c => (Case: c, Score: Score(of, c)))
            .Where(x => x.Score >= 3)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Case.Title.Nl, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Case)
            .ToList();

    public static int Score(LibraryCase a, LibraryCase b) =>
        (a.DomainCode == b.DomainCode ? 3 : 0)
        + (a.SubdomainCode is not null && a.SubdomainCode == b.SubdomainCode ? 3 : 0)
        + (a.RStrategyCode == b.RStrategyCode ? 1 : 0)
        + (a.Role == b.Role ? 1 : 0)
        + (a.ValueChain == b.ValueChain ? 1 : 0);
}
