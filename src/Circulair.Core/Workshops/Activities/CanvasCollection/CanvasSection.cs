namespace Circulair.Workshops;

/// <summary>A section of a pilot canvas that notes can be collected for: its stable code and the resource key of its label.</summary>
public sealed record CanvasSection(string Code, string LabelKey);
