namespace Circulair.Library;

/// <summary>
/// The three roles of a local government in the guide's Figure 5 ("Lokale besturen en de circulaire economie in
/// Vlaanderen", 2024, chapter 4): give direction, set the example in the own organisation, stimulate external engagement.
/// </summary>
public enum GovernmentRole
{
    /// <summary><i>Geef richting</i>: ambition, vision, strategy, monitoring.</summary>
    Richting = 1,

    /// <summary><i>Ga aan de slag met de interne organisatie</i> (<i>voorbeeldrol</i>): own buildings, purchasing, staff.</summary>
    Intern = 2,

    /// <summary><i>Stimuleer extern engagement</i>: citizens, entrepreneurs, partners, from soft to hard instruments.</summary>
    Extern = 3,
}
