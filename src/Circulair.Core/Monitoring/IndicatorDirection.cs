namespace Circulair.Monitoring;

/// <summary>Which way an indicator should move: the status rule reads a shortfall against the path through it.</summary>
public enum IndicatorDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}
