namespace Circulair.Pilots;

/// <summary>
/// The twelve roles a local government can take in a pilot (the guide's Figure 16). A period holds one or more, so
/// they are flags; the order is the figure's.
/// </summary>
[Flags]
public enum PilotRoles
{
    None = 0,
    Initiatiefnemer = 1 << 0,
    Trekker = 1 << 1,
    Waarnemer = 1 << 2,
    Uitvoerder = 1 << 3,
    Draagvlakcreeerder = 1 << 4,
    Raadgever = 1 << 5,
    Inspirator = 1 << 6,
    Woordvoerder = 1 << 7,
    Kennisdeler = 1 << 8,
    Fondsenwerver = 1 << 9,
    VerschafferVanMiddelen = 1 << 10,
    Matchmaker = 1 << 11,
}

public static class PilotRoleList
{
    /// <summary>Each single role, in the figure's order.</summary>
    public static IReadOnlyList<PilotRoles> All { get; } = [.. Enum.GetValues<PilotRoles>().Where(r => r != PilotRoles.None)];

    public static PilotRoles Combine(IEnumerable<PilotRoles> roles) => roles.Aggregate(PilotRoles.None, (all, r) => all | r);

    public static IReadOnlyList<PilotRoles> Split(PilotRoles roles) => [.. All.Where(r => roles.HasFlag(r))];

    /// <summary>Whether every bit is one of the twelve roles.</summary>
    public static bool IsValid(PilotRoles roles) => roles != PilotRoles.None && (roles & ~Combine(All)) == PilotRoles.None;
}
