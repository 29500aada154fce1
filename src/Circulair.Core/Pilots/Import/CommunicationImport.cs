using System.Globalization;
using Circulair.Imports;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;
using Circulair.Strategy.Import;

namespace Circulair.Pilots.Import;

/// <summary>An audience the sheet may name: a stakeholder of the organisation's register.</summary>
public sealed record KnownAudience(int Id, string Name);

/// <summary>A row of the plan as it is now, by its number.</summary>
public sealed record ExistingCommunication(int Number, CommunicationDetails Details);

/// <summary>What the communication-plan import compares a sheet against, loaded once per check.</summary>
public sealed record CommunicationImportContext(IReadOnlyList<KnownAudience> Audiences, IReadOnlyList<ExistingCommunication> Existing);

/// <summary>A problem of one cell (or of the row, when <see cref="Column"/> is null), as a message key and its arguments.</summary>
public sealed record CommunicationProblem(CommunicationColumn? Column, string Key, params object[] Arguments);

/// <summary>One row after the check: its problems, or the row of the plan it adds or changes.</summary>
public sealed record PlannedCommunication(
    int RowNumber,
    int? Number,
    string? AudienceText,
    KnownAudience? Audience,
    CommunicationDetails? Details,
    ImportAction? Action,
    IReadOnlyList<CommunicationProblem> Problems) : ICheckedRow
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>The outcome of checking a communication-plan sheet. Nothing may be written unless it <see cref="CheckedPlan.CanApply"/>.</summary>
public sealed class CommunicationImportPlan(IReadOnlyList<ImportProblem> fileProblems, IReadOnlyList<PlannedCommunication> rows, IReadOnlyList<string> ignoredHeaders) : ICheckedPlan
{
    public IReadOnlyList<ImportProblem> FileProblems { get; } = fileProblems;
    public IReadOnlyList<PlannedCommunication> Rows { get; } = rows;
    public IReadOnlyList<string> IgnoredHeaders { get; } = ignoredHeaders;

    public int Count(ImportAction action) => Rows.Count(r => r.IsValid && r.Action == action);

    int ICheckedPlan.FileProblemCount => FileProblems.Count;
    IReadOnlyList<ICheckedRow> ICheckedPlan.CheckedRows => Rows;
}

/// <summary>
/// Checks a communication-plan sheet (Tool 16, CSV or XLSX) against the register and the pilot's plan, writing nothing
/// (decision 0233). A row with a number the plan has changes that row; a row without a number is added; rows the sheet
/// leaves out stay. Each problem names its column: an audience that is not in the register, a priority that is not
/// high/medium/low, a date that is not a date, an end before the start, a number the plan does not have or that
/// appears twice, text that is too long.
/// </summary>
public sealed class CommunicationImport : ICheckedImport<CommunicationImportContext, CommunicationImportPlan>
{
    public static readonly CommunicationImport Instance = new();
    private const string P = "Pilots.Communication.Import.Problem.";

    public CommunicationImportPlan Check(SheetContent sheet, CommunicationImportContext context)
    {
        var fileProblems = new List<ImportProblem>();
        var ignored = new List<string>();
        var map = new Dictionary<CommunicationColumn, int>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = StakeholderText.Clean(sheet.Headers[i]);
            if (header is null)
            {
                continue;
            }
            if (CommunicationSheet.Column(header) is not { } column)
            {
                ignored.Add(header);
            }
            else if (!map.TryAdd(column, i))
            {
                fileProblems.Add(new ImportProblem(P + "DuplicateColumn", header));
            }
        }
        var missing = CommunicationSheet.RequiredColumns.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            fileProblems.Add(new ImportProblem(P + "MissingColumns", [.. missing.Cast<object>()]));
        }
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count > CommunicationSheet.MaxRows)
        {
            fileProblems.Add(new ImportProblem(P + "TooManyRows", rows.Count, CommunicationSheet.MaxRows));
        }
        else if (rows.Count == 0 && missing.Count == 0)
        {
            fileProblems.Add(new ImportProblem(P + "NoRows"));
        }
        if (fileProblems.Count > 0)
        {
            return new CommunicationImportPlan(fileProblems, [], ignored);
        }

        var audiences = context.Audiences.GroupBy(a => StakeholderText.NameKey(a.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var existing = context.Existing.ToDictionary(e => e.Number);
        var seenNumbers = new Dictionary<int, int>();
        var planned = new List<PlannedCommunication>();
        foreach (var row in rows)
        {
            string? Cell(CommunicationColumn c) => map.TryGetValue(c, out var i) && i < row.Cells.Count ? StakeholderText.CleanMultiline(row.Cells[i]) : null;
            var problems = new List<CommunicationProblem>();

            int? number = null;
            if (Cell(CommunicationColumn.Number) is { } numberText)
            {
                var digits = numberText.EndsWith(".0", StringComparison.Ordinal) ? numberText[..^2] : numberText;
                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    problems.Add(new CommunicationProblem(CommunicationColumn.Number, P + "NumberNotNumber", numberText));
                }
                else if (!existing.ContainsKey(n))
                {
                    problems.Add(new CommunicationProblem(CommunicationColumn.Number, P + "UnknownNumber", n));
                }
                else if (!seenNumbers.TryAdd(n, row.Number))
                {
                    problems.Add(new CommunicationProblem(CommunicationColumn.Number, P + "DuplicateNumber", n, seenNumbers[n]));
                }
                else
                {
                    number = n;
                }
            }

            var audienceText = Cell(CommunicationColumn.Audience);
            KnownAudience? audience = null;
            if (audienceText is null)
            {
                problems.Add(new CommunicationProblem(CommunicationColumn.Audience, P + "AudienceMissing"));
            }
            else if (!audiences.TryGetValue(StakeholderText.NameKey(audienceText), out var found))
            {
                problems.Add(new CommunicationProblem(CommunicationColumn.Audience, P + "UnknownAudience", audienceText));
            }
            else if (found.Count > 1)
            {
                problems.Add(new CommunicationProblem(CommunicationColumn.Audience, P + "AmbiguousAudience", audienceText));
            }
            else
            {
                audience = found[0];
            }

            var priority = TestLevel.Gemiddeld;
            if (Cell(CommunicationColumn.Priority) is { } priorityText)
            {
                if (CommunicationSheet.Priority(priorityText) is { } p)
                {
                    priority = p;
                }
                else
                {
                    problems.Add(new CommunicationProblem(CommunicationColumn.Priority, P + "UnknownPriority", priorityText));
                }
            }

            DateOnly? DateCell(CommunicationColumn column)
            {
                if (Cell(column) is not { } text)
                {
                    return null;
                }
                if (ActionTableImport.TryParseDate(text) is { } date)
                {
                    return date;
                }
                problems.Add(new CommunicationProblem(column, P + "InvalidDate", text));
                return null;
            }
            var startsOn = DateCell(CommunicationColumn.StartsOn);
            var endsOn = DateCell(CommunicationColumn.EndsOn);
            if (startsOn is { } from && endsOn is { } until && until < from)
            {
                problems.Add(new CommunicationProblem(CommunicationColumn.EndsOn, P + "EndBeforeStart", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            string? Text(CommunicationColumn column, int max)
            {
                var text = Cell(column);
                if (text is { Length: var length } && length > max)
                {
                    problems.Add(new CommunicationProblem(column, P + "TooLong", max));
                }
                return text;
            }
            var message = Text(CommunicationColumn.Message, PilotCommunication.TextMaxLength);
            var objectives = Text(CommunicationColumn.Objectives, PilotCommunication.TextMaxLength);
            var channels = Text(CommunicationColumn.Channels, PilotCommunication.TextMaxLength);
            var products = Text(CommunicationColumn.Products, PilotCommunication.TextMaxLength);
            var responsible = Text(CommunicationColumn.Responsible, PilotCommunication.ShortMaxLength);

            if (problems.Count > 0)
            {
                planned.Add(new PlannedCommunication(row.Number, number, audienceText, audience, null, null, problems));
                continue;
            }
            var details = new CommunicationDetails
            {
                StakeholderId = audience!.Id, Priority = priority, Message = message, Objectives = objectives, Channels = channels,
                Products = products, StartsOn = startsOn, EndsOn = endsOn, Responsible = responsible,
            };
            var action = number is { } k
                ? existing[k].Details == details ? ImportAction.Unchanged : ImportAction.Update
                : ImportAction.Add;
            planned.Add(new PlannedCommunication(row.Number, number, audienceText, audience, details, action, problems));
        }
        return new CommunicationImportPlan([], planned, ignored);
    }
}
