namespace Circulair.Stakeholders;

/// <summary>
/// The approach (<i>aanpak</i>) Tool 2 gives a stakeholder from its power and interest. The numbers are the
/// priority of the contact list: whom to reach first when time is short (guide ch. 5.1, "who must we really
/// have on board?"). Active management comes first and "no focus" last (fixed by the method). In between:
/// the influential groups before the medium-power ones, and among the influential ones "keep satisfied"
/// (some interest) before "observe" (little interest), because interest makes a contact more fruitful;
/// "keep involved" (medium power) before "keep informed" (low power).
/// </summary>
public enum StakeholderApproach
{
    ContinuEnActiefManagement = 1,
    HoudTevreden = 2,
    Observeer = 3,
    HoudBetrokken = 4,
    HoudGeinformeerd = 5,
    GeenFocus = 6,
}

/// <summary>One cell of the 3×3 grid: a power row, an interest column and the approach that holds there.</summary>
public sealed record GridCell(StakeholderLevel Power, StakeholderLevel Interest, StakeholderApproach Approach);

/// <summary>
/// Tool 2 "Stakeholdermanagement": the 3×3 grid of power (rows) and interest (columns). The guide's figure is
/// garbled in the PDF; this is our reading of it (method.md, Tool 2), and this class is the only place that
/// holds it. Everything else (the stakeholder's approach, filters, sort order, the grid page, the export)
/// asks here.
/// <code>
/// macht \ belang | laag           | middel            | hoog
/// hoog           | Observeer      | Houd tevreden     | Continu en actief management
/// middel         | Houd betrokken | Houd betrokken    | Houd betrokken
/// laag           | Geen focus     | Houd geïnformeerd | Houd geïnformeerd
/// </code>
/// </summary>
public static class StakeholderGrid
{
    /// <summary>The nine cells, rows from high to low power, columns from low to high interest (the way the grid is drawn).</summary>
    public static readonly IReadOnlyList<GridCell> Cells =
    [
        new(StakeholderLevel.Hoog, StakeholderLevel.Laag, StakeholderApproach.Observeer),
        new(StakeholderLevel.Hoog, StakeholderLevel.Middel, StakeholderApproach.HoudTevreden),
        new(StakeholderLevel.Hoog, StakeholderLevel.Hoog, StakeholderApproach.ContinuEnActiefManagement),
        new(StakeholderLevel.Middel, StakeholderLevel.Laag, StakeholderApproach.HoudBetrokken),
        new(StakeholderLevel.Middel, StakeholderLevel.Middel, StakeholderApproach.HoudBetrokken),
        new(StakeholderLevel.Middel, StakeholderLevel.Hoog, StakeholderApproach.HoudBetrokken),
        new(StakeholderLevel.Laag, StakeholderLevel.Laag, StakeholderApproach.GeenFocus),
        new(StakeholderLevel.Laag, StakeholderLevel.Middel, StakeholderApproach.HoudGeinformeerd),
        new(StakeholderLevel.Laag, StakeholderLevel.Hoog, StakeholderApproach.HoudGeinformeerd),
    ];

    /// <summary>Rows of the grid as drawn: high power on top.</summary>
    public static readonly IReadOnlyList<StakeholderLevel> PowerRows = [StakeholderLevel.Hoog, StakeholderLevel.Middel, StakeholderLevel.Laag];

    /// <summary>Columns of the grid as drawn: low interest on the left.</summary>
    public static readonly IReadOnlyList<StakeholderLevel> InterestColumns = [StakeholderLevel.Laag, StakeholderLevel.Middel, StakeholderLevel.Hoog];

    /// <summary>Approaches in contact-list order: whom to reach first.</summary>
    public static readonly IReadOnlyList<StakeholderApproach> PriorityOrder = [.. Enum.GetValues<StakeholderApproach>().OrderBy(a => (int)a)];

    public static StakeholderApproach ApproachFor(StakeholderLevel power, StakeholderLevel interest) =>
        Cells.Single(c => c.Power == power && c.Interest == interest).Approach;

    /// <summary>The approach, or null while power or interest has not been rated yet.</summary>
    public static StakeholderApproach? ApproachFor(StakeholderLevel? power, StakeholderLevel? interest) =>
        power is { } p && interest is { } i ? ApproachFor(p, i) : null;

    /// <summary>The cells where an approach holds (one to three).</summary>
    public static IReadOnlyList<GridCell> CellsOf(StakeholderApproach approach) => [.. Cells.Where(c => c.Approach == approach)];

    /// <summary>Position in the contact list (1 first); unrated stakeholders come after every approach.</summary>
    public static int Rank(StakeholderApproach? approach) => approach is { } a ? (int)a : PriorityOrder.Count + 1;
}
