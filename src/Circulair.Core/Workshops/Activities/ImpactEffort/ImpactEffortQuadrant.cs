namespace Circulair.Workshops;

public enum ImpactEffortQuadrant
{
    QuickWin = 1,
    GrootProject = 2,
    KleineVerbetering = 3,
    Vermijden = 4,
}
