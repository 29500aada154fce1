namespace Circulair.Monitoring;

/// <summary>What a measurement form or an import row gives: the year it is about, optionally the day it was measured, the value, its source and a note.</summary>
public sealed record MeasurementDetails
{
    public int Year { get; init; }
    public DateOnly? MeasuredOn { get; init; }
    public double Value { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
}
