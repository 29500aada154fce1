namespace Circulair.Pilots;

/// <summary>The four areas in which step 4 ("Verbeter je werking") tracks improvement projects.</summary>
public enum ImprovementArea
{
    Innovatie = 1,
    MensenEnCompetenties = 2,
    ProcessenEnSystemen = 3,
    Communicatie = 4,
}
