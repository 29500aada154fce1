using System.Globalization;

namespace Circulair.Stakeholders.Import;

/// <summary>The columns of the Tool 1 workbook's stakeholder sheet, in the order the export writes them.</summary>
public enum StakeholderColumn
{
    Id = 1,
    Name,
    Kind,
    Department,
    Group,
    Side,
    Power,
    Interest,
    Approach,
    Engagement,
    Forum,
    ForumDetail,
    ContactPerson,
    ContactEmail,
    Notes,
    Tags,
    AssessedOn,
}

/// <summary>
/// The contract between the export and the import of the register (Tool 1 workbook): sheet names, columns,
/// which columns an import needs, and how cell text is read. Header texts and value labels are localised in
/// the web layer and handed in as an <see cref="ImportVocabulary"/>.
/// </summary>
public static class StakeholderSheet
{
    public const string SheetName = "Stakeholders";
    public const string GridSheetName = "Grid";

    /// <summary>The most data rows one import reads; larger registers are split over several files.</summary>
    public const int MaxRows = 10_000;

    public static readonly IReadOnlyList<StakeholderColumn> Columns = Enum.GetValues<StakeholderColumn>();

    /// <summary>The minimal sheet: name, power and interest. The group is optional: a blank cell means no group.</summary>
    public static readonly IReadOnlyList<StakeholderColumn> RequiredColumns =
        [StakeholderColumn.Name, StakeholderColumn.Power, StakeholderColumn.Interest];

    /// <summary>Derived from power and interest: written for reading, ignored when imported.</summary>
    public static bool IsDerived(StakeholderColumn column) => column == StakeholderColumn.Approach;

    /// <summary>Power and interest as typed in a sheet: laag/middel/hoog, 1/2/3 or low/medium/high (any case).</summary>
    public static bool TryParseLevel(string text, out StakeholderLevel level)
    {
        level = StakeholderText.NameKey(text) switch
        {
            "laag" or "low" or "1" => StakeholderLevel.Laag,
            "middel" or "medium" or "gemiddeld" or "2" => StakeholderLevel.Middel,
            "hoog" or "high" or "3" => StakeholderLevel.Hoog,
            _ => 0,
        };
        return level != 0;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>
    /// A date cell: ISO (2026-03-01), Belgian day-first (1/3/2026, 1-3-2026, 1.3.2026) or an Excel serial day
    /// number (a date cell whose format was lost).
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        var t = text.Trim();
        if (DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = DateOnly.FromDateTime(d);
            return true;
        }
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial >= 1 && serial < 2958466 && serial == Math.Floor(serial))
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>An id cell: a whole number (Excel may hand "12" or "12.0").</summary>
    public static bool TryParseId(string text, out int id)
    {
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out id) && id > 0)
        {
            return true;
        }
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is > 0 and <= int.MaxValue)
        {
            id = (int)d;
            return true;
        }
        id = 0;
        return false;
    }
}

/// <summary>
/// The words an import understands: header texts per column and labels per value, in every language the
/// product speaks. Matching ignores case, accents and extra spaces. Enum names and column names in code
/// form ("CoProduceren", "ContactEmail") are always understood.
/// </summary>
public sealed class ImportVocabulary
{
    private readonly Dictionary<string, StakeholderColumn> _headers = new(StringComparer.Ordinal);
    private readonly Dictionary<(Type, string), object> _values = [];
    private readonly HashSet<string> _noGroup = new(StringComparer.Ordinal);

    public ImportVocabulary()
    {
        foreach (var column in StakeholderSheet.Columns)
        {
            AddHeader(column, column.ToString());
        }
        AddEnumNames<StakeholderKind>();
        AddEnumNames<StakeholderSide>();
        AddEnumNames<StakeholderEngagement>();
        AddEnumNames<StakeholderForum>();
        AddEnumNames<StakeholderGroup>();
    }

    public ImportVocabulary AddHeader(StakeholderColumn column, string text)
    {
        _headers.TryAdd(StakeholderText.NameKey(text), column);
        return this;
    }

    public ImportVocabulary AddValue<TEnum>(TEnum value, string text) where TEnum : struct, Enum
    {
        _values.TryAdd((typeof(TEnum), StakeholderText.NameKey(text)), value);
        return this;
    }

    /// <summary>A text that reads as "no group" ("Zonder groep"), as the export writes it for a stakeholder without group.</summary>
    public ImportVocabulary AddNoGroup(string text)
    {
        _noGroup.Add(StakeholderText.NameKey(text));
        return this;
    }

    public bool IsNoGroup(string text) => _noGroup.Contains(StakeholderText.NameKey(text));

    public StakeholderColumn? Column(string? header) =>
        header is not null && _headers.TryGetValue(StakeholderText.NameKey(header), out var c) ? c : null;

    public TEnum? Value<TEnum>(string text) where TEnum : struct, Enum =>
        _values.TryGetValue((typeof(TEnum), StakeholderText.NameKey(text)), out var v) ? (TEnum)v : null;

    private void AddEnumNames<TEnum>() where TEnum : struct, Enum
    {
        foreach (var v in Enum.GetValues<TEnum>())
        {
            AddValue(v, v.ToString());
        }
    }
}
