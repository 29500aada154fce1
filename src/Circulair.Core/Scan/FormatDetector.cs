using System.Globalization;
using System.Text;
using Circulair.Reference;

namespace Circulair.Scan;

/// <summary>What the first look at a file found; every choice can be corrected in the wizard.</summary>
public sealed record DetectedFormat(string EncodingName, char Delimiter, NumberFormat Numbers, int HeaderRow);

/// <summary>
/// Guesses how a CSV or spreadsheet export is written, from a sample of its first rows: encoding, delimiter,
/// header row, decimal and thousands separators, layout and column roles. Pure functions over text; the web
/// layer reads the sample. The guesses follow what Provincies in Cijfers, the Gemeente-Stadsmonitor, the VEKA
/// inventory and intercommunales produce: Dutch headers, ';' with decimal commas, title lines above the table,
/// one row per municipality with a column per year.
/// </summary>
public static class FormatDetector
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Windows1252 = "windows-1252";

    public static readonly string[] Encodings = [Utf8, Utf8Bom, Windows1252];
    public static readonly char[] Delimiters = [';', ',', '\t'];

    /// <summary>Where a file stops being text we can read (UTF-16, binary): 1-based row and column of the first NUL byte.</summary>
    public sealed record EncodingProblem(long Row, int Column);

    /// <summary>
    /// Chooses UTF-8 (with or without BOM) or Windows-1252 from the first bytes and whether the whole file is
    /// valid UTF-8. Returns a problem instead when the bytes hold NULs (UTF-16 or a binary file).
    /// </summary>
    public static (string? Encoding, EncodingProblem? Problem) DetectEncoding(ReadOnlySpan<byte> head, bool wholeFileIsUtf8)
    {
        var nul = head.IndexOf((byte)0);
        if (nul >= 0 || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var at = nul >= 0 ? nul : 0;
            var before = head[..at];
            var row = before.Count((byte)'\n') + 1;
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var line = before[lineStart..];
            var column = line.Count((byte)';') + line.Count((byte)',') + line.Count((byte)'\t') + 1;
            return (null, new EncodingProblem(row, column));
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8Bom, null);
        }
        return (wholeFileIsUtf8 ? Utf8 : Windows1252, null);
    }

    /// <summary>How a text file is written, from its first bytes: the encoding (or why it is not text we can read), its first lines and the delimiter.</summary>
    /// <param name="Delimiter">Null when no candidate splits any line (a one-column file, or a '|' file).</param>
    public sealed record TextFormat(string? EncodingName, EncodingProblem? Problem, IReadOnlyList<string> Lines, char? Delimiter);

    /// <summary>The bytes of a text file the detectors look at.</summary>
    public const int SampleBytes = 64 * 1024;

    /// <summary>
    /// The one decision on a text file's encoding and delimiter, for every import (the spreadsheet imports and the
    /// scan import): <paramref name="head"/> is the file's first bytes (up to <see cref="SampleBytes"/>),
    /// <paramref name="wholeFileIsUtf8"/> says whether all its bytes are valid UTF-8, <paramref name="isCut"/> that
    /// the file goes on after the head (its last line is then incomplete and left out).
    /// </summary>
    public static TextFormat DetectText(ReadOnlySpan<byte> head, bool wholeFileIsUtf8, bool isCut)
    {
        var (encoding, problem) = DetectEncoding(head, wholeFileIsUtf8);
        if (problem is not null)
        {
            return new TextFormat(null, problem, [], null);
        }
        var text = EncodingFor(encoding!).GetString(head).TrimStart('\uFEFF');
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (isCut && lines.Count > 1)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return new TextFormat(encoding, null, lines, DetectDelimiter(lines));
    }

    public static Encoding EncodingFor(string name) => name switch
    {
        Windows1252 => CodePagesEncoding(),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
    };

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    /// <summary>
    /// The delimiter that splits the sample lines most consistently into more than one field (quotes
    /// respected); ';' wins ties (Belgian exports), then tab, then ','. Null when none splits any line.
    /// </summary>
    public static char? DetectDelimiter(IReadOnlyList<string> lines)
    {
        var sample = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Take(50).ToList();
        char? best = null;
        var bestScore = 0;
        foreach (var d in Delimiters)
        {
            var counts = sample.Select(l => CountOutsideQuotes(l, d)).ToList();
            var nonZero = counts.Where(c => c > 0).ToList();
            if (nonZero.Count == 0)
            {
                continue;
            }
            var mode = nonZero.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
            var score = counts.Count(c => c == mode) * 10 + mode;
            if (score > bestScore)
            {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static int CountOutsideQuotes(string line, char d)
    {
        var inQuotes = false;
        var n = 0;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == d && !inQuotes)
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>
    /// The first row that looks like a header: at least as many filled cells as most rows below it (title and
    /// notes lines above a table fill one cell), and mostly text rather than numbers. 1-based.
    /// </summary>
    public static int DetectHeaderRow(IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        if (rows.Count == 0)
        {
            return 1;
        }
        var filled = rows.Select(r => r.Count(c => !string.IsNullOrWhiteSpace(c))).ToList();
        var typical = filled.Where(f => f > 0).GroupBy(f => f).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        for (var i = 0; i < rows.Count; i++)
        {
            if (filled[i] < Math.Max(2, (int)Math.Ceiling(typical * 0.6)))
            {
                continue;
            }
            var cells = rows[i].Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
            var text = cells.Count(c => !LooksNumeric(c!) || ImportChecker.TryYear(c, out _));
            if (text * 2 >= cells.Count)
            {
                return i + 1;
            }
        }
        return 1;
    }

    private static bool LooksNumeric(string s) =>
        NumberFormat.Belgian.TryParse(s, out _) == NumberParse.Ok || NumberFormat.Plain.TryParse(s, out _) == NumberParse.Ok
        || new NumberFormat(',', ".").TryParse(s, out _) == NumberParse.Ok || new NumberFormat('.', ",").TryParse(s, out _) == NumberParse.Ok;

    /// <summary>
    /// Decimal and thousands separators from sample values. "1.234,5" and "1 234,5" settle it; a lone "1.234"
    /// is read as thousands after ';' (Belgian files) and as a decimal point after ','.
    /// </summary>
    public static NumberFormat DetectNumberFormat(IEnumerable<string?> samples, char delimiter)
    {
        bool commaDecimal = delimiter != ',', decided = false;
        string thousands = "";
        foreach (var raw in samples)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            var s = raw.Trim().TrimStart('-', '\u2212', '+');
            if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ' or '\u00A0' or '\u202F' or '\''))
            {
                continue;
            }
            if (s.Any(c => c is ' ' or '\u00A0' or '\u202F') && thousands.Length == 0)
            {
                thousands = s.First(c => c is ' ' or '\u00A0' or '\u202F').ToString();
            }
            if (s.Contains('\'') && thousands.Length == 0)
            {
                thousands = "'";
            }
            var lastDot = s.LastIndexOf('.');
            var lastComma = s.LastIndexOf(',');
            if (lastDot >= 0 && lastComma >= 0)
            {
                commaDecimal = lastComma > lastDot;
                thousands = commaDecimal ? "." : ",";
                decided = true;
                break;
            }
            var sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '\0';
            if (sep == '\0')
            {
                continue;
            }
            var occurrences = s.Count(c => c == sep);
            var after = s.Length - s.LastIndexOf(sep) - 1;
            if (occurrences > 1)
            {
                // "1.234.567": only thousands can repeat.
                commaDecimal = sep == '.';
                thousands = sep.ToString();
                decided = true;
                break;
            }
            if (after != 3)
            {
                commaDecimal = sep == ',';
                decided = true;
            }
        }
        if (!decided && thousands.Length == 0)
        {
            // An ambiguous "1.234" in a ';' file is a thousands separator; keep it as such.
            var anyDotThree = samples.Any(s => s is not null && s.Trim().Count(c => c == '.') == 1 && s.Trim().Length - s.Trim().LastIndexOf('.') - 1 == 3 && !s.Contains(','));
            if (commaDecimal && anyDotThree)
            {
                thousands = ".";
            }
        }
        if (thousands == (commaDecimal ? "," : "."))
        {
            thousands = "";
        }
        return new NumberFormat(commaDecimal ? ',' : '.', thousands);
    }

    /// <summary>Header cells that are a four-digit year (1900–2199), outside the given columns. 1-based.</summary>
    public static IReadOnlyList<int> YearColumns(IReadOnlyList<string> header, IEnumerable<int> exclude)
    {
        var skip = exclude.ToHashSet();
        var list = new List<int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (!skip.Contains(i + 1) && ImportChecker.TryYear(header[i], out var y) && y is >= 1900 and <= 2199)
            {
                list.Add(i + 1);
            }
        }
        return list;
    }

    /// <summary>
    /// A first mapping from the header and the rows below it: which column holds areas (most cells resolve to a
    /// known area), years, categories (most cells match the dataset's list, or text for free lists), values
    /// (numbers) and units, helped by Dutch and English header words; a header with two or more years means
    /// one column per year.
    /// </summary>
    public static ImportMapping SuggestMapping(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows, CategoryScheme scheme, NumberFormat numbers)
    {
        var columns = header.Count;
        var catalog = CategoryCatalog.For(scheme);
        double Share(int column, Func<string, bool> test)
        {
            var cells = rows.Select(r => column - 1 < r.Count ? r[column - 1] : null).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
            return cells.Count == 0 ? 0 : cells.Count(c => test(c!)) / (double)cells.Count;
        }
        string H(int column) => CategoryCatalog.Key(header[column - 1]);
        bool HeaderHas(int column, params string[] words) => words.Any(w => H(column).Contains(w, StringComparison.Ordinal));

        int? Pick(IEnumerable<int> candidates, Func<int, double> score, double minimum)
        {
            var best = candidates.Select(c => (c, s: score(c))).Where(x => x.s >= minimum).OrderByDescending(x => x.s).ThenBy(x => x.c).FirstOrDefault();
            return best.c == 0 ? null : best.c;
        }
        var all = Enumerable.Range(1, columns).ToList();
        var used = new HashSet<int>();
        var yearColumns = YearColumns(header, []);

        var area = Pick(all, c => Share(c, s => AreaRegistry.Instance.Resolve(s) is not null) + (HeaderHas(c, "nis", "gemeente", "gebied", "regio", "area", "municipality") ? 0.5 : 0), 0.6);
        if (area is { } a)
        {
            used.Add(a);
        }
        int? year = null;
        if (yearColumns.Count < 2)
        {
            year = Pick(all.Where(c => !used.Contains(c) && !yearColumns.Contains(c)), c => Share(c, s => ImportChecker.TryYear(s, out _)) + (HeaderHas(c, "jaar", "year", "periode") ? 0.5 : 0), 0.8);
            if (year is { } y)
            {
                used.Add(y);
            }
        }
        // One column per year, even with a single year ("NIS;Gemeente;2022"): a year in the header over figures, and
        // no column of years to read the year from instead.
        var wide = yearColumns.Count >= 2
            || yearColumns.Count == 1 && year is null && Share(yearColumns[0], s => numbers.TryParse(s, out _) != NumberParse.Invalid) >= 0.5;
        var unit = Pick(all.Where(c => !used.Contains(c)), c => HeaderHas(c, "eenheid", "unit") ? 1 : 0, 1);
        if (unit is { } u)
        {
            used.Add(u);
        }
        int? category = null, label = null;
        if (!catalog.IsOpen)
        {
            category = Pick(all.Where(c => !used.Contains(c) && !yearColumns.Contains(c)), c => Share(c, s => catalog.Match(s) is not null) + (HeaderHas(c, "nace", "sector", "fractie", "categorie", "code") ? 0.3 : 0), 0.5);
        }
        else
        {
            category = Pick(all.Where(c => !used.Contains(c) && !yearColumns.Contains(c)), c => Share(c, s => !LooksNumeric(s)) + (HeaderHas(c, "sector", "fractie", "categorie", "code", "indicator", "omschrijving") ? 0.3 : 0), 0.8);
        }
        if (category is { } k)
        {
            used.Add(k);
            // A text column right after a code column is usually its label ("41" | "Bouw van gebouwen").
            if (k + 1 <= columns && !used.Contains(k + 1) && !yearColumns.Contains(k + 1) && Share(k + 1, s => !LooksNumeric(s)) >= 0.8)
            {
                label = k + 1;
                used.Add(k + 1);
            }
        }
        if (wide)
        {
            return new ImportMapping { Layout = ImportLayout.WideYears, AreaColumn = area, CategoryColumn = category, CategoryLabelColumn = label, UnitColumn = unit, ValueColumns = [.. yearColumns.Where(c => !used.Contains(c))] };
        }
        double NumericShare(int c) => Share(c, s => numbers.TryParse(s, out _) != NumberParse.Invalid);
        var numericColumns = all.Where(c => !used.Contains(c) && NumericShare(c) >= 0.9).ToList();
        if (category is null && !catalog.IsOpen && numericColumns.Count >= 2 && numericColumns.Count(c => catalog.Match(header[c - 1]) is not null) >= 2)
        {
            return new ImportMapping { Layout = ImportLayout.WideCategories, AreaColumn = area, YearColumn = year, UnitColumn = unit, ValueColumns = [.. numericColumns.Where(c => catalog.Match(header[c - 1]) is not null)] };
        }
        // A value column with a few words among its figures ("twaalf", "zie noot") is still the value column: when no
        // column is all figures, take the one that is mostly figures, so the check can point at the words.
        var valueCandidates = numericColumns.Count > 0 ? numericColumns
            : all.Where(c => !used.Contains(c) && NumericShare(c) >= 0.5).OrderByDescending(NumericShare).Take(1).ToList();
        var value = valueCandidates.OrderByDescending(c => HeaderHas(c, "waarde", "aantal", "value", "banen", "ton", "uitstoot", "hoeveelheid", "kg", "jobs") ? 1 : 0).ThenByDescending(c => c).FirstOrDefault();
        return new ImportMapping { Layout = ImportLayout.Long, AreaColumn = area, YearColumn = year, CategoryColumn = category, CategoryLabelColumn = label, UnitColumn = unit, ValueColumn = value == 0 ? null : value };
    }
}

/// <summary>Checks that bytes are UTF-8 while they stream past, chunk by chunk (a character may straddle two chunks).</summary>
public sealed class Utf8Check
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;

    public bool IsValid { get; private set; } = true;

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        if (!IsValid)
        {
            return;
        }
        var data = chunk;
        if (_carryLength > 0)
        {
            var joined = new byte[_carryLength + chunk.Length];
            _carry.AsSpan(0, _carryLength).CopyTo(joined);
            chunk.CopyTo(joined.AsSpan(_carryLength));
            data = joined;
        }
        var end = CompleteLength(data);
        if (!System.Text.Unicode.Utf8.IsValid(data[..end]))
        {
            IsValid = false;
            return;
        }
        _carryLength = data.Length - end;
        data[end..].CopyTo(_carry);
    }

    public void Complete()
    {
        if (_carryLength > 0)
        {
            IsValid = false;
        }
    }

    /// <summary>Length up to the start of an incomplete last character (at most 3 bytes are held back).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> d)
    {
        for (var i = d.Length - 1; i >= Math.Max(0, d.Length - 3); i--)
        {
            var b = d[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            var need = (b & 0x80) == 0 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return d.Length - i >= need ? d.Length : i;
        }
        return d.Length;
    }
}
