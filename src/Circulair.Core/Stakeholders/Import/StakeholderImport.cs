using Circulair.Imports;

namespace Circulair.Stakeholders.Import;

/// <summary>What the register holds now, as the import check needs it (one projection query, no per-row queries).</summary>
public sealed record ExistingStakeholder(int Id, StakeholderDetails Details, StakeholderLevel? Power, StakeholderLevel? Interest, DateOnly? AssessedOn);

/// <summary>An organisation-defined group, for matching group names in a sheet.</summary>
public sealed record ExistingGroup(int Id, string Name);

/// <summary>
/// A problem with the file or one row. <see cref="Key"/> is a resource key ("Stakeholders.Import.Problem.*");
/// arguments that are a <see cref="StakeholderColumn"/> are shown as the column's header.
/// </summary>
public sealed record ImportProblem(string Key, params object[] Arguments);

public enum ImportAction
{
    Add = 1,
    Update = 2,
    Unchanged = 3,
}

/// <summary>A new rating of power and interest that the import will record.</summary>
public sealed record PlannedAssessment(DateOnly Date, StakeholderLevel Power, StakeholderLevel Interest);

/// <summary>One row of the file after the check: its problems, or the change it will make.</summary>
public sealed record PlannedRow(
    int Number,
    string? Name,
    int? Id,
    IReadOnlyList<ImportProblem> Problems,
    ImportAction? Action,
    StakeholderDetails? Details,
    PlannedAssessment? Assessment,
    IReadOnlyList<StakeholderColumn> ChangedColumns) : ICheckedRow
{
    public bool IsValid => Problems.Count == 0;

    int ICheckedRow.RowNumber => Number;
}

/// <summary>The outcome of checking a whole sheet. Nothing may be written unless <see cref="CanApply"/>.</summary>
public sealed class ImportPlan : ICheckedPlan
{
    internal ImportPlan(IReadOnlyList<ImportProblem> fileProblems, IReadOnlyList<PlannedRow> rows, IReadOnlyList<string> ignoredHeaders)
    {
        FileProblems = fileProblems;
        Rows = rows;
        IgnoredHeaders = ignoredHeaders;
    }

    public IReadOnlyList<ImportProblem> FileProblems { get; }
    public IReadOnlyList<PlannedRow> Rows { get; }

    /// <summary>Headers the import does not know (or derives itself); their cells are not read.</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    public bool CanApply => CheckedPlan.CanApply(this);
    public int RowsWithProblems => CheckedPlan.RowsWithProblems(this);
    public int Count(ImportAction action) => Rows.Count(r => r.IsValid && r.Action == action);

    int ICheckedPlan.FileProblemCount => FileProblems.Count;
    IReadOnlyList<ICheckedRow> ICheckedPlan.CheckedRows => Rows;

    /// <summary>
    /// Applies a plan that <see cref="CanApply"/>: updates the tracked stakeholders in <paramref name="existing"/>
    /// and returns the new ones for the caller to add. Unchanged rows touch nothing.
    /// </summary>
    public IReadOnlyList<Stakeholder> Apply(int organisationId, IReadOnlyDictionary<int, Stakeholder> existing, DateOnly today, DateTime now)
    {
        if (!CanApply)
        {
            throw new DomainException("Stakeholders.Import.NotApplicable");
        }
        var added = new List<Stakeholder>();
        foreach (var row in Rows)
        {
            Stakeholder target;
            switch (row.Action)
            {
                case ImportAction.Add:
                    target = new Stakeholder(organisationId, row.Details!, now);
                    added.Add(target);
                    break;
                case ImportAction.Update:
                    target = existing[row.Id!.Value];
                    if (row.ChangedColumns.Any(c => c is not (StakeholderColumn.Power or StakeholderColumn.Interest)))
                    {
                        target.Describe(row.Details!);
                    }
                    break;
                default:
                    continue;
            }
            if (row.Assessment is { } a)
            {
                target.Assess(a.Date, a.Power, a.Interest, null, today, now);
            }
        }
        return added;
    }
}

/// <summary>
/// Checks an imported stakeholder sheet (Tool 1 workbook, a minimal sheet or a CSV) against the register,
/// row by row, without writing anything. Pure: the caller loads the register once and hands it in.
/// Rules: the header row names the columns (name, group, power and interest are required); a row with an id
/// updates that stakeholder, only in the columns the file has; a row without an id adds one; names are unique
/// within the register; a changed rating becomes a new dated assessment.
/// </summary>
public static class StakeholderImport
{
    private const string P = "Stakeholders.Import.Problem.";

    public static ImportPlan Check(
        SheetContent sheet,
        ImportVocabulary vocabulary,
        IReadOnlyList<ExistingStakeholder> existing,
        IReadOnlyList<ExistingGroup> groups,
        DateOnly today)
    {
        var fileProblems = new List<ImportProblem>();
        var ignored = new List<string>();
        var map = new Dictionary<StakeholderColumn, int>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = StakeholderText.Clean(sheet.Headers[i]);
            if (header is null)
            {
                continue;
            }
            var column = vocabulary.Column(header);
            if (column is null || StakeholderSheet.IsDerived(column.Value))
            {
                ignored.Add(header);
            }
            else if (!map.TryAdd(column.Value, i))
            {
                fileProblems.Add(new ImportProblem(P + "DuplicateColumn", column.Value));
            }
        }
        var missing = StakeholderSheet.RequiredColumns.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            fileProblems.Add(new ImportProblem(P + "MissingColumns", [.. missing.Cast<object>()]));
        }
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count > StakeholderSheet.MaxRows)
        {
            fileProblems.Add(new ImportProblem(P + "TooManyRows", rows.Count, StakeholderSheet.MaxRows));
        }
        else if (rows.Count == 0 && missing.Count == 0)
        {
            fileProblems.Add(new ImportProblem(P + "NoRows"));
        }
        if (fileProblems.Count > 0)
        {
            return new ImportPlan(fileProblems, [], ignored);
        }

        var byId = existing.ToDictionary(e => e.Id);
        var groupsByKey = groups.GroupBy(g => StakeholderText.NameKey(g.Name)).ToDictionary(g => g.Key, g => g.First());
        var reader = new RowReader(map, vocabulary, groupsByKey, byId, today);
        var drafts = rows.Select(reader.Read).ToList();
        CheckUniqueness(drafts, existing);
        return new ImportPlan([], [.. drafts.Select(d => d.ToPlannedRow())], ignored);
    }

    /// <summary>Ids at most once per file; names unique in the file and against the register as it will be after the import.</summary>
    private static void CheckUniqueness(List<RowDraft> drafts, IReadOnlyList<ExistingStakeholder> existing)
    {
        var firstById = new Dictionary<int, RowDraft>();
        foreach (var d in drafts.Where(d => d.Id is not null))
        {
            if (!firstById.TryAdd(d.Id!.Value, d))
            {
                d.Problems.Add(new ImportProblem(P + "DuplicateId", d.Id!.Value, firstById[d.Id.Value].Number));
            }
        }
        var firstByName = new Dictionary<string, RowDraft>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.NameKey is not null))
        {
            if (!firstByName.TryAdd(d.NameKey!, d))
            {
                d.Problems.Add(new ImportProblem(P + "DuplicateName", d.Name!, firstByName[d.NameKey!].Number));
            }
        }
        // A name already in the register clashes, unless it belongs to the same stakeholder or the file renames that stakeholder.
        var renamedAway = drafts.Where(d => d.Id is not null && d.NameKey is not null).ToDictionary(d => d.Id!.Value, d => d.NameKey!);
        var existingByKey = existing.GroupBy(e => StakeholderText.NameKey(e.Details.Name)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.NameKey is not null))
        {
            if (existingByKey.TryGetValue(d.NameKey!, out var other) && other.Id != d.Id
                && !(renamedAway.TryGetValue(other.Id, out var newKey) && newKey != d.NameKey))
            {
                d.Problems.Add(new ImportProblem(P + "NameExists", d.Name!, other.Id));
            }
        }
    }

    /// <summary>Reads one row into a draft; collects every problem rather than stopping at the first.</summary>
    private sealed class RowReader(
        Dictionary<StakeholderColumn, int> map,
        ImportVocabulary vocabulary,
        Dictionary<string, ExistingGroup> groups,
        Dictionary<int, ExistingStakeholder> existing,
        DateOnly today)
    {
        public RowDraft Read(SheetRow row)
        {
            var d = new RowDraft(row.Number);
            var has = (StakeholderColumn c) => map.ContainsKey(c);
            string? Cell(StakeholderColumn c) => map.TryGetValue(c, out var i) && i < row.Cells.Count ? StakeholderText.Clean(row.Cells[i]) : null;
            string? Raw(StakeholderColumn c) => map.TryGetValue(c, out var i) && i < row.Cells.Count ? StakeholderText.CleanMultiline(row.Cells[i]) : null;

            ExistingStakeholder? current = null;
            if (Cell(StakeholderColumn.Id) is { } idText)
            {
                if (!StakeholderSheet.TryParseId(idText, out var id))
                {
                    d.Problems.Add(new ImportProblem(P + "IdNotNumber", idText));
                }
                else if (!existing.TryGetValue(id, out current))
                {
                    d.Problems.Add(new ImportProblem(P + "IdUnknown", id));
                }
                else
                {
                    d.Id = id;
                }
            }
            var start = current?.Details ?? new StakeholderDetails { Name = "" };

            var name = Cell(StakeholderColumn.Name);
            if (name is null)
            {
                d.Problems.Add(new ImportProblem(P + "NameRequired"));
            }
            else if (name.Length > StakeholderDetails.NameMaxLength)
            {
                d.Problems.Add(new ImportProblem(P + "TooLong", StakeholderColumn.Name, StakeholderDetails.NameMaxLength));
            }
            else
            {
                d.Name = name;
                d.NameKey = StakeholderText.NameKey(name);
            }

            var group = start.Group;
            var customGroupId = start.CustomGroupId;
            if (!has(StakeholderColumn.Group))
            {
                // No group column: an existing stakeholder keeps its group, a new one has none.
            }
            else if (Cell(StakeholderColumn.Group) is not { } groupText || vocabulary.IsNoGroup(groupText))
            {
                (group, customGroupId) = (null, null);
            }
            else if (vocabulary.Value<StakeholderGroup>(groupText) is { } fixedGroup)
            {
                (group, customGroupId) = (fixedGroup, null);
            }
            else if (groups.TryGetValue(StakeholderText.NameKey(groupText), out var custom))
            {
                (group, customGroupId) = (StakeholderGroup.Andere, custom.Id);
            }
            else
            {
                d.Problems.Add(new ImportProblem(P + "GroupUnknown", groupText));
            }

            var details = start with
            {
                Name = name ?? start.Name,
                Group = group,
                CustomGroupId = customGroupId,
                Kind = has(StakeholderColumn.Kind) ? Choice<StakeholderKind>(d, StakeholderColumn.Kind, Cell(StakeholderColumn.Kind)) : start.Kind,
                Side = has(StakeholderColumn.Side) ? Choice<StakeholderSide>(d, StakeholderColumn.Side, Cell(StakeholderColumn.Side)) : start.Side,
                Engagement = has(StakeholderColumn.Engagement) ? Choice<StakeholderEngagement>(d, StakeholderColumn.Engagement, Cell(StakeholderColumn.Engagement)) : start.Engagement,
                Forum = has(StakeholderColumn.Forum) ? Choice<StakeholderForum>(d, StakeholderColumn.Forum, Cell(StakeholderColumn.Forum)) : start.Forum,
                Department = has(StakeholderColumn.Department) ? Text(d, StakeholderColumn.Department, Cell(StakeholderColumn.Department), StakeholderDetails.DepartmentMaxLength) : start.Department,
                ForumDetail = has(StakeholderColumn.ForumDetail) ? Text(d, StakeholderColumn.ForumDetail, Cell(StakeholderColumn.ForumDetail), StakeholderDetails.ForumDetailMaxLength) : start.ForumDetail,
                ContactPerson = has(StakeholderColumn.ContactPerson) ? Text(d, StakeholderColumn.ContactPerson, Cell(StakeholderColumn.ContactPerson), StakeholderDetails.ContactPersonMaxLength) : start.ContactPerson,
                ContactEmail = has(StakeholderColumn.ContactEmail) ? Email(d, Cell(StakeholderColumn.ContactEmail)) : start.ContactEmail,
                Notes = has(StakeholderColumn.Notes) ? Text(d, StakeholderColumn.Notes, Raw(StakeholderColumn.Notes), StakeholderDetails.NotesMaxLength) : start.Notes,
                Tags = has(StakeholderColumn.Tags) ? Tags(d, Cell(StakeholderColumn.Tags)) : start.Tags,
            };
            d.Details = details.Normalised();

            var power = Level(d, StakeholderColumn.Power, Cell(StakeholderColumn.Power));
            var interest = Level(d, StakeholderColumn.Interest, Cell(StakeholderColumn.Interest));
            DateOnly? date = null;
            if (Cell(StakeholderColumn.AssessedOn) is { } dateText)
            {
                if (!StakeholderSheet.TryParseDate(dateText, out var parsed))
                {
                    d.Problems.Add(new ImportProblem(P + "DateInvalid", dateText));
                }
                else if (parsed > today)
                {
                    d.Problems.Add(new ImportProblem(P + "DateInFuture", parsed));
                }
                else
                {
                    date = parsed;
                }
            }
            var powerBlank = Cell(StakeholderColumn.Power) is null;
            var interestBlank = Cell(StakeholderColumn.Interest) is null;
            if (powerBlank != interestBlank)
            {
                d.Problems.Add(new ImportProblem(P + "RatingIncomplete"));
            }
            else if (powerBlank && current?.Power is not null)
            {
                d.Problems.Add(new ImportProblem(P + "RatingCannotBeCleared"));
            }
            else if (power is { } p && interest is { } i && (current?.Power != p || current?.Interest != i))
            {
                if (date is { } chosen && current?.AssessedOn is { } latest && chosen < latest)
                {
                    d.Problems.Add(new ImportProblem(P + "DateBeforeLatest", chosen, latest));
                }
                // The date column shows when the current rating was made; left as exported it says nothing about the new one.
                var when = date is { } dd && dd != current?.AssessedOn ? dd : today;
                d.Assessment = new PlannedAssessment(when, p, i);
            }

            if (current is not null)
            {
                d.Changed.AddRange(Differences(current.Details.Normalised(), d.Details));
                if (d.Assessment is not null)
                {
                    d.Changed.Add(StakeholderColumn.Power);
                    d.Changed.Add(StakeholderColumn.Interest);
                }
                d.Action = d.Changed.Count == 0 ? ImportAction.Unchanged : ImportAction.Update;
            }
            else
            {
                d.Action = ImportAction.Add;
            }
            return d;
        }

        private TEnum? Choice<TEnum>(RowDraft d, StakeholderColumn column, string? text) where TEnum : struct, Enum
        {
            if (text is null)
            {
                return null;
            }
            var value = vocabulary.Value<TEnum>(text);
            if (value is null)
            {
                d.Problems.Add(new ImportProblem(P + "UnknownValue", column, text));
            }
            return value;
        }

        private static StakeholderLevel? Level(RowDraft d, StakeholderColumn column, string? text)
        {
            if (text is null)
            {
                return null;
            }
            if (StakeholderSheet.TryParseLevel(text, out var level))
            {
                return level;
            }
            d.Problems.Add(new ImportProblem(P + "LevelUnknown", column, text));
            return null;
        }

        private static string? Text(RowDraft d, StakeholderColumn column, string? text, int max)
        {
            if (text is { Length: var n } && n > max)
            {
                d.Problems.Add(new ImportProblem(P + "TooLong", column, max));
            }
            return text;
        }

        private static string? Email(RowDraft d, string? text)
        {
            if (text is null)
            {
                return null;
            }
            if (text.Length > StakeholderDetails.EmailMaxLength || !StakeholderText.LooksLikeEmail(text))
            {
                d.Problems.Add(new ImportProblem(P + "EmailInvalid", text));
            }
            return text;
        }

        private static string? Tags(RowDraft d, string? text)
        {
            if (StakeholderText.TagProblem(text) is { } key)
            {
                d.Problems.Add(new ImportProblem(P + key[(key.LastIndexOf('.') + 1)..]));
            }
            else if (StakeholderText.NormaliseTags(text) is { Length: > StakeholderDetails.TagsMaxLength })
            {
                d.Problems.Add(new ImportProblem(P + "TooLong", StakeholderColumn.Tags, StakeholderDetails.TagsMaxLength));
            }
            return text;
        }
    }

    internal static IEnumerable<StakeholderColumn> Differences(StakeholderDetails a, StakeholderDetails b)
    {
        if (a.Name != b.Name) yield return StakeholderColumn.Name;
        if (a.Kind != b.Kind) yield return StakeholderColumn.Kind;
        if (a.Department != b.Department) yield return StakeholderColumn.Department;
        if (a.Group != b.Group || a.CustomGroupId != b.CustomGroupId) yield return StakeholderColumn.Group;
        if (a.Side != b.Side) yield return StakeholderColumn.Side;
        if (a.Engagement != b.Engagement) yield return StakeholderColumn.Engagement;
        if (a.Forum != b.Forum) yield return StakeholderColumn.Forum;
        if (a.ForumDetail != b.ForumDetail) yield return StakeholderColumn.ForumDetail;
        if (a.ContactPerson != b.ContactPerson) yield return StakeholderColumn.ContactPerson;
        if (a.ContactEmail != b.ContactEmail) yield return StakeholderColumn.ContactEmail;
        if (a.Notes != b.Notes) yield return StakeholderColumn.Notes;
        if (a.Tags != b.Tags) yield return StakeholderColumn.Tags;
    }

    private sealed class RowDraft(int number)
    {
        public int Number { get; } = number;
        public int? Id { get; set; }
        public string? Name { get; set; }
        public string? NameKey { get; set; }
        public List<ImportProblem> Problems { get; } = [];
        public List<StakeholderColumn> Changed { get; } = [];
        public ImportAction? Action { get; set; }
        public StakeholderDetails? Details { get; set; }
        public PlannedAssessment? Assessment { get; set; }

        public PlannedRow ToPlannedRow() => Problems.Count == 0
            ? new PlannedRow(Number, Name, Id, [], Action, Details, Assessment, Changed)
            : new PlannedRow(Number, Name, Id, Problems, null, null, null, []);
    }
}
