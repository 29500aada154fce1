using Circulair.Library;
using Circulair.Library.Sharing;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>What the snapshot fragment shows: the kind, the classification and the fields of one copy.</summary>
public sealed record SnapshotView(SharedItemKind Kind, string? DomainCode, string? RStrategyCode, ValueChainStep? ValueChain, IReadOnlyList<SnapshotField> Fields)
{
    public static SnapshotView Of(SharedSnapshot s) => new(s.Kind, s.DomainCode, s.RStrategyCode, s.ValueChain, s.Fields);

    public static SnapshotView Of(SharedLibraryItem i) => new(i.Kind, i.DomainCode, i.RStrategyCode, i.ValueChainStep, i.Fields);
}
