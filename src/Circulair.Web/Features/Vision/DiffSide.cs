using Circulair.Vision;

namespace Circulair.Web.Features.Vision;

/// <summary>Model of the _DiffText partial.</summary>
public sealed record DiffSide(IReadOnlyList<DiffSegment> Segments, bool IsLeft);
