namespace Circulair.Monitoring;

/// <summary>How often the owner measures. Measurements are kept per year; a more frequent measurement updates that year's value.</summary>
public enum MeasurementFrequency
{
    Maandelijks = 1,
    PerKwartaal = 2,
    Halfjaarlijks = 3,
    Jaarlijks = 4,
    Tweejaarlijks = 5,
}
