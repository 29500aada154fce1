namespace Circulair.Library.Sharing;

/// <summary>One field of a published copy: the property it came from (e.g. "Description"), its text and its part.</summary>
public sealed record SnapshotField(string Name, string Value, SnapshotPart Part);
