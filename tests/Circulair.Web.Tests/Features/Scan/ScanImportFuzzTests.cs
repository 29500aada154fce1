using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// Issue 12 item 8: imports never corrupt figures. From the long-layout fixtures, a fixed seed makes
/// <see cref="Variants"/> malformed files (truncation, byte flips, swapped columns, duplicated headers, wrong encodings,
/// huge, negative and empty numbers, lost and extra lines) and runs each through the import's real steps (the upload's
/// probe, the row check, the commit) on the configured database, one after another into the same dataset. For every
/// variant: it is refused with a message (at upload, with problems, or as unreadable) and the stored figures are exactly
/// what they were; or it is accepted and the stored figures are exactly what the file says, read by an independent
/// reader in this test (a year the file holds is replaced; an empty cell keeps the figure stored for its key). No
/// variant may throw. The counts are written to the test output for docs/security.md.
/// </summary>
public sealed class ScanImportFuzzTests(SharedApp app, ITestOutputHelper output)
{
    public const int Variants = 1_200;
    private const int Seed = 20261206;

    private static readonly string[] Bases = ["fuzz-long.csv", "duplicate-rows.csv", "negative-jobs.csv", "text-in-value.csv", "unknown-nis.csv", "unknown-category.csv", "year-out-of-range.csv"];

    private static readonly string[] NumberSwaps = ["1e24", "1E+24", "1000000000000000000000000", "999999999999", "-5", "-0,5", "−12", "Infinity", "NaN", "1,5E+30", "", " ", "-", "x", "n.b.", "0", "12,25", "1.234", "00042", "+7"];

    [Fact]
    public async Task Every_malformed_variant_is_refused_with_a_message_or_stored_exactly_as_the_file_says()
    {
        var (org, user, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var expected = new Dictionary<(string Area, int Year, string Category), double>();
        var random = new Random(Seed);
        var tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string what) => tally[what] = tally.GetValueOrDefault(what) + 1;

        // The untouched base file is accepted, so later variants meet stored figures.
        var first = await RunAsync(org.Id, user.Id, datasetId, Fixture("fuzz-long.csv"), null);
        Assert.Equal("imported", first.Outcome);
        Apply(expected, Oracle(Fixture("fuzz-long.csv"), first)!);
        Assert.Equal(Sorted(expected), await StoredAsync(datasetId));

        for (var n = 0; n < Variants; n++)
        {
            var baseName = Bases[n % 3 == 0 ? 0 : random.Next(Bases.Length)];
            var (content, description, encodingOverride) = Mutate(Fixture(baseName), random);
            var label = $"variant {n} ({baseName}: {description})";
            RunResult result;
            try
            {
                result = await RunAsync(org.Id, user.Id, datasetId, content, encodingOverride);
            }
            catch (Exception e)
            {
                Assert.Fail($"{label} threw {e.GetType().Name}: {e.Message}");
                throw;
            }
            Count(result.Outcome);
            var stored = await StoredAsync(datasetId);
            if (result.Outcome == "imported")
            {
                var file = Oracle(content, result);
                Assert.True(file is not null, $"{label} was accepted, but its rows cannot all be read as area, year, category and number: {Escape(content)}");
                Assert.True(file!.Values.All(v => v is null || v is >= 0 and <= PlausibleRange.Jobs), $"{label} was accepted with an implausible job count: {Escape(content)}");
                Apply(expected, file);
                Assert.True(Sorted(expected).SequenceEqual(stored), $"{label}: stored figures differ from what the file says. Expected {string.Join(", ", Sorted(expected))}; stored {string.Join(", ", stored)}. File: {Escape(content)}");
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(result.Message), $"{label} was refused without a message");
                Assert.True(Sorted(expected).SequenceEqual(stored), $"{label} was refused ({result.Message}) but the stored figures changed: {string.Join(", ", stored)}");
            }
        }
        Assert.True(tally.GetValueOrDefault("imported") > 50, "too few variants were accepted for the test to mean something");
        Assert.True(tally.GetValueOrDefault("invalid") > 50, "too few variants were refused by the row check");
        output.WriteLine($"{Variants} variants (seed {Seed}): {string.Join(", ", tally.Select(t => $"{t.Key} {t.Value}"))}");
    }

    private sealed record RunResult(string Outcome, string? Message, string EncodingName, char Delimiter, char Decimal, string Thousands, int HeaderRow);

    /// <summary>The import's steps as the pages run them, with the fixed long mapping (area A, year B, sector C, value D).</summary>
    private async Task<RunResult> RunAsync(int organisationId, int userId, int datasetId, byte[] content, string? encodingOverride)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CirculairDbContext>();
        db.ActAs(new SystemActor("fuzz"));
        var store = sp.GetRequiredService<UploadStore>();
        var options = sp.GetRequiredService<ScanImportOptions>();
        var runner = sp.GetRequiredService<ImportRunner>();
        var stored = UploadStore.NewName();
        Directory.CreateDirectory(store.Folder);
        await File.WriteAllBytesAsync(store.PathOf(stored), content);
        var kind = ImportProbe.KindOf("fuzz.csv", content.AsSpan(0, Math.Min(8, content.Length)));
        var probe = ImportProbe.Run(store.PathOf(stored), kind, options);
        if (probe.ProblemKey is { } key)
        {
            store.Delete(stored);
            return new RunResult("refused at upload", key, "", ';', ',', "", 0);
        }
        var format = probe.Format!;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var import = new ScanImport(organisationId, userId, datasetId, "fuzz.csv", content.Length, stored, kind, now, now.AddHours(1));
        import.ReadAs(encodingOverride ?? format.EncodingName, format.Delimiter.ToString(), format.Numbers.Decimal.ToString(), format.Numbers.Thousands, format.HeaderRow, probe.Sheets.FirstOrDefault());
        import.Map(new ImportMapping { Layout = ImportLayout.Long, AreaColumn = 1, YearColumn = 2, CategoryColumn = 3, ValueColumn = 4 }, remembered: false);
        import.StartValidation();
        db.ScanImports.Add(import);
        await db.SaveChangesAsync();
        await runner.ValidateAsync(import.Id, CancellationToken.None);
        await db.Entry(import).ReloadAsync();
        var settings = new RunResult("", null, import.EncodingName, import.Delimiter[0], import.DecimalSeparator[0], import.ThousandsSeparator, import.HeaderRow);
        switch (import.Status)
        {
            case ScanImportStatus.Failed:
                store.Delete(stored);
                return settings with { Outcome = "unreadable", Message = import.FailureKey };
            case ScanImportStatus.Invalid:
                var report = ImportReport.Load(store.ReportPath(stored));
                store.Delete(stored);
                var message = import.ProblemCount > 0
                    ? report!.Problems.Select(p => $"Scan.Problem.{p.Kind} row {p.Row} column {p.ColumnName}").FirstOrDefault()
                    : "Scan.Import.InvalidIntro (no figures)";
                Assert.True(import.ProblemCount == 0 || report!.Problems.Count > 0, "a refused import keeps its problems for the report");
                return settings with { Outcome = "invalid", Message = message };
            case ScanImportStatus.Ready:
                import.Confirm(now);
                await db.SaveChangesAsync();
                await runner.CommitAsync(import.Id, CancellationToken.None);
                await db.Entry(import).ReloadAsync();
                Assert.Equal(ScanImportStatus.Imported, import.Status);
                return settings with { Outcome = "imported" };
            default:
                throw new InvalidOperationException($"unexpected status {import.Status}");
        }
    }

    private Task<List<string>> StoredAsync(int datasetId) => app.WithDbAsync(async (db, _) =>
    {
        var rows = await db.ScanObservations.AsNoTracking().Where(o => o.ScanDatasetId == datasetId).Select(o => new { o.AreaCode, o.Year, o.CategoryCode, o.Value }).ToListAsync();
        return rows.Select(o => Figure(o.AreaCode, o.Year, o.CategoryCode, o.Value)).Order(StringComparer.Ordinal).ToList();
    });

    private static string Figure(string area, int year, string category, double value) => $"{area}/{year}/{category}={value.ToString("R", CultureInfo.InvariantCulture)}";

    private static List<string> Sorted(Dictionary<(string Area, int Year, string Category), double> figures) =>
        [.. figures.Select(f => Figure(f.Key.Area, f.Key.Year, f.Key.Category, f.Value)).Order(StringComparer.Ordinal)];

    /// <summary>What an accepted import must leave: each year with a figure in the file is replaced; an empty cell keeps its stored figure.</summary>
    private static void Apply(Dictionary<(string Area, int Year, string Category), double> stored, Dictionary<(string Area, int Year, string Category), double?> file)
    {
        var years = file.Where(f => f.Value is not null).Select(f => f.Key.Year).ToHashSet();
        foreach (var key in stored.Keys.Where(k => years.Contains(k.Year)).ToList())
        {
            if (!(file.TryGetValue(key, out var v) && v is null))
            {
                stored.Remove(key);
            }
        }
        foreach (var (key, value) in file)
        {
            if (value is { } v && years.Contains(key.Year))
            {
                stored[key] = v;
            }
        }
    }

    private static readonly HashSet<string> MissingMarks = new(StringComparer.OrdinalIgnoreCase) { "-", "–", "—", ".", "..", "x", "n.b.", "nb", "n.b", "n/a", "na", "geheim", "conf", "conf.", "?", "/", "*" };

    /// <summary>
    /// This test's own reading of a file, with the settings the import used: lines split on line breaks, cells on the
    /// delimiter (the fuzz never makes quotes), numbers by a strict pattern. Null when a non-blank row below the header
    /// is not a complete area × year × sector with a number or an empty cell: such a file must not be accepted.
    /// </summary>
    private static Dictionary<(string Area, int Year, string Category), double?>? Oracle(byte[] content, RunResult settings)
    {
        var text = FormatDetector.EncodingFor(settings.EncodingName).GetString(content).TrimStart('\uFEFF');
        var lines = Regex.Split(text, "\r\n|\r|\n");
        var catalog = CategoryCatalog.For(CategoryScheme.NaceBel2008);
        var d = Regex.Escape(settings.Decimal.ToString());
        var number = settings.Thousands.Length == 0
            ? new Regex($@"^[-+\u2212]?(\d+({d}\d*)?|{d}\d+)$")
            : new Regex($@"^[-+\u2212]?(\d{{1,3}}({Regex.Escape(settings.Thousands)}\d{{3}})+|\d+)({d}\d*)?$");
        var figures = new Dictionary<(string, int, string), double?>();
        for (var i = settings.HeaderRow; i < lines.Length; i++)
        {
            var cells = lines[i].Split(settings.Delimiter);
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            string Cell(int c) => c < cells.Length ? cells[c].Trim() : "";
            if (AreaRegistry.Instance.Resolve(Cell(0)) is not { Kind: not AreaKind.OwnArea } area
                || !ImportChecker.TryYear(Cell(1), out var year) || year is < ImportChecker.FirstYear or > ImportChecker.LastYear
                || catalog.Match(Cell(2)) is not { } category)
            {
                return null;
            }
            var v = Cell(3);
            double? value;
            if (v.Length == 0 || MissingMarks.Contains(v))
            {
                value = null;
            }
            else if (number.IsMatch(v))
            {
                var plain = v.Replace(settings.Thousands.Length > 0 ? settings.Thousands : "\u0000", "", StringComparison.Ordinal)
                    .Replace(settings.Decimal, '.').Replace('\u2212', '-');
                value = double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            else
            {
                return null;
            }
            if (!figures.TryAdd((area.Code, year, category.Code), value))
            {
                return null;
            }
        }
        return figures;
    }

    /// <summary>One or two mutations of a fixture; sometimes the person also picks the wrong encoding in the wizard.</summary>
    private static (byte[] Content, string Description, string? EncodingOverride) Mutate(byte[] original, Random random)
    {
        var bytes = original;
        var done = new List<string>();
        string? encodingOverride = null;
        var mutations = 1 + random.Next(2);
        for (var m = 0; m < mutations; m++)
        {
            switch (random.Next(12))
            {
                case 0: // truncation at any byte
                    bytes = bytes[..random.Next(1, Math.Max(2, bytes.Length))];
                    done.Add($"cut at byte {bytes.Length}");
                    break;
                case 1: // byte flips (never a quote: the reader's quoting rules are not what this test is about)
                    if (bytes.Length == 0)
                    {
                        break;
                    }
                    bytes = [.. bytes];
                    for (var f = random.Next(1, 4); f > 0; f--)
                    {
                        var at = random.Next(bytes.Length);
                        byte b;
                        do
                        {
                            b = (byte)random.Next(256);
                        }
                        while (b == '"');
                        bytes[at] = b;
                        done.Add($"byte {at} = 0x{b:X2}");
                    }
                    break;
                case 2: // swapped columns
                {
                    var (a, b) = (random.Next(4), random.Next(4));
                    bytes = Encode(string.Join('\n', Decode(bytes).Split('\n').Select(l =>
                    {
                        var cells = l.Split(';');
                        if (a < cells.Length && b < cells.Length)
                        {
                            (cells[a], cells[b]) = (cells[b], cells[a]);
                        }
                        return string.Join(';', cells);
                    })));
                    done.Add($"columns {a + 1} and {b + 1} swapped");
                    break;
                }
                case 3: // duplicated header: again among the rows, or a column name twice
                {
                    var lines = Decode(bytes).Split('\n').ToList();
                    if (random.Next(2) == 0)
                    {
                        lines.Insert(Math.Min(lines.Count, 1 + random.Next(Math.Max(1, lines.Count - 1))), lines[0]);
                        done.Add("header repeated among the rows");
                    }
                    else
                    {
                        lines[0] = lines[0].Replace("Banen", "Banen;Banen", StringComparison.Ordinal);
                        done.Add("a header named twice");
                    }
                    bytes = Encode(string.Join('\n', lines));
                    break;
                }
                case 4: // wrong encodings
                {
                    var s = Decode(bytes);
                    switch (random.Next(5))
                    {
                        case 0:
                            bytes = Encoding.Unicode.GetBytes(s);
                            done.Add("UTF-16 without BOM");
                            break;
                        case 1:
                            bytes = FormatDetector.EncodingFor(FormatDetector.Windows1252).GetBytes(s);
                            encodingOverride = FormatDetector.Utf8;
                            done.Add("Windows-1252 read as UTF-8");
                            break;
                        case 2:
                            bytes = FormatDetector.EncodingFor(FormatDetector.Windows1252).GetBytes(s);
                            done.Add("Windows-1252");
                            break;
                        case 3:
                            bytes = Encode(s);
                            encodingOverride = FormatDetector.Windows1252;
                            done.Add("UTF-8 read as Windows-1252");
                            break;
                        default:
                            bytes = [.. Encoding.UTF8.GetPreamble(), .. FormatDetector.EncodingFor(FormatDetector.Windows1252).GetBytes(s)];
                            done.Add("UTF-8 BOM over Windows-1252");
                            break;
                    }
                    break;
                }
                case 5: // a number replaced: huge, negative, not finite, empty, a "no data" mark
                case 6:
                {
                    var lines = Decode(bytes).Split('\n');
                    var row = 1 + random.Next(Math.Max(1, lines.Length - 1));
                    if (row < lines.Length)
                    {
                        var cells = lines[row].Split(';');
                        if (cells.Length > 3)
                        {
                            var swap = NumberSwaps[random.Next(NumberSwaps.Length)];
                            cells[3] = swap;
                            lines[row] = string.Join(';', cells);
                            done.Add($"row {row + 1} value '{swap}'");
                        }
                    }
                    bytes = Encode(string.Join('\n', lines));
                    break;
                }
                case 7: // a replacement character in some cell
                {
                    var s = Decode(bytes);
                    var at = random.Next(s.Length + 1);
                    bytes = Encode(s[..at] + "\uFFFD" + s[at..]);
                    done.Add($"U+FFFD at {at}");
                    break;
                }
                case 8: // a line lost
                {
                    var lines = Decode(bytes).Split('\n').ToList();
                    var at = random.Next(lines.Count);
                    lines.RemoveAt(at);
                    bytes = Encode(string.Join('\n', lines));
                    done.Add($"line {at + 1} removed");
                    break;
                }
                case 9: // a line duplicated
                {
                    var lines = Decode(bytes).Split('\n').ToList();
                    var at = random.Next(lines.Count);
                    lines.Insert(at, lines[at]);
                    bytes = Encode(string.Join('\n', lines));
                    done.Add($"line {at + 1} repeated");
                    break;
                }
                case 10: // line endings: CRLF, CR, no final line break
                {
                    var s = Decode(bytes);
                    var which = random.Next(3);
                    s = which switch { 0 => s.Replace("\n", "\r\n", StringComparison.Ordinal), 1 => s.Replace("\n", "\r", StringComparison.Ordinal), _ => s.TrimEnd('\n') };
                    bytes = Encode(s);
                    done.Add(which switch { 0 => "CRLF", 1 => "CR", _ => "no final line break" });
                    break;
                }
                default: // cells lost or added in one row
                {
                    var lines = Decode(bytes).Split('\n');
                    var row = random.Next(lines.Length);
                    var cells = lines[row].Split(';').ToList();
                    if (random.Next(2) == 0 && cells.Count > 1)
                    {
                        cells.RemoveAt(random.Next(cells.Count));
                        done.Add($"a cell of line {row + 1} removed");
                    }
                    else
                    {
                        cells.Insert(random.Next(cells.Count + 1), random.Next(2) == 0 ? "" : "7");
                        done.Add($"a cell added to line {row + 1}");
                    }
                    lines[row] = string.Join(';', cells);
                    bytes = Encode(string.Join('\n', lines));
                    break;
                }
            }
        }
        return (bytes, string.Join("; ", done), encodingOverride);
    }

    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);

    private static string Escape(byte[] content) => Convert.ToBase64String(content);
}
