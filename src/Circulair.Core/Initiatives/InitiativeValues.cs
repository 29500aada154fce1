namespace Circulair.Initiatives;

/// <summary>Where an existing initiative stands (Tool 5): running, planned or finished.</summary>
public enum InitiativeStatus
{
    Lopend = 1,
    Gepland = 2,
    Afgerond = 3,
}

/// <summary>
/// The target groups an initiative reaches (Tool 5). An initiative may reach several, so this is a set of flags;
/// each single flag is one column of the domain × target-group matrix, in this order.
/// </summary>
[Flags]
public enum InitiativeTargetGroups
{
    None = 0,
    Burgers = 1,
    Ondernemers = 2,
    EigenOrganisatie = 4,
    ScholenEnJongeren = 8,
    Verenigingen = 16,
    KwetsbareGroepen = 32,
    Andere = 64,
}

public static class TargetGroupSet
{
    /// <summary>The single target groups, in the matrix's column order.</summary>
    public static readonly IReadOnlyList<InitiativeTargetGroups> All =
    [
        InitiativeTargetGroups.Burgers, InitiativeTargetGroups.Ondernemers, InitiativeTargetGroups.EigenOrganisatie,
        InitiativeTargetGroups.ScholenEnJongeren, InitiativeTargetGroups.Verenigingen, InitiativeTargetGroups.KwetsbareGroepen,
        InitiativeTargetGroups.Andere,
    ];

    /// <summary>Every defined group together; anything outside it is not a valid set.</summary>
    public static readonly InitiativeTargetGroups Any = All.Aggregate(InitiativeTargetGroups.None, (a, g) => a | g);

    public static IEnumerable<InitiativeTargetGroups> Split(InitiativeTargetGroups set) => All.Where(g => (set & g) != 0);

    public static InitiativeTargetGroups Join(IEnumerable<InitiativeTargetGroups> groups) =>
        groups.Aggregate(InitiativeTargetGroups.None, (a, g) => a | g);

    /// <summary>A single group of <see cref="All"/> (not None, not a combination).</summary>
    public static bool IsSingle(InitiativeTargetGroups group) => All.Contains(group);
}
