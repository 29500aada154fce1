using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Scan;

public enum ScanImportStatus
{
    /// <summary>Uploaded; the person checks how the file is read and maps its columns.</summary>
    Draft = 1,

    /// <summary>Every row is being checked (in the background for large files).</summary>
    Validating = 2,

    /// <summary>Checked, with problems: nothing can be stored until they are solved.</summary>
    Invalid = 3,

    /// <summary>Checked, every row passes: waiting for the person to confirm.</summary>
    Ready = 4,

    /// <summary>Confirmed; the figures are being written.</summary>
    Importing = 5,

    Imported = 6,

    /// <summary>Stopped by an unexpected error; nothing was stored.</summary>
    Failed = 7,

    Cancelled = 8,

    /// <summary>Left unfinished too long; the uploaded file was removed.</summary>
    Expired = 9,
}

public enum ImportFileKind
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>
/// One upload of a file into a dataset, from the wizard's first step to the stored figures. While pending it
/// belongs to the person who uploaded it (other members do not see it); the file waits in the import folder
/// under a random name until the import ends or expires. Once imported it is the audited record of which
/// figures came in, from which file, confirmed by whom, and what changed.
/// </summary>
public sealed class ScanImport : IOrganisationScoped
{
    public const int FileNameMaxLength = 255;

    private ScanImport()
    {
        FileName = "";
        StoredName = "";
        EncodingName = "";
        Delimiter = "";
        DecimalSeparator = "";
        ThousandsSeparator = "";
        MappingJson = "";
    }

    public ScanImport(int organisationId, int userId, int scanDatasetId, string fileName, long fileSize, string storedName, ImportFileKind fileKind, DateTime createdAt, DateTime expiresAt)
    {
        OrganisationId = organisationId;
        UserId = userId;
        ScanDatasetId = scanDatasetId;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        FileSize = fileSize;
        StoredName = storedName;
        FileKind = fileKind;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        Status = ScanImportStatus.Draft;
        EncodingName = "utf-8";
        Delimiter = ";";
        DecimalSeparator = ",";
        ThousandsSeparator = "";
        HeaderRow = 1;
        MappingJson = new ImportMapping().ToJson();
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int UserId { get; private set; }
    public int ScanDatasetId { get; private set; }
    public string FileName { get; private set; }
    public long FileSize { get; private set; }

    /// <summary>Random file name in the import folder; never derived from user input.</summary>
    [NotAudited]
    public string StoredName { get; private set; }

    public ImportFileKind FileKind { get; private set; }
    public DateTime CreatedAt { get; private set; }

    [NotAudited]
    public DateTime ExpiresAt { get; private set; }

    [NotAudited]
    public ScanImportStatus Status { get; private set; }

    public string EncodingName { get; private set; }
    public string Delimiter { get; private set; }
    public string DecimalSeparator { get; private set; }
    public string ThousandsSeparator { get; private set; }
    public int HeaderRow { get; private set; }
    public string? SheetName { get; private set; }

    [NotAudited]
    public string MappingJson { get; private set; }

    /// <summary>Set when the mapping came from an earlier import of the same source.</summary>
    [NotAudited]
    public bool MappingRemembered { get; private set; }

    [NotAudited]
    public long ProcessedBytes { get; private set; }

    [NotAudited]
    public long ProcessedRows { get; private set; }

    [NotAudited]
    public long ObservationCount { get; private set; }

    [NotAudited]
    public int ProblemCount { get; private set; }

    [NotAudited]
    public long SkippedCount { get; private set; }

    /// <summary>The years the file holds, separated by ';'.</summary>
    [NotAudited]
    public string? YearsText { get; private set; }

    [NotAudited]
    public int AreaCount { get; private set; }

    [NotAudited]
    public int CategoryCount { get; private set; }

    /// <summary>What the import changed, as JSON (<see cref="ImportChangeReport"/>).</summary>
    [NotAudited]
    public string? ChangeJson { get; private set; }

    /// <summary>Resource key (and '|'-separated arguments) of the reason an import failed.</summary>
    [NotAudited]
    public string? FailureKey { get; private set; }

    [NotAudited]
    public string? FailureArguments { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    /// <summary>Empty value cells with a complete key: by default they keep the stored figure.</summary>
    [NotAudited]
    public long EmptyCount { get; private set; }

    /// <summary>
    /// The person chose, at confirmation, that an empty value cell removes the figure stored for its key. Without
    /// that choice an empty cell never deletes data.
    /// </summary>
    public bool EmptyCellsClear { get; private set; }

    /// <summary>The instance that is checking or writing this import (see <see cref="TakeLease"/>).</summary>
    [NotAudited]
    public string? LeaseHolder { get; private set; }

    /// <summary>Until when <see cref="LeaseHolder"/> holds the import; it renews this while it works.</summary>
    [NotAudited]
    public DateTime? LeaseExpiresAt { get; private set; }

    public ImportMapping Mapping => ImportMapping.FromJson(MappingJson);

    public NumberFormat NumberFormat => new(DecimalSeparator.Length > 0 ? DecimalSeparator[0] : ',', ThousandsSeparator);

    public IReadOnlyList<int> Years => string.IsNullOrEmpty(YearsText) ? [] : [.. YearsText.Split(';').Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture))];

    public bool IsPending => Status is ScanImportStatus.Draft or ScanImportStatus.Validating or ScanImportStatus.Invalid or ScanImportStatus.Ready;

    public bool IsRunning => Status is ScanImportStatus.Validating or ScanImportStatus.Importing;

    public void ReadAs(string encodingName, string delimiter, string decimalSeparator, string thousandsSeparator, int headerRow, string? sheetName)
    {
        EnsureEditable();
        EncodingName = encodingName;
        Delimiter = delimiter;
        DecimalSeparator = decimalSeparator;
        ThousandsSeparator = thousandsSeparator;
        HeaderRow = headerRow;
        SheetName = sheetName;
        BackToDraft();
    }

    public void Map(ImportMapping mapping, bool remembered)
    {
        EnsureEditable();
        MappingJson = mapping.ToJson();
        MappingRemembered = remembered;
        BackToDraft();
    }

    public void StartValidation()
    {
        EnsureEditable();
        Status = ScanImportStatus.Validating;
        ProcessedBytes = 0;
        ProcessedRows = 0;
    }

    public void ReportProgress(long bytes, long rows)
    {
        ProcessedBytes = bytes;
        ProcessedRows = rows;
    }

    public void RecordEmptyCells(long count) => EmptyCount = count;

    public void RecordValidation(long observations, int problems, long skipped, IEnumerable<int> years, int areas, int categories)
    {
        ObservationCount = observations;
        ProblemCount = problems;
        SkippedCount = skipped;
        YearsText = string.Join(';', years.Order());
        AreaCount = areas;
        CategoryCount = categories;
        Status = problems == 0 && observations > 0 ? ScanImportStatus.Ready : ScanImportStatus.Invalid;
    }

    /// <summary>The person confirms a checked import; only a fully valid one can be stored.</summary>
    public void Confirm(DateTime at, bool emptyCellsClear = false)
    {
        if (Status != ScanImportStatus.Ready)
        {
            throw new DomainException("Errors.ScanImportNotReady");
        }
        Status = ScanImportStatus.Importing;
        ConfirmedAt = at;
        EmptyCellsClear = emptyCellsClear;
    }

    /// <summary>
    /// An instance takes the import to check or write it, for a lease that it renews while it works (a heartbeat).
    /// Recovery after a crash fails only running imports whose lease ran out: another instance that is still at
    /// work keeps renewing its lease and is left alone.
    /// </summary>
    public void TakeLease(string holder, DateTime until)
    {
        LeaseHolder = holder;
        LeaseExpiresAt = until;
    }

    public void ReleaseLease()
    {
        LeaseHolder = null;
        LeaseExpiresAt = null;
    }

    /// <summary>Running, and nobody has renewed its lease since <paramref name="now"/>: its instance stopped.</summary>
    public bool IsAbandoned(DateTime now) => IsRunning && (LeaseExpiresAt is null || LeaseExpiresAt < now);

    public void Complete(string changeJson, DateTime at)
    {
        ReleaseLease();
        Status = ScanImportStatus.Imported;
        ChangeJson = changeJson;
        CompletedAt = at;
    }

    public void Fail(string key, params string[] arguments)
    {
        ReleaseLease();
        Status = ScanImportStatus.Failed;
        FailureKey = key;
        FailureArguments = string.Join('|', arguments);
    }

    public void Cancel()
    {
        if (!IsPending)
        {
            throw new DomainException("Errors.ScanImportNotPending");
        }
        Status = ScanImportStatus.Cancelled;
    }

    public void Expire() => Status = ScanImportStatus.Expired;

    private void EnsureEditable()
    {
        if (Status is not (ScanImportStatus.Draft or ScanImportStatus.Invalid or ScanImportStatus.Ready))
        {
            throw new DomainException("Errors.ScanImportNotEditable");
        }
    }

    private void BackToDraft()
    {
        Status = ScanImportStatus.Draft;
        ProblemCount = 0;
        ObservationCount = 0;
    }
}

/// <summary>What a committed import changed, per year: figures added, removed, changed and unchanged.</summary>
public sealed record ImportChangeReport(IReadOnlyList<YearChange> Years)
{
    public long Added => Years.Sum(y => y.Added);
    public long Removed => Years.Sum(y => y.Removed);
    public long Changed => Years.Sum(y => y.Changed);
    public long Unchanged => Years.Sum(y => y.Unchanged);
    public long Kept => Years.Sum(y => y.Kept);

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this);

    public static ImportChangeReport FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new ImportChangeReport([]) : System.Text.Json.JsonSerializer.Deserialize<ImportChangeReport>(json) ?? new ImportChangeReport([]);
}

/// <param name="Replaced">The year existed before and was replaced as a whole.</param>
/// <param name="Examples">A few changed figures, for the report: "41002 · 41 · 2023: 120 → 135".</param>
/// <param name="Kept">Figures kept because their cell in the file was empty.</param>
public sealed record YearChange(int Year, bool Replaced, long Added, long Removed, long Changed, long Unchanged, IReadOnlyList<ChangedFigure> Examples, long Kept = 0);

public sealed record ChangedFigure(string AreaCode, string CategoryCode, double? Old, double? New);
