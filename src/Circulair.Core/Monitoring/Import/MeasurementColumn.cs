namespace Circulair.Monitoring.Import;

/// <summary>The columns of a measurement sheet; indicator, year and value are required.</summary>
public enum MeasurementColumn
{
    Indicator = 1,
    Year = 2,
    Value = 3,
    Unit = 4,
    Source = 5,
    Note = 6,
}
