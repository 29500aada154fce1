namespace Circulair.Monitoring;

/// <summary>Where an indicator stands, by <see cref="IndicatorStatusRule"/>.</summary>
public enum IndicatorStatus
{
    OnTrack = 1,
    Behind = 2,
    OffTrack = 3,
    NoRecentData = 4,

    /// <summary>Measured recently, but without a baseline or a target there is no path to judge against.</summary>
    NoPath = 5,
}
