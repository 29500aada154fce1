using System.Globalization;
using Circulair.Reference;
using CsvHelper;
using CsvHelper.Configuration;

namespace Circulair.Library;

/// <summary>
/// The funding catalogue: the programmes the guide names, shipped as Reference/Data/funding_programmes.csv, plus the
/// calls an instance administrator adds in a file of the same columns (decision 0280). Like the case file, a file with
/// any problem adds nothing.
/// </summary>
public sealed class FundingCatalogue
{
    public static readonly IReadOnlyList<string> Columns =
        ["key", "name_nl", "name_en", "funder", "domains", "themes", "who_may_apply_nl", "who_may_apply_en", "amount_nl", "amount_en", "deadline", "url", "last_checked", "summary_nl", "summary_en"];

    public static readonly IReadOnlyList<string> RequiredColumns = ["key", "name_nl", "funder", "domains", "themes", "who_may_apply_nl", "last_checked", "summary_nl"];

    private static readonly Lazy<FundingCatalogue> Shipped = new(() =>
    {
        using var stream = typeof(FundingCatalogue).Assembly.GetManifestResourceStream("Circulair.Reference.funding_programmes.csv")
            ?? throw new InvalidOperationException("Embedded reference file funding_programmes.csv is missing.");
        using var reader = new StreamReader(stream);
        var (calls, problems) = Read(reader);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("funding_programmes.csv: " + string.Join("; ", problems.Select(p => $"row {p.Row} {p.Column}: {p.MessageKey}")));
        }
        return new FundingCatalogue(calls);
    });

    public FundingCatalogue(IEnumerable<FundingCall> calls)
    {
        All = calls.OrderBy(c => c.Name.Nl, StringComparer.CurrentCulture).ToList();
    }

    public static FundingCatalogue Guide => Shipped.Value;

    public IReadOnlyList<FundingCall> All { get; }

    public FundingCall? Find(string? key) => All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    public FundingCatalogue With(IReadOnlyList<FundingCall> added) => new(All.Concat(added));

    /// <summary>Calls whose deadline falls from <paramref name="today"/> up to <paramref name="days"/> days later, soonest first.</summary>
    public IReadOnlyList<FundingCall> UpcomingDeadlines(DateOnly today, int days) =>
        All.Where(c => c.Deadline is { } d && d >= today && d <= today.AddDays(days)).OrderBy(c => c.Deadline).ToList();

    public static (IReadOnlyList<FundingCall> Calls, IReadOnlyList<CaseRowProblem> Problems) Read(TextReader text, IEnumerable<string>? takenKeys = null)
    {
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader())
        {
            return ([], [new CaseRowProblem(1, "", "Library.Problem.Empty")]);
        }
        var header = (csv.HeaderRecord ?? []).Select(h => h.Trim()).ToList();
        var problems = RequiredColumns.Where(c => !header.Contains(c)).Select(c => new CaseRowProblem(1, c, "Library.Problem.MissingColumn")).ToList();
        if (problems.Count > 0)
        {
            return ([], problems);
        }
        var keys = new HashSet<string>(takenKeys ?? [], StringComparer.OrdinalIgnoreCase);
        var calls = new List<FundingCall>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string Field(string name) => header.Contains(name) ? (csv.GetField(name) ?? "").Trim() : "";
            var (call, rowProblems) = CheckRow(row, Field);
            if (call is not null && !keys.Add(call.Key))
            {
                rowProblems = [.. rowProblems, new CaseRowProblem(row, "key", "Library.Problem.KeyTaken")];
            }
            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }
            calls.Add(call!);
        }
        if (calls.Count == 0 && problems.Count == 0)
        {
            problems.Add(new CaseRowProblem(1, "", "Library.Problem.Empty"));
        }
        return problems.Count > 0 ? ([], problems) : (calls, []);
    }

    public const int NameMaxLength = 200;
    public const int FunderMaxLength = 200;
    public const int ListMaxLength = 300;
    public const int WhoMaxLength = 500;
    public const int AmountMaxLength = 200;
    public const int SummaryMaxLength = 1500;

    /// <summary>The longest text each column may hold (they are the stored columns' lengths too).</summary>
    public static readonly IReadOnlyList<(string Column, int Max)> TextLimits =
        [("name_nl", NameMaxLength), ("name_en", NameMaxLength), ("funder", FunderMaxLength), ("domains", ListMaxLength), ("themes", ListMaxLength),
         ("who_may_apply_nl", WhoMaxLength), ("who_may_apply_en", WhoMaxLength), ("amount_nl", AmountMaxLength), ("amount_en", AmountMaxLength),
         ("summary_nl", SummaryMaxLength), ("summary_en", SummaryMaxLength)];

    /// <summary>
    /// Checks one row of a funding file or form, read through <paramref name="field"/> (text by column name, empty when
    /// absent): the call, or every problem with row and column. Dates are written yyyy-MM-dd. Whether the key is free
    /// is the caller's question.
    /// </summary>
    public static (FundingCall? Call, IReadOnlyList<CaseRowProblem> Problems) CheckRow(int row, Func<string, string> field)
    {
        string Field(string name) => field(name).Trim();
        var rowProblems = RequiredColumns.Where(c => Field(c).Length == 0).Select(c => new CaseRowProblem(row, c, "Library.Problem.Required")).ToList();
        var key = Field("key");
        if (key.Length > 0 && !CaseLibrary.IsKey(key))
        {
            rowProblems.Add(new CaseRowProblem(row, "key", "Library.Problem.KeyFormat"));
        }
        var domains = Split(Field("domains"));
        if (!(domains.Count == 1 && domains[0] == "*") && domains.Any(d => ActionDomains.Find(d) is null))
        {
            rowProblems.Add(new CaseRowProblem(row, "domains", "Library.Problem.UnknownDomain"));
        }
        DateOnly? deadline = null;
        if (Field("deadline").Length > 0)
        {
            if (ParseDate(Field("deadline")) is { } d)
            {
                deadline = d;
            }
            else
            {
                rowProblems.Add(new CaseRowProblem(row, "deadline", "Library.Problem.Date"));
            }
        }
        var lastChecked = default(DateOnly);
        if (Field("last_checked").Length > 0)
        {
            if (ParseDate(Field("last_checked")) is { } d)
            {
                lastChecked = d;
            }
            else
            {
                rowProblems.Add(new CaseRowProblem(row, "last_checked", "Library.Problem.Date"));
            }
        }
        var url = LinkCheck.Parse(Field("url"));
        if (Field("url").Length > 0 && url is null)
        {
            rowProblems.Add(new CaseRowProblem(row, "url", "Library.Problem.BrokenLink"));
        }
        foreach (var (column, _) in TextLimits.Where(l => Field(l.Column).Length > l.Max))
        {
            rowProblems.Add(new CaseRowProblem(row, column, "Library.Problem.TooLong"));
        }
        if (rowProblems.Count > 0)
        {
            return (null, rowProblems);
        }
        return (new FundingCall(
            key,
            new LocalText(Field("name_nl"), Field("name_en")),
            Field("funder"),
            domains.Count == 1 && domains[0] == "*" ? [] : domains,
            Split(Field("themes")),
            new LocalText(Field("who_may_apply_nl"), Field("who_may_apply_en")),
            new LocalText(Field("amount_nl"), Field("amount_en")),
            deadline,
            url,
            lastChecked,
            new LocalText(Field("summary_nl"), Field("summary_en"))), []);
    }

    /// <summary>A date as the files write it (yyyy-MM-dd, between 2000 and 2100), or null.</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100 ? d : null;

    private static List<string> Split(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
