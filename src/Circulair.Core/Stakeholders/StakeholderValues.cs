namespace Circulair.Stakeholders;

/// <summary>A rating of <i>macht</i> (power) or <i>belang</i> (interest) in Tool 1: low, medium or high.</summary>
public enum StakeholderLevel
{
    Laag = 1,
    Middel = 2,
    Hoog = 3,
}

/// <summary>Whether the stakeholder is a person or an organisation (a department counts as an organisation).</summary>
public enum StakeholderKind
{
    Persoon = 1,
    Organisatie = 2,
}

/// <summary>Inside the local government (a department, the college) or outside it.</summary>
public enum StakeholderSide
{
    Intern = 1,
    Extern = 2,
}

/// <summary>How far the organisation wants to involve the stakeholder (Tool 1).</summary>
public enum StakeholderEngagement
{
    Informeren = 1,
    Raadplegen = 2,
    CoProduceren = 3,
}

/// <summary>An existing body through which the stakeholder can be reached, so no new forum is needed (guide ch. 5.1).</summary>
public enum StakeholderForum
{
    Klimaattafel = 1,
    Ondernemersraad = 2,
    Milieuraad = 3,
    Andere = 4,
}

/// <summary>
/// The stakeholder groups of Tool 1 (method.md, phase 1). Organisations add their own groups
/// (<see cref="CustomStakeholderGroup"/>); a stakeholder in such a group has <see cref="Andere"/> here.
/// The numbers are the display order.
/// </summary>
public enum StakeholderGroup
{
    Burgers = 1,
    Bedrijven = 2,
    StartUps = 3,
    KennisinstellingenEnNgos = 4,
    Investeerders = 5,
    SociaalCirculaireHubs = 6,
    Intercommunale = 7,
    Kringwinkel = 8,
    Buurgemeenten = 9,
    Politiek = 10,
    InterneDienst = 11,
    Andere = 12,
}
