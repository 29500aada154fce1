using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Scan;

/// <summary>
/// A set of figures an organisation brought into the opportunity scan (guide ch. 5, phase 1, "circulaire scan",
/// step 1): employment per sector, household waste per fraction, CO2 per sector or any other indicator. It names
/// its source, licence and retrieval date, so every figure shown can say where it comes from.
/// </summary>
public sealed class ScanDataset : IOrganisationScoped
{
    public const int NameMaxLength = 150;
    public const int SourceNameMaxLength = 150;
    public const int SourceUrlMaxLength = 500;
    public const int LicenceMaxLength = 150;
    public const int NotesMaxLength = 4000;

    private ScanDataset()
    {
        Name = "";
        SourceName = "";
    }

    public ScanDataset(int organisationId, string name, DatasetKind kind, CategoryScheme scheme, string sourceName, DateTime createdAt)
    {
        OrganisationId = organisationId;
        Name = name;
        Kind = kind;
        Scheme = scheme;
        SourceName = sourceName;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; }
    public DatasetKind Kind { get; private set; }

    /// <summary>The category list the codes come from; for NACE it says which version the files use.</summary>
    public CategoryScheme Scheme { get; private set; }

    public string SourceName { get; private set; }
    public string? SourceUrl { get; private set; }
    public string? Licence { get; private set; }
    public DateOnly? RetrievedOn { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>Illustrative figures (the demo's "fictief voorbeeld"): every page that shows them says so.</summary>
    public bool IsIllustrative { get; private set; }

    public DateTime CreatedAt { get; private set; }

    [NotAudited]
    public long ObservationCount { get; private set; }

    [NotAudited]
    public int? FirstYear { get; private set; }

    [NotAudited]
    public int? LastYear { get; private set; }

    [NotAudited]
    public DateTime? UpdatedAt { get; private set; }

    public void Describe(string name, DatasetKind kind, CategoryScheme scheme, string sourceName, string? sourceUrl, string? licence, DateOnly? retrievedOn, string? notes)
    {
        if (scheme != Scheme && ObservationCount > 0)
        {
            throw new DomainException("Errors.ScanSchemeLocked");
        }
        Name = name.Trim();
        Kind = kind;
        Scheme = scheme;
        SourceName = sourceName.Trim();
        SourceUrl = Blank(sourceUrl);
        Licence = Blank(licence);
        RetrievedOn = retrievedOn;
        Notes = Blank(notes);
    }

    public void MarkIllustrative() => IsIllustrative = true;

    /// <summary>Keeps the counts the overview shows without counting a million rows on every page.</summary>
    public void RecordContents(long observationCount, int? firstYear, int? lastYear, DateTime at)
    {
        ObservationCount = observationCount;
        FirstYear = firstYear;
        LastYear = lastYear;
        UpdatedAt = at;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>One year of a dataset: how many figures it holds, for which areas, and which import brought them.</summary>
public sealed class ScanDatasetYear : IOrganisationScoped
{
    private ScanDatasetYear()
    {
        AreaCodes = "";
    }

    public ScanDatasetYear(int organisationId, int scanDatasetId, int year)
    {
        OrganisationId = organisationId;
        ScanDatasetId = scanDatasetId;
        Year = year;
        AreaCodes = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int ScanDatasetId { get; private set; }
    public int Year { get; private set; }
    public long ObservationCount { get; private set; }

    /// <summary>The area codes present, separated by ';' (a few hundred at most), so pages need not scan the figures.</summary>
    [NotAudited]
    public string AreaCodes { get; private set; }

    public int? ScanImportId { get; private set; }
    public DateTime? ImportedAt { get; private set; }

    public IReadOnlyList<string> Areas => AreaCodes.Length == 0 ? [] : AreaCodes.Split(';');

    public void Replace(long observationCount, IEnumerable<string> areaCodes, int? scanImportId, DateTime at)
    {
        ObservationCount = observationCount;
        AreaCodes = string.Join(';', areaCodes.Order(StringComparer.Ordinal));
        ScanImportId = scanImportId;
        ImportedAt = at;
    }
}

/// <summary>A category that occurs in a dataset, with the label the file gave it (free lists) or none (reference lists).</summary>
public sealed class ScanDatasetCategory : IOrganisationScoped
{
    public const int CodeMaxLength = 60;
    public const int LabelMaxLength = 300;

    private ScanDatasetCategory()
    {
        Code = "";
    }

    public ScanDatasetCategory(int organisationId, int scanDatasetId, string code, string? label)
    {
        OrganisationId = organisationId;
        ScanDatasetId = scanDatasetId;
        Code = code;
        Label = label;
    }

    public int OrganisationId { get; private set; }
    public int ScanDatasetId { get; private set; }
    public string Code { get; private set; }
    public string? Label { get; private set; }

    public void Relabel(string? label) => Label = label;
}

/// <summary>
/// One figure: area (NIS code) × year × category → value in a unit. Written only by the import's bulk writer
/// (never through the change tracker: a million rows would flood the audit trail); the import itself is the
/// audited record of who brought which figures in (<see cref="ScanImport"/>).
/// </summary>
public sealed class ScanObservation : IOrganisationScoped
{
    public const int UnitMaxLength = 40;

    private ScanObservation()
    {
        AreaCode = "";
        CategoryCode = "";
        Unit = "";
    }

    public ScanObservation(int organisationId, int scanDatasetId, string areaCode, int year, string categoryCode, double value, string unit)
    {
        OrganisationId = organisationId;
        ScanDatasetId = scanDatasetId;
        AreaCode = areaCode;
        Year = year;
        CategoryCode = categoryCode;
        Value = value;
        Unit = unit;
    }

    public int OrganisationId { get; private set; }
    public int ScanDatasetId { get; private set; }
    public string AreaCode { get; private set; }
    public int Year { get; private set; }
    public string CategoryCode { get; private set; }
    public double Value { get; private set; }
    public string Unit { get; private set; }
}
