namespace Circulair.Workshops;

public enum PollType
{
    EenKeuze = 1,
    MeerKeuze = 2,
    Schaal = 3,
    OpenTekst = 4,
    Woordwolk = 5,
}
