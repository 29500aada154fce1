namespace Circulair.Pilots;

/// <summary>The nine typical pilots of the guide's Figure 12; each has a template in <see cref="PilotTemplates"/>.</summary>
public enum PilotTemplate
{
    CirculairVoorbeeld = 1,
    CirculaireBouwheer = 2,
    SociaalCirculaireMatchmaker = 3,
    Stadsboerderij = 4,
    Materialenbank = 5,
    CirculaireLeerplek = 6,
    Deelplek = 7,
    Voedingscentrum = 8,
    MaakEnHerstelplek = 9,
}
