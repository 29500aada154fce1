namespace Circulair.Organisations;

/// <summary>
/// A member's role in one organisation. Ordered: each role includes what the roles below it may do.
/// Lezer reads; Teamlid edits content; Coördinator runs everything in the strategy; Beheerder also manages
/// members and settings. See docs/decisions/0003-roles-are-ordered.md.
/// </summary>
public enum OrganisationRole
{
    Lezer = 1,
    Teamlid = 2,
    Coordinator = 3,
    Beheerder = 4,
}

public static class OrganisationRoleRules
{
    public static bool Includes(this OrganisationRole role, OrganisationRole required) => role >= required;
}
