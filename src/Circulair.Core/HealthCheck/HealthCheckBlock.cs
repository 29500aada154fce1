namespace Circulair.HealthCheck;

/// <summary>
/// The nine building blocks of a successful local circular transition (guide ch. 5.3, Figure 11), in the order the
/// figure names them. The values are stored; never renumber.
/// </summary>
public enum HealthCheckBlock
{
    Marktvorming = 1,
    Ondernemerschap = 2,
    Sensibilisering = 3,
    Kennisontwikkeling = 4,
    Kennisuitwisseling = 5,
    Samenwerking = 6,
    Richting = 7,
    Middelen = 8,
    Coordinatie = 9,
}
