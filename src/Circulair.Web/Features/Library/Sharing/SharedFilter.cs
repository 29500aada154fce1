using Circulair.Library;
using Circulair.Library.Sharing;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// Searching the published items of the shared library: the case filter's words, domain, R-strategy and value-chain
/// step, plus the kind. Only <see cref="SharedItemStatus.Gepubliceerd"/> items are ever read here.
/// </summary>
public sealed record SharedFilter(CaseFilter Cases, SharedItemKind? Kind)
{
    public const int MaxResults = 200;

    public async Task<IReadOnlyList<SharedItemRow>> SearchAsync(CirculairDbContext db, CancellationToken ct)
    {
        var query = db.SharedLibraryItems.Published();
        if (Kind is { } k)
        {
            query = query.Where(i => i.Kind == k);
        }
        if (Cases.Domain is { } d)
        {
            query = query.Where(i => i.DomainCode == d);
        }
        if (Cases.RStrategy is { } r)
        {
            query = query.Where(i => i.RStrategyCode == r);
        }
        if (Cases.ValueChain is { } c)
        {
            query = query.Where(i => i.ValueChainStep == c);
        }
        if (Cases.Subdomain is not null || Cases.Role is not null)
        {
            // Shared items carry no sub-domain or role: a filter on them matches only cases.
            return [];
        }
        var rows = await query.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(MaxResults * 5).Select(SharedItemRow.Projection).ToListAsync(ct);
        // Words and place are matched in memory, accent- and case-insensitive like the cases (the database collations differ).
        var words = Cases.Query?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return rows
            .Where(i => words.All(w => Contains(i.Title + " " + i.SearchText + " " + i.PublisherName, w)))
            .Where(i => string.IsNullOrWhiteSpace(Cases.Place) || Contains(i.PublisherName, Cases.Place))
            .Take(MaxResults)
            .ToList();
    }

    private static bool Contains(string text, string part) =>
        System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part.Trim(), System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0;
}
