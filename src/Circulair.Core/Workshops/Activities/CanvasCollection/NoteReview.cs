namespace Circulair.Workshops;

/// <summary>What the team decided about a note collected for a canvas.</summary>
public enum NoteReview
{
    Bewaard = 1,
    Verworpen = 2,
}
