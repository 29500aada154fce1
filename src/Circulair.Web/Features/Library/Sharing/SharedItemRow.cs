using System.Linq.Expressions;
using Circulair.Library;
using Circulair.Library.Sharing;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>A shared item as lists show it.</summary>
public sealed record SharedItemRow(int Id, SharedItemKind Kind, string Title, SharedItemStatus Status, string PublisherName, string? DomainCode, string? RStrategyCode,
    ValueChainStep? ValueChain, DateTime ProposedAt, DateTime? PublishedAt, string SearchText)
{
    public static readonly Expression<Func<SharedLibraryItem, SharedItemRow>> Projection = i =>
        new SharedItemRow(i.Id, i.Kind, i.Title, i.Status, i.PublisherName, i.DomainCode, i.RStrategyCode, i.ValueChainStep, i.ProposedAt, i.PublishedAt, i.SearchText);
}
