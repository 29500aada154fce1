namespace Circulair.Pilots;

/// <summary>A three-point scale on a test card: how critical a hypothesis is, what a test costs, how reliable its data are, how much time a metric needs.</summary>
public enum TestLevel
{
    Laag = 1,
    Gemiddeld = 2,
    Hoog = 3,
}
