namespace Circulair.Persistence;

/// <summary>
/// Domain data that belongs to exactly one organisation. Every query on it goes through
/// <see cref="ScopeQueries.InOrganisation{T}"/>, and the audit trail files its changes under that organisation.
/// </summary>
public interface IOrganisationScoped
{
    int OrganisationId { get; }
}

public static class ScopeQueries
{
    public static IQueryable<T> InOrganisation<T>(this IQueryable<T> query, int organisationId) where T : class, IOrganisationScoped =>
        query.Where(e => e.OrganisationId == organisationId);
}
