namespace Circulair.Initiatives;

/// <summary>Filters of the inventory that run as SQL on both providers.</summary>
public static class InitiativeQueries
{
    /// <summary>Initiatives that reach <paramref name="group"/> (among others).</summary>
    public static IQueryable<Initiative> WithTargetGroup(this IQueryable<Initiative> query, InitiativeTargetGroups group) =>
        query.Where(i => (i.TargetGroups & group) != InitiativeTargetGroups.None);

    /// <summary>Initiatives of a sub-domain row of the matrix: a listed one, an own one, or none.</summary>
    public static IQueryable<Initiative> WithSubdomain(this IQueryable<Initiative> query, SubdomainRef subdomain) => subdomain.Kind switch
    {
        SubdomainKind.Listed => query.Where(i => i.SubdomainCode == subdomain.Key),
        SubdomainKind.Own => query.Where(i => i.SubdomainCode == null && i.OwnSubdomainKey == subdomain.OwnKey),
        _ => query.Where(i => i.SubdomainCode == null && i.OwnSubdomain == null),
    };
}
