using System.Text.Json;
using System.Text.Json.Serialization;

namespace Circulair.Scan;

public enum ImportLayout
{
    /// <summary>One row per area × category × year, with a value column.</summary>
    Long = 1,

    /// <summary>One column per year (the header holds the years).</summary>
    WideYears = 2,

    /// <summary>One column per category (the header holds the categories).</summary>
    WideCategories = 3,
}

/// <summary>
/// How the columns of a file become figures. Each of area, year, category and unit comes from a column or is
/// one value for the whole file; in a wide layout the value columns carry the year or the category in their
/// header. Column numbers are 1-based (A = 1). Stored as JSON on the import and, by header name, per source.
/// </summary>
public sealed record ImportMapping
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public ImportLayout Layout { get; init; } = ImportLayout.Long;
    public int? AreaColumn { get; init; }
    public string? FixedArea { get; init; }
    public int? YearColumn { get; init; }
    public int? FixedYear { get; init; }
    public int? CategoryColumn { get; init; }
    public int? CategoryLabelColumn { get; init; }
    public string? FixedCategory { get; init; }
    public int? ValueColumn { get; init; }
    public int? UnitColumn { get; init; }
    public string? FixedUnit { get; init; }

    /// <summary>Wide layouts: the columns that hold values (their header is the year or the category).</summary>
    public IReadOnlyList<int> ValueColumns { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ImportMapping FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new ImportMapping() : JsonSerializer.Deserialize<ImportMapping>(json, Json) ?? new ImportMapping();

    /// <summary>The columns given a role (not the wide value columns).</summary>
    public IEnumerable<int> RoleColumns() =>
        new[] { AreaColumn, YearColumn, CategoryColumn, CategoryLabelColumn, ValueColumn, UnitColumn }.Where(c => c is not null).Select(c => c!.Value);
}

/// <summary>
/// A mapping remembered for a source, by header names instead of column numbers, so that the next file from the
/// same source (with the same headers, perhaps in another order) maps itself.
/// </summary>
public sealed record RememberedMapping
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public ImportLayout Layout { get; init; }
    public string? Area { get; init; }
    public string? FixedArea { get; init; }
    public string? Year { get; init; }
    public int? FixedYear { get; init; }
    public string? Category { get; init; }
    public string? CategoryLabel { get; init; }
    public string? FixedCategory { get; init; }
    public string? Value { get; init; }
    public string? Unit { get; init; }
    public string? FixedUnit { get; init; }
    public IReadOnlyList<string> ValueColumns { get; init; } = [];

    public static RememberedMapping From(ImportMapping m, IReadOnlyList<string> header)
    {
        string? Name(int? column) => column is { } c && c >= 1 && c <= header.Count ? header[c - 1] : null;
        return new RememberedMapping
        {
            Layout = m.Layout,
            Area = Name(m.AreaColumn),
            FixedArea = m.FixedArea,
            Year = Name(m.YearColumn),
            FixedYear = m.FixedYear,
            Category = Name(m.CategoryColumn),
            CategoryLabel = Name(m.CategoryLabelColumn),
            FixedCategory = m.FixedCategory,
            Value = Name(m.ValueColumn),
            Unit = Name(m.UnitColumn),
            FixedUnit = m.FixedUnit,
            ValueColumns = m.Layout == ImportLayout.WideCategories ? [.. m.ValueColumns.Select(c => Name(c)!).Where(n => n is not null)] : [],
        };
    }

    /// <summary>The mapping for a file with this header, or null when a remembered column is missing from it.</summary>
    public ImportMapping? ApplyTo(IReadOnlyList<string> header)
    {
        var missing = false;
        int? Column(string? name)
        {
            if (name is null)
            {
                return null;
            }
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return i + 1;
                }
            }
            missing = true;
            return null;
        }
        var mapping = new ImportMapping
        {
            Layout = Layout,
            AreaColumn = Column(Area),
            FixedArea = FixedArea,
            YearColumn = Column(Year),
            FixedYear = FixedYear,
            CategoryColumn = Column(Category),
            CategoryLabelColumn = Column(CategoryLabel),
            FixedCategory = FixedCategory,
            ValueColumn = Column(Value),
            UnitColumn = Column(Unit),
            FixedUnit = FixedUnit,
        };
        if (missing)
        {
            return null;
        }
        IReadOnlyList<int> valueColumns = Layout switch
        {
            ImportLayout.WideYears => FormatDetector.YearColumns(header, mapping.RoleColumns()),
            ImportLayout.WideCategories => [.. ValueColumns.Select(Column).Where(c => c is not null).Select(c => c!.Value)],
            _ => [],
        };
        return missing ? null : mapping with { ValueColumns = valueColumns };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RememberedMapping? FromJson(string? json) => string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<RememberedMapping>(json, Json);
}
