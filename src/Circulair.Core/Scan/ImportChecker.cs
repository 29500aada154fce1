using System.Globalization;
using Circulair.Reference;

namespace Circulair.Scan;

public enum ImportProblemKind
{
    /// <summary>Characters that do not exist in the chosen encoding (shown as �) or NUL characters.</summary>
    InvalidCharacters = 1,
    NotANumber = 2,
    Negative = 3,
    AreaMissing = 4,
    AreaUnknown = 5,
    YearMissing = 6,
    YearNotANumber = 7,
    YearOutOfRange = 8,
    CategoryMissing = 9,
    CategoryUnknown = 10,
    UnitMissing = 11,
    Duplicate = 12,

    /// <summary>A spreadsheet cell holds a formula: we import values, never formulas.</summary>
    Formula = 13,

    /// <summary>Merged cells in or below the header row.</summary>
    MergedCells = 14,

    /// <summary>The mapping names a column the row does not have, or no column for a required role.</summary>
    ColumnMissing = 15,

    /// <summary>A value outside what is plausible for its unit (a job count of 1e24, a negative tonnage).</summary>
    Implausible = 16,

    /// <summary>The file ends in the middle of its last row (no line break, fewer cells than the header).</summary>
    Truncated = 17,
}

/// <param name="Row">Row number as the file shows it (1-based).</param>
/// <param name="Column">Column number (1-based, A = 1); 0 when the problem is about the whole row.</param>
/// <param name="OtherRow">For duplicates: the row that had this area × category × year first.</param>
public sealed record ImportProblem(long Row, int Column, ImportProblemKind Kind, string? Value, long? OtherRow = null)
{
    public string ColumnName => Column > 0 ? Columns.Name(Column) : "";
}

/// <summary>A figure that passed every check, in compact form for the staging file: indexes into the import's areas, categories and units, and the row it came from.</summary>
public readonly record struct StagedObservation(int AreaIndex, int Year, int CategoryIndex, double Value, int UnitIndex, long Row = 0);

public static class Columns
{
    /// <summary>Spreadsheet column name: 1 → A, 27 → AA.</summary>
    public static string Name(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + (c - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>A → 1, AA → 27; 0 for anything else.</summary>
    public static int Number(string name)
    {
        var n = 0;
        foreach (var ch in name)
        {
            if (ch is < 'A' or > 'Z')
            {
                return 0;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n;
    }
}

/// <summary>
/// Checks an import row by row, in one streaming pass, without I/O: every row is turned into figures through
/// the mapping and checked (area known, year in range, category known or mapped, value a number, not negative
/// for counts and masses, no area × category × year twice). Problems are counted in full and kept up to
/// <see cref="MaxKeptProblems"/> with row and column; figures that pass go to <see cref="OnObservation"/>, which
/// the caller writes to a staging file. The caller stores nothing unless <see cref="ProblemCount"/> ends at 0.
/// </summary>
public sealed class ImportChecker
{
    public const int FirstYear = 1990;
    public const int LastYear = 2100;
    public const int MaxKeptProblems = 1000;
    public const int MaxUnknownCategories = 500;

    /// <summary>
    /// How many keys keep their first row in memory for the duplicate message (about 1 MB). Beyond that only a bit per
    /// key is kept (<see cref="SeenKeys"/>), so memory does not grow with the number of rows; a duplicate of a later key
    /// gets its first row from <see cref="FindFirstRows"/> after the pass.
    /// </summary>
    public const int DefaultFirstRowsKept = 65_536;

    private readonly ImportMapping _mapping;
    private readonly IReadOnlyList<string> _header;
    private readonly DatasetKind _kind;
    private readonly CategoryResolver _categories;
    private readonly NumberFormat _format;
    private readonly string _defaultUnit;
    private readonly AreaRegistry _areas = AreaRegistry.Instance;
    private readonly Dictionary<string, int> _areaCache = new(StringComparer.Ordinal);
    private readonly SeenKeys _seen = new();
    private readonly YearTally?[] _yearTallies = new YearTally?[256];
    private readonly FirstRows _firstRowOfKey = new();
    private Dictionary<long, List<int>>? _withoutFirstRow;
    private readonly Dictionary<string, int> _categoryIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unitIndex = new(StringComparer.Ordinal);
    private readonly List<ImportProblem> _problems = [];
    private readonly List<PlausibleRange> _unitRanges = [];
    private readonly int[] _wideYears = [];
    private readonly int[] _wideCategories = [];
    private readonly int? _fixedArea;
    private readonly int? _fixedCategory;

    public ImportChecker(ImportMapping mapping, IReadOnlyList<string> header, long headerRow, DatasetKind kind, CategoryResolver categories, NumberFormat format, string defaultUnit)
    {
        _mapping = mapping;
        _header = header;
        _kind = kind;
        _categories = categories;
        _format = format;
        _defaultUnit = defaultUnit.Trim();

        if (mapping.Layout == ImportLayout.WideYears)
        {
            _wideYears = new int[mapping.ValueColumns.Count];
            for (var i = 0; i < mapping.ValueColumns.Count; i++)
            {
                var column = mapping.ValueColumns[i];
                var text = column <= header.Count ? header[column - 1] : "";
                if (!TryYear(text, out var year))
                {
                    AddProblem(new ImportProblem(headerRow, column, ImportProblemKind.YearNotANumber, text));
                    _wideYears[i] = -1;
                }
                else if (year is < FirstYear or > LastYear)
                {
                    AddProblem(new ImportProblem(headerRow, column, ImportProblemKind.YearOutOfRange, text));
                    _wideYears[i] = -1;
                }
                else
                {
                    _wideYears[i] = year;
                }
            }
        }
        if (mapping.Layout == ImportLayout.WideCategories)
        {
            _wideCategories = new int[mapping.ValueColumns.Count];
            for (var i = 0; i < mapping.ValueColumns.Count; i++)
            {
                var column = mapping.ValueColumns[i];
                var text = column <= header.Count ? header[column - 1] : "";
                _wideCategories[i] = CategoryIndexOf(text, null, headerRow, column);
            }
        }
        if (mapping.FixedArea is { } fixedArea)
        {
            _fixedArea = _areas.Resolve(fixedArea)?.Index;
            if (_fixedArea is null)
            {
                AddProblem(new ImportProblem(headerRow, 0, ImportProblemKind.AreaUnknown, fixedArea));
            }
        }
        if (mapping.FixedCategory is { } fixedCategory)
        {
            _fixedCategory = CategoryIndexOf(fixedCategory, null, headerRow, 0);
        }
        if (mapping.FixedYear is { } fy && fy is < FirstYear or > LastYear)
        {
            AddProblem(new ImportProblem(headerRow, 0, ImportProblemKind.YearOutOfRange, fy.ToString(CultureInfo.InvariantCulture)));
        }
        if (mapping.AreaColumn is null && mapping.FixedArea is null)
        {
            AddProblem(new ImportProblem(headerRow, 0, ImportProblemKind.AreaMissing, null));
        }
        if (mapping.Layout != ImportLayout.WideYears && mapping.YearColumn is null && mapping.FixedYear is null)
        {
            AddProblem(new ImportProblem(headerRow, 0, ImportProblemKind.YearMissing, null));
        }
        if (mapping.Layout != ImportLayout.WideCategories && mapping.CategoryColumn is null && mapping.CategoryLabelColumn is null && mapping.FixedCategory is null)
        {
            AddProblem(new ImportProblem(headerRow, 0, ImportProblemKind.CategoryMissing, null));
        }
        if (mapping.Layout == ImportLayout.Long && mapping.ValueColumn is null || mapping.Layout != ImportLayout.Long && mapping.ValueColumns.Count == 0)
        {
            AddProblem(new ImportProblem(headerRow, 0, ImportProblemKind.ColumnMissing, null));
        }
        if (mapping.UnitColumn is null && string.IsNullOrWhiteSpace(mapping.FixedUnit) && _defaultUnit.Length == 0)
        {
            AddProblem(new ImportProblem(headerRow, 0, ImportProblemKind.UnitMissing, null));
        }
    }

    /// <summary>How many keys keep their first row in memory (<see cref="DefaultFirstRowsKept"/>; smaller in tests).</summary>
    public int FirstRowsKept { get; init; } = DefaultFirstRowsKept;

    /// <summary>Whether some duplicates still lack the row that had their key first (see <see cref="FindFirstRows"/>).</summary>
    public bool HasDuplicatesWithoutFirstRow => _withoutFirstRow is { Count: > 0 };

    /// <summary>Receives every figure that passed its checks.</summary>
    public Action<StagedObservation>? OnObservation { get; set; }

    /// <summary>
    /// Receives every key (area × category × year) whose value cell is empty or a "no data" mark, with
    /// <see cref="double.NaN"/> as value: an empty cell keeps the stored figure unless the person chooses otherwise
    /// at confirmation, so the commit needs to know these keys. An empty cell occupies its key like a figure does:
    /// the same key with a value elsewhere in the file is a duplicate.
    /// </summary>
    public Action<StagedObservation>? OnEmpty { get; set; }

    /// <summary>Number of empty value cells with a complete key (the figures they may keep or clear).</summary>
    public long EmptyCount { get; private set; }

    public IReadOnlyList<ImportProblem> Problems => _problems;
    public int ProblemCount { get; private set; }
    public Dictionary<ImportProblemKind, int> ProblemsByKind { get; } = [];
    public long ObservationCount { get; private set; }
    public long SkippedCount { get; private set; }
    public long RowCount { get; private set; }

    /// <summary>Per year: how many figures and which areas (registry indexes).</summary>
    public SortedDictionary<int, YearTally> Years { get; } = [];

    /// <summary>Categories met, in order of first appearance: code and label (label only for free lists).</summary>
    public List<(string Code, string? Label)> Categories { get; } = [];

    public List<string> Units { get; } = [];

    /// <summary>Category texts that matched nothing, with the first row and how often they occur.</summary>
    public Dictionary<string, UnknownCategory> UnknownCategories { get; } = new(StringComparer.Ordinal);

    public void AddProblem(ImportProblem problem)
    {
        ProblemCount++;
        ProblemsByKind[problem.Kind] = ProblemsByKind.GetValueOrDefault(problem.Kind) + 1;
        if (_problems.Count < MaxKeptProblems)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Checks one data row (cells as text, index 0 = column A).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void CheckRow(long row, IReadOnlyList<string?> cells)
    {
        RowCount++;
        if (IsBlank(cells))
        {
            return;
        }
        var m = _mapping;
        CheckUnmappedCharacters(row, cells);
        var area = _fixedArea ?? ReadArea(row, cells);
        var unit = ReadUnit(row, cells);
        switch (m.Layout)
        {
            case ImportLayout.Long:
            {
                var year = m.FixedYear is { } fy ? (fy is < FirstYear or > LastYear ? -1 : fy) : ReadYear(row, cells, m.YearColumn);
                var category = _fixedCategory ?? ReadCategory(row, cells);
                Emit(row, cells, m.ValueColumn ?? 0, area, year, category, unit);
                break;
            }
            case ImportLayout.WideYears:
            {
                var category = _fixedCategory ?? ReadCategory(row, cells);
                for (var i = 0; i < m.ValueColumns.Count; i++)
                {
                    Emit(row, cells, m.ValueColumns[i], area, _wideYears[i], category, unit);
                }
                break;
            }
            case ImportLayout.WideCategories:
            {
                var year = m.FixedYear is { } fy ? (fy is < FirstYear or > LastYear ? -1 : fy) : ReadYear(row, cells, m.YearColumn);
                for (var i = 0; i < m.ValueColumns.Count; i++)
                {
                    Emit(row, cells, m.ValueColumns[i], area, year, _wideCategories[i], unit);
                }
                break;
            }
        }
    }

    /// <summary>The code of a category index (for writing staged figures).</summary>
    public string CategoryCode(int index) => Categories[index].Code;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Emit(long row, IReadOnlyList<string?> cells, int column, int area, int year, int category, int unit)
    {
        var text = Cell(cells, column);
        if (text is not null && HasBadCharacters(text))
        {
            AddProblem(new ImportProblem(row, column, ImportProblemKind.InvalidCharacters, text));
            return;
        }
        var parsed = _format.TryParse(text, out var value);
        if (parsed == NumberParse.Missing)
        {
            SkippedCount++;
            if (area >= 0 && year >= 0 && category >= 0 && unit >= 0)
            {
                if (!FirstOfKey(Key(area, year, category), row, column, text))
                {
                    return;
                }
                EmptyCount++;
                OnEmpty?.Invoke(new StagedObservation(area, year, category, double.NaN, unit, row));
            }
            return;
        }
        if (parsed == NumberParse.Invalid)
        {
            AddProblem(new ImportProblem(row, column, ImportProblemKind.NotANumber, text));
            return;
        }
        if (value < 0 && (_kind.RefusesNegativeValues() || unit >= 0 && _unitRanges[unit].RefusesNegative))
        {
            AddProblem(new ImportProblem(row, column, ImportProblemKind.Negative, text));
            return;
        }
        if (unit >= 0 && Math.Abs(value) > _unitRanges[unit].Maximum)
        {
            AddProblem(new ImportProblem(row, column, ImportProblemKind.Implausible, text));
            return;
        }
        if (area < 0 || year < 0 || category < 0 || unit < 0)
        {
            return; // the problem was reported where the area, year, category or unit was read
        }
        if (!FirstOfKey(Key(area, year, category), row, column, text))
        {
            return;
        }
        ObservationCount++;
        // An array by year and a bit per area in front of the sorted dictionary and the set: one lookup each per figure
        // was a measurable part of the check at millions of rows.
        if (_yearTallies[year - 1900] is not { } tally)
        {
            tally = new YearTally();
            Years[year] = tally;
            _yearTallies[year - 1900] = tally;
        }
        tally.Count++;
        tally.AddArea(area);
        OnObservation?.Invoke(new StagedObservation(area, year, category, value, unit, row));
    }

    /// <summary>The packed area × category × year key (area 10 bits, year − 1900 8 bits, category above).</summary>
    public static long Key(int area, int year, int category) => ((long)category << 18) | ((long)(year - 1900) << 10) | (uint)area;

    /// <summary>
    /// True when the key is met for the first time; otherwise reports the duplicate, with the row that had the key first
    /// when that row is still in memory, else remembered so that <see cref="FindFirstRows"/> can fill it in.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool FirstOfKey(long key, long row, int column, string? text)
    {
        if (_seen.Add(key))
        {
            if (_firstRowOfKey.Count < FirstRowsKept)
            {
                _firstRowOfKey.TryAdd(key, row, out _);
            }
            return true;
        }
        var first = _firstRowOfKey.Find(key);
        if (first is null && _problems.Count < MaxKeptProblems)
        {
            _withoutFirstRow ??= [];
            if (!_withoutFirstRow.TryGetValue(key, out var kept))
            {
                _withoutFirstRow[key] = kept = [];
            }
            kept.Add(_problems.Count);
        }
        AddProblem(new ImportProblem(row, column, ImportProblemKind.Duplicate, text, first));
        return false;
    }

    /// <summary>
    /// Fills in the first row of the duplicates whose key came after the first <see cref="FirstRowsKept"/> keys, from
    /// the figures and empty keys this checker passed on, in file order (as the staging file holds them): the first
    /// occurrence of a key is the only one passed on, so its row is the one that had the key first. Stops as soon as
    /// every such duplicate has its row.
    /// </summary>
    public void FindFirstRows(IEnumerable<StagedObservation> passedOn)
    {
        if (_withoutFirstRow is not { Count: > 0 } open)
        {
            return;
        }
        foreach (var s in passedOn)
        {
            if (open.Remove(Key(s.AreaIndex, s.Year, s.CategoryIndex), out var indexes))
            {
                foreach (var i in indexes)
                {
                    _problems[i] = _problems[i] with { OtherRow = s.Row };
                }
                if (open.Count == 0)
                {
                    return;
                }
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int ReadArea(long row, IReadOnlyList<string?> cells)
    {
        var column = _mapping.AreaColumn ?? 0;
        var text = Cell(cells, column);
        if (string.IsNullOrWhiteSpace(text))
        {
            AddProblem(new ImportProblem(row, column, ImportProblemKind.AreaMissing, null));
            return -1;
        }
        if (!_areaCache.TryGetValue(text, out var index))
        {
            index = HasBadCharacters(text) ? -2 : _areas.Resolve(text) is { Kind: not AreaKind.OwnArea } a ? a.Index : -1;
            _areaCache[text] = index;
        }
        if (index < 0)
        {
            AddProblem(new ImportProblem(row, column, index == -2 ? ImportProblemKind.InvalidCharacters : ImportProblemKind.AreaUnknown, text));
            return -1;
        }
        return index;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int ReadYear(long row, IReadOnlyList<string?> cells, int? column)
    {
        var text = Cell(cells, column ?? 0);
        if (string.IsNullOrWhiteSpace(text))
        {
            AddProblem(new ImportProblem(row, column ?? 0, ImportProblemKind.YearMissing, null));
            return -1;
        }
        if (!TryYear(text, out var year))
        {
            AddProblem(new ImportProblem(row, column ?? 0, ImportProblemKind.YearNotANumber, text));
            return -1;
        }
        if (year is < FirstYear or > LastYear)
        {
            AddProblem(new ImportProblem(row, column ?? 0, ImportProblemKind.YearOutOfRange, text));
            return -1;
        }
        return year;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int ReadCategory(long row, IReadOnlyList<string?> cells)
    {
        var codeColumn = _mapping.CategoryColumn ?? _mapping.CategoryLabelColumn ?? 0;
        var code = _mapping.CategoryColumn is { } c ? Cell(cells, c) : null;
        var label = _mapping.CategoryLabelColumn is { } l ? Cell(cells, l) : null;
        if (string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(label))
        {
            AddProblem(new ImportProblem(row, codeColumn, ImportProblemKind.CategoryMissing, null));
            return -1;
        }
        return CategoryIndexOf(code, label, row, codeColumn);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int CategoryIndexOf(string? code, string? label, long row, int column)
    {
        if ((code is not null && HasBadCharacters(code)) || (label is not null && HasBadCharacters(label)))
        {
            AddProblem(new ImportProblem(row, column, ImportProblemKind.InvalidCharacters, code ?? label));
            return -1;
        }
        var resolved = _categories.Resolve(code, label);
        if (resolved is null)
        {
            var text = (string.IsNullOrWhiteSpace(code) ? label : code)!.Trim();
            if (UnknownCategories.TryGetValue(text, out var known))
            {
                known.Count++;
            }
            else if (UnknownCategories.Count < MaxUnknownCategories)
            {
                UnknownCategories[text] = new UnknownCategory(row, column, string.IsNullOrWhiteSpace(code) ? null : label?.Trim()) { Count = 1 };
            }
            AddProblem(new ImportProblem(row, column, ImportProblemKind.CategoryUnknown, text));
            return -1;
        }
        var (resolvedCode, resolvedLabel) = resolved.Value;
        if (!_categoryIndex.TryGetValue(resolvedCode, out var index))
        {
            index = Categories.Count;
            _categoryIndex[resolvedCode] = index;
            Categories.Add((resolvedCode, resolvedLabel));
        }
        return index;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int ReadUnit(long row, IReadOnlyList<string?> cells)
    {
        var text = _mapping.UnitColumn is { } column ? Cell(cells, column)?.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            text = string.IsNullOrWhiteSpace(_mapping.FixedUnit) ? _defaultUnit : _mapping.FixedUnit.Trim();
        }
        if (text.Length == 0)
        {
            AddProblem(new ImportProblem(row, _mapping.UnitColumn ?? 0, ImportProblemKind.UnitMissing, null));
            return -1;
        }
        if (text.Length > ScanObservation.UnitMaxLength || HasBadCharacters(text))
        {
            AddProblem(new ImportProblem(row, _mapping.UnitColumn ?? 0, ImportProblemKind.InvalidCharacters, text));
            return -1;
        }
        if (!_unitIndex.TryGetValue(text, out var index))
        {
            index = Units.Count;
            _unitIndex[text] = index;
            Units.Add(text);
            _unitRanges.Add(PlausibleRange.Of(text));
        }
        return index;
    }

    /// <summary>
    /// Replacement characters anywhere in the row, also in columns the mapping ignores, mean the file was read in
    /// the wrong encoding: the mapped columns may look fine and still be misread, so the row is refused.
    /// (Mapped columns report their own problem with the value.)
    /// </summary>
    private void CheckUnmappedCharacters(long row, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is { } text && HasBadCharacters(text) && !IsMapped(i + 1))
            {
                AddProblem(new ImportProblem(row, i + 1, ImportProblemKind.InvalidCharacters, text));
                return;
            }
        }
    }

    private bool IsMapped(int column)
    {
        var m = _mapping;
        return column == m.AreaColumn || column == m.YearColumn || column == m.CategoryColumn || column == m.CategoryLabelColumn
            || column == m.ValueColumn || column == m.UnitColumn || (m.Layout != ImportLayout.Long && m.ValueColumns.Contains(column));
    }

    private static string? Cell(IReadOnlyList<string?> cells, int column) => column >= 1 && column <= cells.Count ? cells[column - 1] : null;

    private static bool IsBlank(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool HasBadCharacters(string text) => text.AsSpan().IndexOfAny('\uFFFD', '\0') >= 0;

    /// <summary>"2023", "2023.0" (a spreadsheet number) or " 2023 ".</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool TryYear(string? text, out int year)
    {
        year = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.AsSpan().Trim();
        if (t.EndsWith(".0", StringComparison.Ordinal) || t.EndsWith(",0", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        return t.Length == 4 && !t.ContainsAnyExceptInRange('0', '9') && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }
}

/// <summary>
/// The first row of area × category × year keys, for the duplicate message: an open-addressing table of 64-bit
/// slots, each holding a key (up to 38 bits) and its row (up to 26 bits); keys or rows too large to pack go to a
/// Dictionary. The checker keeps only the first <see cref="ImportChecker.FirstRowsKept"/> keys here (decision 0410);
/// whether a key was met at all is <see cref="SeenKeys"/>' job.
/// </summary>
internal sealed class FirstRows
{
    private const int RowBits = 26;
    private const long MaxRow = (1L << RowBits) - 1;
    private const long MaxKey = (1L << (64 - RowBits)) - 2;

    private ulong[] _slots = new ulong[1 << 12];
    private int _count;
    private Dictionary<long, long>? _large;

    /// <summary>Adds the key with its row; false (with the row that had it first) when the key was there already.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(long key, long row, out long firstRow)
    {
        if (key is < 0 or > MaxKey || row is < 0 or > MaxRow)
        {
            _large ??= [];
            if (_large.TryGetValue(key, out firstRow))
            {
                return false;
            }
            // A key may sit in the table and a later, larger row number must still find it there.
            if (key is >= 0 and <= MaxKey && FindPacked(key) is { } packed)
            {
                firstRow = packed;
                return false;
            }
            _large[key] = row;
            return true;
        }
        if ((_count + 1) * 10 > _slots.Length * 6)
        {
            Grow();
        }
        var slot = (ulong)(key + 1) << RowBits | (ulong)row;
        var mask = _slots.Length - 1;
        for (var i = Hash(key) & mask; ; i = (i + 1) & mask)
        {
            var existing = _slots[i];
            if (existing == 0)
            {
                if (_large is not null && _large.TryGetValue(key, out firstRow))
                {
                    return false;
                }
                _slots[i] = slot;
                _count++;
                firstRow = 0;
                return true;
            }
            if ((long)(existing >> RowBits) - 1 == key)
            {
                firstRow = (long)(existing & MaxRow);
                return false;
            }
        }
    }

    /// <summary>Keys held (packed and large).</summary>
    public int Count => _count + (_large?.Count ?? 0);

    /// <summary>The first row of a key, or null when the table does not hold it.</summary>
    public long? Find(long key)
    {
        if (_large is not null && _large.TryGetValue(key, out var large))
        {
            return large;
        }
        if (key is < 0 or > MaxKey)
        {
            return null;
        }
        return FindPacked(key);
    }

    private long? FindPacked(long key)
    {
        var mask = _slots.Length - 1;
        for (var i = Hash(key) & mask; ; i = (i + 1) & mask)
        {
            var existing = _slots[i];
            if (existing == 0)
            {
                return null;
            }
            if ((long)(existing >> RowBits) - 1 == key)
            {
                return (long)(existing & MaxRow);
            }
        }
    }

    private static int Hash(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 33);

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot == 0)
            {
                continue;
            }
            var key = (long)(slot >> RowBits) - 1;
            var i = Hash(key) & mask;
            while (_slots[i] != 0)
            {
                i = (i + 1) & mask;
            }
            _slots[i] = slot;
        }
    }
}

/// <summary>
/// Which area × category × year keys a file has had, for the duplicate check: a block of one bit per area (1,024 areas,
/// 128 bytes) for every category × year pair met. Memory grows with the pairs a file holds, not with its rows: 10 M
/// figures of 285 municipalities × 880 categories × 40 years take 35,200 blocks, about 4.5 MB.
/// </summary>
internal sealed class SeenKeys
{
    private const int AreaBits = 10;
    private const int WordsPerBlock = (1 << AreaBits) / 64;

    private readonly Dictionary<long, int> _blockOfPair = [];
    private ulong[] _bits = new ulong[WordsPerBlock * 64];
    private int _used;
    private long _lastPair = -1;
    private int _lastBlock;

    /// <summary>Category × year pairs met.</summary>
    public int Pairs => _blockOfPair.Count;

    /// <summary>Adds the key; false when it was there already.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool Add(long key)
    {
        var pair = key >> AreaBits;
        int block;
        if (pair == _lastPair)
        {
            block = _lastBlock;
        }
        else
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_blockOfPair, pair, out var exists);
            if (!exists)
            {
                if (_used == _bits.Length)
                {
                    Array.Resize(ref _bits, _bits.Length * 2);
                }
                slot = _used;
                _used += WordsPerBlock;
            }
            block = slot;
            _lastPair = pair;
            _lastBlock = block;
        }
        var area = (int)(key & ((1 << AreaBits) - 1));
        ref var word = ref _bits[block + (area >> 6)];
        var mask = 1UL << (area & 63);
        if ((word & mask) != 0)
        {
            return false;
        }
        word |= mask;
        return true;
    }
}

public sealed class YearTally
{
    private readonly ulong[] _seen = new ulong[16];

    public long Count { get; set; }
    public HashSet<int> Areas { get; } = [];

    /// <summary>Adds an area (registry index) to <see cref="Areas"/>; a bit per area answers the many repeats.</summary>
    public void AddArea(int area)
    {
        if ((uint)area >= 1024)
        {
            Areas.Add(area);
            return;
        }
        ref var word = ref _seen[area >> 6];
        var bit = 1UL << (area & 63);
        if ((word & bit) == 0)
        {
            word |= bit;
            Areas.Add(area);
        }
    }
}

public sealed record UnknownCategory(long FirstRow, int Column, string? Label)
{
    public long Count { get; set; }
}

/// <summary>
/// Turns what a file says about a category (a code, a label, or both) into a category of the dataset's list,
/// using the organisation's own translations first (<see cref="ScanCategoryMapping"/>), then the reference list.
/// Free lists take the code (or the label) as it is. Results are cached per distinct text: a million rows hold
/// only a few hundred distinct categories.
/// </summary>
public sealed class CategoryResolver(CategoryCatalog catalog, IReadOnlyDictionary<string, string> ownMappings)
{
    private readonly Dictionary<(string?, string?), (string Code, string? Label)?> _cache = [];

    public CategoryCatalog Catalog => catalog;

    public (string Code, string? Label)? Resolve(string? code, string? label)
    {
        if (_cache.TryGetValue((code, label), out var hit))
        {
            return hit;
        }
        var result = Find(code?.Trim(), label?.Trim());
        _cache[(code, label)] = result;
        return result;
    }

    private (string Code, string? Label)? Find(string? code, string? label)
    {
        if (catalog.IsOpen)
        {
            var c = string.IsNullOrEmpty(code) ? label : code;
            if (string.IsNullOrEmpty(c))
            {
                return null;
            }
            if (c.Length > ScanDatasetCategory.CodeMaxLength)
            {
                c = c[..ScanDatasetCategory.CodeMaxLength];
            }
            var l = string.IsNullOrEmpty(label) ? null : label.Length > ScanDatasetCategory.LabelMaxLength ? label[..ScanDatasetCategory.LabelMaxLength] : label;
            return (c, l);
        }
        foreach (var text in new[] { code, label })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            if (ownMappings.TryGetValue(ScanCategoryMapping.KeyOf(text), out var target) && catalog.Find(target) is { } mapped)
            {
                return (mapped.Code, null);
            }
            if (catalog.Match(text) is { } match)
            {
                return (match.Code, null);
            }
        }
        return null;
    }
}
