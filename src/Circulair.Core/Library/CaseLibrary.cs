using System.Globalization;
using Circulair.Reference;
using CsvHelper;
using CsvHelper.Configuration;

namespace Circulair.Library;

/// <summary>
/// The cases of the knowledge library: the guide's cases shipped as reference data (Reference/Data/library_cases.csv),
/// plus the cases an instance administrator adds in a file of the same columns (decision 0280). A file is read whole
/// and checked row by row; with any problem none of its cases are taken, so a half-read file never shows.
/// </summary>
public sealed class CaseLibrary
{
    public static readonly IReadOnlyList<string> Columns =
        ["key", "title_nl", "title_en", "place", "organisations", "domain", "subdomain", "r_strategy", "value_chain", "role", "chapter", "url", "summary_nl", "summary_en"];

    public static readonly IReadOnlyList<string> RequiredColumns = ["key", "title_nl", "place", "organisations", "domain", "r_strategy", "value_chain", "role", "summary_nl"];

    public const int SummaryMaxLength = 1500;

    private static readonly Lazy<CaseLibrary> Shipped = new(() =>
    {
        using var stream = typeof(CaseLibrary).Assembly.GetManifestResourceStream("Circulair.Reference.library_cases.csv")
            ?? throw new InvalidOperationException("Embedded reference file library_cases.csv is missing.");
        using var reader = new StreamReader(stream);
        var (cases, problems) = Read(reader, fromGuide: true);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("library_cases.csv: " + string.Join("; ", problems.Select(p => $"row {p.Row} {p.Column}: {p.MessageKey}")));
        }
        return new CaseLibrary(cases);
    });

    private readonly Dictionary<string, LibraryCase> _byKey;

    public CaseLibrary(IEnumerable<LibraryCase> cases)
    {
        All = cases.ToList();
        _byKey = All.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The guide's cases as shipped.</summary>
    public static CaseLibrary Guide => Shipped.Value;

    public IReadOnlyList<LibraryCase> All { get; }

    public LibraryCase? Find(string? key) => key is not null && _byKey.TryGetValue(key, out var c) ? c : null;

    /// <summary>This library with the cases of another file added; a key that exists already is a problem of that file.</summary>
    public CaseLibrary With(IReadOnlyList<LibraryCase> added) => new(All.Concat(added));

    /// <summary>
    /// Reads a case file (the shipped one or an administrator's), checking every row. Cases come back only when no row
    /// has a problem.
    /// </summary>
    public static (IReadOnlyList<LibraryCase> Cases, IReadOnlyList<CaseRowProblem> Problems) Read(TextReader text, bool fromGuide, IEnumerable<string>? takenKeys = null)
    {
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null });
        var problems = new List<CaseRowProblem>();
        if (!csv.Read() || !csv.ReadHeader())
        {
            return ([], [new CaseRowProblem(1, "", "Library.Problem.Empty")]);
        }
        var header = (csv.HeaderRecord ?? []).Select(h => h.Trim()).ToList();
        foreach (var missing in RequiredColumns.Where(c => !header.Contains(c)))
        {
            problems.Add(new CaseRowProblem(1, missing, "Library.Problem.MissingColumn"));
        }
        if (problems.Count > 0)
        {
            return ([], problems);
        }
        var keys = new HashSet<string>(takenKeys ?? [], StringComparer.OrdinalIgnoreCase);
        var cases = new List<LibraryCase>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string Field(string name) => header.Contains(name) ? (csv.GetField(name) ?? "").Trim() : "";
            var (found, rowProblems) = CheckRow(row, Field, fromGuide);
            var key = Field("key");
            if (found is not null && !keys.Add(key))
            {
                rowProblems = [.. rowProblems, new CaseRowProblem(row, "key", "Library.Problem.KeyTaken")];
            }
            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }
            cases.Add(found!);
        }
        if (cases.Count == 0 && problems.Count == 0)
        {
            problems.Add(new CaseRowProblem(1, "", "Library.Problem.Empty"));
        }
        return problems.Count > 0 ? ([], problems) : (cases, []);
    }

    /// <summary>
    /// Checks one row of a case file or form, read through <paramref name="field"/> (trimmed text by column name, empty
    /// when absent): the case, or every problem with row and column. Whether the key is free is the caller's question
    /// (a file refuses a shipped key; the administrator's table replaces it).
    /// </summary>
    public static (LibraryCase? Case, IReadOnlyList<CaseRowProblem> Problems) CheckRow(int row, Func<string, string> field, bool fromGuide)
    {
        string Field(string name) => field(name).Trim();
        var rowProblems = new List<CaseRowProblem>();
        foreach (var column in RequiredColumns.Where(c => Field(c).Length == 0))
        {
            rowProblems.Add(new CaseRowProblem(row, column, "Library.Problem.Required"));
        }
        var key = Field("key");
        if (key.Length > 0 && !IsKey(key))
        {
            rowProblems.Add(new CaseRowProblem(row, "key", "Library.Problem.KeyFormat"));
        }
        var domain = ActionDomains.Find(Field("domain"));
        if (Field("domain").Length > 0 && domain is null)
        {
            rowProblems.Add(new CaseRowProblem(row, "domain", "Library.Problem.UnknownDomain"));
        }
        var sub = Field("subdomain");
        if (sub.Length > 0 && domain is not null && domain.Subdomains.All(s => s.Code != sub))
        {
            rowProblems.Add(new CaseRowProblem(row, "subdomain", "Library.Problem.UnknownSubdomain"));
        }
        var r = Field("r_strategy").ToUpperInvariant();
        if (r.Length > 0 && RLadder.Find(r) is null)
        {
            rowProblems.Add(new CaseRowProblem(row, "r_strategy", "Library.Problem.UnknownRStrategy"));
        }
        var chain = ValueChainSteps.Parse(Field("value_chain"));
        if (Field("value_chain").Length > 0 && chain is null)
        {
            rowProblems.Add(new CaseRowProblem(row, "value_chain", "Library.Problem.UnknownValueChain"));
        }
        var role = GovernmentRoles.Parse(Field("role"));
        if (Field("role").Length > 0 && role is null)
        {
            rowProblems.Add(new CaseRowProblem(row, "role", "Library.Problem.UnknownRole"));
        }
        var url = LinkCheck.Parse(Field("url"));
        if (Field("url").Length > 0 && url is null)
        {
            rowProblems.Add(new CaseRowProblem(row, "url", "Library.Problem.BrokenLink"));
        }
        foreach (var (column, max) in TextLimits.Where(l => Field(l.Column).Length > l.Max))
        {
            rowProblems.Add(new CaseRowProblem(row, column, "Library.Problem.TooLong"));
        }
        if (rowProblems.Count > 0)
        {
            return (null, rowProblems);
        }
        var organisations = Field("organisations").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chapter = Field("chapter");
        return (new LibraryCase(
            key,
            new LocalText(Field("title_nl"), Field("title_en")),
            Field("place"),
            organisations,
            domain!.Code,
            sub.Length == 0 ? null : sub,
            r,
            chain!.Value,
            role!.Value,
            fromGuide ? (chapter.Length == 0 ? "?" : chapter) : null,
            url,
            new LocalText(Field("summary_nl"), Field("summary_en"))), []);
    }

    /// <summary>The longest text each column may hold (they are the stored columns' lengths too).</summary>
    public static readonly IReadOnlyList<(string Column, int Max)> TextLimits =
        [("title_nl", TitleMaxLength), ("title_en", TitleMaxLength), ("place", PlaceMaxLength), ("organisations", OrganisationsMaxLength),
         ("summary_nl", SummaryMaxLength), ("summary_en", SummaryMaxLength)];

    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 100;
    public const int OrganisationsMaxLength = 500;

    /// <summary>Lower-case letters, digits and hyphens, 2–80 characters: safe in an address.</summary>
    public static bool IsKey(string key) =>
        key.Length is >= 2 and <= 80 && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && key[0] != '-' && key[^1] != '-';
}
