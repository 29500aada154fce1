namespace Circulair.Organisations;

/// <summary>Kind of local government (<i>lokaal bestuur</i>) using Circulair.</summary>
public enum OrganisationType
{
    Gemeente = 1,
    Intercommunale = 2,
    Provincie = 3,
    Pom = 4,
    Gemeentebedrijf = 5,
    Andere = 6,
}

public static class OrganisationTypeRules
{
    /// <summary>Only these kinds can group other organisations (used later for roll-ups).</summary>
    public static bool CanBeParent(this OrganisationType type) => type is OrganisationType.Intercommunale or OrganisationType.Provincie;
}
