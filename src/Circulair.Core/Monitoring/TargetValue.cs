namespace Circulair.Monitoring;

/// <summary>A value an indicator should reach in a year.</summary>
public readonly record struct TargetValue(int Year, double Value);
