namespace Circulair.Scan;

/// <summary>The list the category codes of a dataset come from. A dataset says which one it uses.</summary>
public enum CategoryScheme
{
    /// <summary>NACE-BEL 2008 (NACE Rev. 2): 21 sections A–U, 88 divisions. Most series up to 2024.</summary>
    NaceBel2008 = 1,

    /// <summary>NACE-BEL 2025 (NACE Rev. 2.1): 22 sections A–V, 87 divisions.</summary>
    NaceBel2025 = 2,

    /// <summary>OVAM's household-waste fractions.</summary>
    OvamWasteFractions = 3,

    /// <summary>The sectors of the VEKA CO2 inventory per municipality.</summary>
    VekaCo2Sectors = 4,

    /// <summary>Any categories the file brings (code and label as given).</summary>
    Free = 5,
}

/// <summary>What a dataset measures. It decides the usual unit, the category list and which values may not be negative.</summary>
public enum DatasetKind
{
    /// <summary>Employment per NACE sector (jobs).</summary>
    Tewerkstelling = 1,

    /// <summary>Added value per NACE sector (euro).</summary>
    ToegevoegdeWaarde = 2,

    /// <summary>Household waste per fraction (tonnes or kg per inhabitant).</summary>
    Huishoudafval = 3,

    /// <summary>CO2 emissions per sector (tonnes).</summary>
    Co2Uitstoot = 4,

    /// <summary>Any other indicator with a unit.</summary>
    Andere = 5,
}

public static class DatasetKindRules
{
    public static CategoryScheme DefaultScheme(this DatasetKind kind) => kind switch
    {
        DatasetKind.Tewerkstelling or DatasetKind.ToegevoegdeWaarde => CategoryScheme.NaceBel2008,
        DatasetKind.Huishoudafval => CategoryScheme.OvamWasteFractions,
        DatasetKind.Co2Uitstoot => CategoryScheme.VekaCo2Sectors,
        _ => CategoryScheme.Free,
    };

    public static string DefaultUnit(this DatasetKind kind) => kind switch
    {
        DatasetKind.Tewerkstelling => Units.Jobs,
        DatasetKind.ToegevoegdeWaarde => Units.Euro,
        DatasetKind.Huishoudafval => Units.Tonnes,
        DatasetKind.Co2Uitstoot => Units.TonnesCo2,
        _ => "",
    };

    /// <summary>Jobs, euros and tonnes are counts and masses: a negative value is a mistake in the file.</summary>
    public static bool RefusesNegativeValues(this DatasetKind kind) => kind is not DatasetKind.Andere;

    public static bool IsNace(this CategoryScheme scheme) => scheme is CategoryScheme.NaceBel2008 or CategoryScheme.NaceBel2025;
}
