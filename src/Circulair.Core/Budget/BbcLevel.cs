namespace Circulair.Budget;

/// <summary>
/// The three levels of the multi-year plan in the BBC (the Flemish planning and budget cycle of local governments):
/// a policy objective holds action plans, an action plan holds actions.
/// </summary>
public enum BbcLevel
{
    Beleidsdoelstelling = 1,
    Actieplan = 2,
    Actie = 3,
}
