namespace Circulair.Pilots;

/// <summary>What a learned test card ended in (Tool 14).</summary>
public enum LearningResult
{
    Gevalideerd = 1,
    NietGevalideerd = 2,
    Onduidelijk = 3,
}
