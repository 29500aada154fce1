namespace Circulair.Monitoring;

/// <summary>A Flemish benchmark figure with its year and source (flanders_reference_values.csv).</summary>
public sealed record FlemishReferenceValue(string Indicator, double Value, string Unit, int Year, string Geography, string Source);
