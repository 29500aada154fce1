using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Scan;

/// <summary>A column mapping remembered for a source (per organisation and category list), by header names.</summary>
public sealed class ScanSourceMapping : IOrganisationScoped
{
    public const int SourceKeyMaxLength = 150;

    private ScanSourceMapping()
    {
        SourceKey = "";
        MappingJson = "";
    }

    public ScanSourceMapping(int organisationId, string sourceName, CategoryScheme scheme)
    {
        OrganisationId = organisationId;
        SourceKey = KeyOf(sourceName);
        Scheme = scheme;
        MappingJson = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string SourceKey { get; private set; }
    public CategoryScheme Scheme { get; private set; }

    [NotAudited]
    public string MappingJson { get; private set; }

    public string? EncodingName { get; private set; }
    public string? Delimiter { get; private set; }
    public string? DecimalSeparator { get; private set; }
    public string? ThousandsSeparator { get; private set; }

    public void Remember(RememberedMapping mapping, string encodingName, string delimiter, string decimalSeparator, string thousandsSeparator)
    {
        MappingJson = mapping.ToJson();
        EncodingName = encodingName;
        Delimiter = delimiter;
        DecimalSeparator = decimalSeparator;
        ThousandsSeparator = thousandsSeparator;
    }

    public static string KeyOf(string sourceName)
    {
        var k = Reference.MunicipalityRegistry.Normalise(sourceName);
        return k.Length > SourceKeyMaxLength ? k[..SourceKeyMaxLength] : k;
    }
}

/// <summary>
/// "This code in our files means that reference category": an organisation's own translation for codes the
/// reference list does not know (an intercommunale's fraction names, a local abbreviation). Used by every later import.
/// </summary>
public sealed class ScanCategoryMapping : IOrganisationScoped
{
    public const int SourceMaxLength = 200;

    private ScanCategoryMapping()
    {
        SourceCode = "";
        TargetCode = "";
    }

    public ScanCategoryMapping(int organisationId, CategoryScheme scheme, string sourceCode, string targetCode)
    {
        OrganisationId = organisationId;
        Scheme = scheme;
        SourceCode = KeyOf(sourceCode);
        TargetCode = targetCode;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public CategoryScheme Scheme { get; private set; }
    public string SourceCode { get; private set; }
    public string TargetCode { get; private set; }

    public void Retarget(string targetCode) => TargetCode = targetCode;

    public static string KeyOf(string text)
    {
        var k = CategoryCatalog.Key(text);
        return k.Length > SourceMaxLength ? k[..SourceMaxLength] : k;
    }
}

/// <summary>An organisation's own mapping of one category to action domains (replaces the shipped default for that category).</summary>
public sealed class ScanDomainMapping : IOrganisationScoped
{
    private ScanDomainMapping()
    {
        CategoryCode = "";
        DomainCodes = "";
    }

    public ScanDomainMapping(int organisationId, CategoryScheme scheme, string categoryCode, IEnumerable<string> domainCodes)
    {
        OrganisationId = organisationId;
        Scheme = scheme;
        CategoryCode = categoryCode;
        DomainCodes = string.Join(';', domainCodes);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public CategoryScheme Scheme { get; private set; }
    public string CategoryCode { get; private set; }

    /// <summary>Domain codes separated by ';' (empty: this category counts for no domain).</summary>
    public string DomainCodes { get; private set; }

    public IReadOnlyList<string> Domains => DomainCodes.Length == 0 ? [] : DomainCodes.Split(';');

    public void Change(IEnumerable<string> domainCodes) => DomainCodes = string.Join(';', domainCodes);
}

/// <summary>
/// The organisation's scan settings: which area is "ours", which areas to compare with, and the weights of the
/// domain ranking. Without a row, the defaults apply (the organisation's municipality, Flanders and its province,
/// weights <see cref="RankingWeights.Default"/>).
/// </summary>
public sealed class ScanProfile : IOrganisationScoped
{
    public const int CodesMaxLength = 2000;

    private ScanProfile()
    {
        OwnAreaCodes = "";
        BenchmarkAreaCodes = "";
    }

    public ScanProfile(int organisationId)
    {
        OrganisationId = organisationId;
        OwnAreaCodes = "";
        BenchmarkAreaCodes = "";
        SetWeights(RankingWeights.Default);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>NIS codes of the own territory separated by ';' (an intercommunale lists its municipalities); empty: the organisation's municipality.</summary>
    public string OwnAreaCodes { get; private set; }

    /// <summary>Municipalities chosen for comparison, separated by ';'.</summary>
    public string BenchmarkAreaCodes { get; private set; }

    public double JobsWeight { get; private set; }
    public double SpecialisationWeight { get; private set; }
    public double AddedValueWeight { get; private set; }
    public double WasteWeight { get; private set; }
    public double Co2Weight { get; private set; }

    public int? EmploymentDatasetId { get; private set; }
    public int? AddedValueDatasetId { get; private set; }
    public int? WasteDatasetId { get; private set; }
    public int? Co2DatasetId { get; private set; }

    public IReadOnlyList<string> OwnAreas => Split(OwnAreaCodes);

    public IReadOnlyList<string> BenchmarkAreas => Split(BenchmarkAreaCodes);

    public RankingWeights Weights => new(JobsWeight, SpecialisationWeight, AddedValueWeight, WasteWeight, Co2Weight);

    public void SetAreas(IEnumerable<string> own, IEnumerable<string> benchmarks)
    {
        OwnAreaCodes = string.Join(';', own.Distinct());
        BenchmarkAreaCodes = string.Join(';', benchmarks.Distinct());
    }

    public void SetWeights(RankingWeights w)
    {
        if (w.Jobs < 0 || w.Specialisation < 0 || w.AddedValue < 0 || w.Waste < 0 || w.Co2 < 0)
        {
            throw new DomainException("Errors.ScanWeightNegative");
        }
        JobsWeight = w.Jobs;
        SpecialisationWeight = w.Specialisation;
        AddedValueWeight = w.AddedValue;
        WasteWeight = w.Waste;
        Co2Weight = w.Co2;
    }

    public void ChooseDatasets(int? employment, int? addedValue, int? waste, int? co2)
    {
        EmploymentDatasetId = employment;
        AddedValueDatasetId = addedValue;
        WasteDatasetId = waste;
        Co2DatasetId = co2;
    }

    private static string[] Split(string s) => s.Length == 0 ? [] : s.Split(';', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A population figure the organisation entered for its own area in a year (overrides the reference figure).</summary>
public sealed class ScanPopulation : IOrganisationScoped
{
    private ScanPopulation() { }

    public ScanPopulation(int organisationId, int year, int population)
    {
        OrganisationId = organisationId;
        Year = year;
        Population = population;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int Year { get; private set; }
    public int Population { get; private set; }

    public void Change(int population) => Population = population;
}
