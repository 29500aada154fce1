using Circulair.Organisations;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// The organisation of the current request (the {org} route value) and the signed-in member's role in it.
/// Filled by <see cref="OrganisationScopeMiddleware"/> before any page code runs; pages under /o/{org}
/// can rely on it being set.
/// </summary>
public sealed class CurrentOrganisation
{
    private OrganisationContext? _value;

    public bool IsSet => _value is not null;

    public OrganisationContext Value => _value ?? throw new InvalidOperationException("No organisation in this request; is the page below /o/{org}?");

    internal void Set(OrganisationContext value) => _value = value;
}

/// <param name="DataVersion">The organisation's data version when the request began (keys the output cache, decision 0170).</param>
/// <param name="OwnerNamesVersion">Its owner names' version then (keys the SMART check's names, decision 0505).</param>
public sealed record OrganisationContext(int Id, string Slug, string Name, OrganisationType Type, bool IsDemo, OrganisationRole Role, long DataVersion = 0,
    long OwnerNamesVersion = 0)
{
    public bool Can(OrganisationRole required) => Role.Includes(required);
}
