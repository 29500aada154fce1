namespace Circulair.Workshops;

/// <summary>"Hoe kunnen we…" runs in two phases: collect questions, then vote on them.</summary>
public enum QuestionPhase
{
    Verzamelen = 1,
    Stemmen = 2,
}
