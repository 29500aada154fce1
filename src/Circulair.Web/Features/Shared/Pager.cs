using Circulair.Web.Platform.Forms;

namespace Circulair.Web.Features.Shared;

/// <summary>
/// A numbered pager below a paged form or list (<c>_Pager</c>): a nav named by <paramref name="Label"/>, previous and
/// next, the first, the last and two pages on either side of the current one, which is marked with aria-current.
/// </summary>
public sealed record Pager(string Id, string Label, int PageNumber, int PageCount, Func<int, string> Link)
{
    public IReadOnlyList<int?> Numbers => Pagination.Numbers(PageNumber, PageCount);
}
