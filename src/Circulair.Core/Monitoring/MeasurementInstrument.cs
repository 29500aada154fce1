namespace Circulair.Monitoring;

/// <summary>How an indicator is measured: the instruments the guide lists for phase 3 monitoring.</summary>
public enum MeasurementInstrument
{
    Bevraging = 1,
    Interview = 2,
    Focusgroep = 3,
    Observatie = 4,
    Expertanalyse = 5,
    Mediaanalyse = 6,

    /// <summary>Keeping and analysing figures (registrations, statistics, invoices).</summary>
    CijfersBijhouden = 7,
}
