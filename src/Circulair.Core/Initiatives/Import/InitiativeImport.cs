using Circulair.Imports;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;

namespace Circulair.Initiatives.Import;

/// <summary>What the inventory holds now, as the import check needs it (one projection query).</summary>
public sealed record ExistingInitiative(int Id, InitiativeDetails Details);

/// <summary>A stakeholder of the register, for matching lead and partner names.</summary>
public sealed record KnownStakeholder(int Id, string Name);

/// <summary>One row of the file after the check: its problems, or the change it will make.</summary>
public sealed record PlannedInitiative(
    int Number,
    string? Name,
    int? Id,
    IReadOnlyList<ImportProblem> Problems,
    ImportAction? Action,
    InitiativeDetails? Details,
    IReadOnlyList<InitiativeColumn> ChangedColumns) : ICheckedRow
{
    public bool IsValid => Problems.Count == 0;

    int ICheckedRow.RowNumber => Number;
}

/// <summary>The outcome of checking a whole sheet. Nothing may be written unless <see cref="CanApply"/>.</summary>
public sealed class InitiativeImportPlan : ICheckedPlan
{
    internal InitiativeImportPlan(IReadOnlyList<ImportProblem> fileProblems, IReadOnlyList<PlannedInitiative> rows, IReadOnlyList<string> ignoredHeaders)
    {
        FileProblems = fileProblems;
        Rows = rows;
        IgnoredHeaders = ignoredHeaders;
    }

    public IReadOnlyList<ImportProblem> FileProblems { get; }
    public IReadOnlyList<PlannedInitiative> Rows { get; }
    public IReadOnlyList<string> IgnoredHeaders { get; }

    public bool CanApply => CheckedPlan.CanApply(this);
    public int RowsWithProblems => CheckedPlan.RowsWithProblems(this);
    public int Count(ImportAction action) => Rows.Count(r => r.IsValid && r.Action == action);

    int ICheckedPlan.FileProblemCount => FileProblems.Count;
    IReadOnlyList<ICheckedRow> ICheckedPlan.CheckedRows => Rows;

    /// <summary>
    /// Applies a plan that <see cref="CanApply"/>: describes the tracked initiatives in <paramref name="existing"/>
    /// anew (their partners loaded) and returns the new ones for the caller to add. Unchanged rows touch nothing.
    /// </summary>
    public IReadOnlyList<Initiative> Apply(int organisationId, IReadOnlyDictionary<int, Initiative> existing, DateTime now)
    {
        if (!CanApply)
        {
            throw new DomainException("Initiatives.Import.NotApplicable");
        }
        var added = new List<Initiative>();
        foreach (var row in Rows)
        {
            switch (row.Action)
            {
                case ImportAction.Add:
                    added.Add(new Initiative(organisationId, row.Details!, now));
                    break;
                case ImportAction.Update:
                    existing[row.Id!.Value].Describe(row.Details!);
                    break;
            }
        }
        return added;
    }
}

/// <summary>
/// Checks an imported inventory sheet (the Tool 5 workbook, a minimal sheet or a CSV) row by row against the
/// inventory and the stakeholder register, without writing anything. Pure: the caller loads both once.
/// Rules: the header row names the columns (name, domain, target groups and status are required); a row with an
/// id updates that initiative, only in the columns the file has; a row without an id adds one; names are unique
/// within the inventory; lead and partners are matched to the register by name (partners must be in it, a lead
/// that is not stays as typed text).
/// </summary>
public static class InitiativeImport
{
    private const string P = "Initiatives.Import.Problem.";

    public static InitiativeImportPlan Check(
        SheetContent sheet,
        InitiativeVocabulary vocabulary,
        IReadOnlyList<ExistingInitiative> existing,
        IReadOnlyList<KnownStakeholder> stakeholders)
    {
        var fileProblems = new List<ImportProblem>();
        var ignored = new List<string>();
        var map = new Dictionary<InitiativeColumn, int>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = StakeholderText.Clean(sheet.Headers[i]);
            if (header is null)
            {
                continue;
            }
            if (vocabulary.Column(header) is not { } column)
            {
                ignored.Add(header);
            }
            else if (!map.TryAdd(column, i))
            {
                fileProblems.Add(new ImportProblem(P + "DuplicateColumn", column));
            }
        }
        var missing = InitiativeSheet.RequiredColumns.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            fileProblems.Add(new ImportProblem(P + "MissingColumns", [.. missing.Cast<object>()]));
        }
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count > InitiativeSheet.MaxRows)
        {
            fileProblems.Add(new ImportProblem(P + "TooManyRows", rows.Count, InitiativeSheet.MaxRows));
        }
        else if (rows.Count == 0 && missing.Count == 0)
        {
            fileProblems.Add(new ImportProblem(P + "NoRows"));
        }
        if (fileProblems.Count > 0)
        {
            return new InitiativeImportPlan(fileProblems, [], ignored);
        }

        var byId = existing.ToDictionary(e => e.Id);
        var stakeholderIds = stakeholders
            .GroupBy(s => StakeholderText.NameKey(s.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var reader = new RowReader(map, vocabulary, byId, stakeholderIds);
        var drafts = rows.Select(reader.Read).ToList();
        CheckUniqueness(drafts, existing);
        return new InitiativeImportPlan([], [.. drafts.Select(d => d.ToPlanned())], ignored);
    }

    /// <summary>Ids at most once per file; names unique in the file and against the inventory as it will be after the import.</summary>
    private static void CheckUniqueness(List<RowDraft> drafts, IReadOnlyList<ExistingInitiative> existing)
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
        // A name already in the inventory clashes, unless it is the same initiative or the file renames that one.
        var renamedAway = new Dictionary<int, string>();
        foreach (var d in drafts.Where(d => d.Id is not null && d.NameKey is not null))
        {
            renamedAway.TryAdd(d.Id!.Value, d.NameKey!);
        }
        var existingByKey = existing.GroupBy(e => StakeholderText.NameKey(e.Details.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
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
        Dictionary<InitiativeColumn, int> map,
        InitiativeVocabulary vocabulary,
        Dictionary<int, ExistingInitiative> existing,
        Dictionary<string, int> stakeholderIds)
    {
        public RowDraft Read(SheetRow row)
        {
            var d = new RowDraft(row.Number);
            bool Has(InitiativeColumn c) => map.ContainsKey(c);
            string? Cell(InitiativeColumn c) => map.TryGetValue(c, out var i) && i < row.Cells.Count ? StakeholderText.Clean(row.Cells[i]) : null;
            string? Raw(InitiativeColumn c) => map.TryGetValue(c, out var i) && i < row.Cells.Count ? StakeholderText.CleanMultiline(row.Cells[i]) : null;

            ExistingInitiative? current = null;
            if (Cell(InitiativeColumn.Id) is { } idText)
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
            var start = current?.Details.Normalised();

            var name = Cell(InitiativeColumn.Name);
            if (name is null)
            {
                d.Problems.Add(new ImportProblem(P + "NameRequired"));
            }
            else if (name.Length > InitiativeDetails.NameMaxLength)
            {
                d.Problems.Add(new ImportProblem(P + "TooLong", InitiativeColumn.Name, InitiativeDetails.NameMaxLength));
            }
            else
            {
                d.Name = name;
                d.NameKey = StakeholderText.NameKey(name);
            }

            var domainText = Cell(InitiativeColumn.Domain);
            var domain = domainText is null ? null : InitiativeDomains.Match(domainText);
            if (domainText is null)
            {
                d.Problems.Add(new ImportProblem(P + "DomainRequired"));
            }
            else if (domain is null)
            {
                d.Problems.Add(new ImportProblem(P + "DomainUnknown", domainText));
            }

            string? subdomainCode = start?.SubdomainCode;
            string? ownSubdomain = start?.OwnSubdomain;
            if (Has(InitiativeColumn.Subdomain))
            {
                (subdomainCode, ownSubdomain) = (null, null);
                if (Cell(InitiativeColumn.Subdomain) is { } subText && domain is not null)
                {
                    if (InitiativeDomains.MatchSubdomain(domain, subText) is { } listed)
                    {
                        subdomainCode = listed.Code;
                    }
                    else if (subText.Length > InitiativeDetails.OwnSubdomainMaxLength)
                    {
                        d.Problems.Add(new ImportProblem(P + "TooLong", InitiativeColumn.Subdomain, InitiativeDetails.OwnSubdomainMaxLength));
                    }
                    else
                    {
                        ownSubdomain = subText;
                    }
                }
            }
            else if (domain is not null && start is not null && domain.Code != start.Domain)
            {
                // The file moves the initiative to another domain without naming a sub-domain: the old one no longer fits.
                (subdomainCode, ownSubdomain) = (null, null);
            }

            var groups = InitiativeTargetGroups.None;
            var groupTexts = InitiativeSheet.SplitList(Cell(InitiativeColumn.TargetGroups));
            if (groupTexts.Count == 0)
            {
                d.Problems.Add(new ImportProblem(P + "TargetGroupsRequired"));
            }
            foreach (var text in groupTexts)
            {
                if (vocabulary.TargetGroup(text) is { } g)
                {
                    groups |= g;
                }
                else
                {
                    d.Problems.Add(new ImportProblem(P + "TargetGroupUnknown", text));
                }
            }
            var other = Has(InitiativeColumn.OtherTargetGroup) ? Text(d, InitiativeColumn.OtherTargetGroup, Cell(InitiativeColumn.OtherTargetGroup), InitiativeDetails.OtherTargetGroupMaxLength) : start?.OtherTargetGroup;
            if (other is not null && (groups & InitiativeTargetGroups.Andere) == 0 && Has(InitiativeColumn.OtherTargetGroup))
            {
                groups |= InitiativeTargetGroups.Andere;
            }
            else if ((groups & InitiativeTargetGroups.Andere) == 0)
            {
                other = null;
            }

            InitiativeStatus status = default;
            if (Cell(InitiativeColumn.Status) is not { } statusText)
            {
                d.Problems.Add(new ImportProblem(P + "StatusRequired"));
            }
            else if (vocabulary.Status(statusText) is { } s)
            {
                status = s;
            }
            else
            {
                d.Problems.Add(new ImportProblem(P + "StatusUnknown", statusText));
            }

            var leadId = start?.LeadStakeholderId;
            var leadName = start?.LeadName;
            if (Has(InitiativeColumn.Lead))
            {
                leadName = Text(d, InitiativeColumn.Lead, Cell(InitiativeColumn.Lead), InitiativeDetails.LeadNameMaxLength);
                leadId = leadName is not null && stakeholderIds.TryGetValue(StakeholderText.NameKey(leadName), out var sid) ? sid : null;
            }

            var partners = start?.PartnerIds ?? [];
            if (Has(InitiativeColumn.Partners))
            {
                partners = InitiativeSheet.MatchNames(Raw(InitiativeColumn.Partners), stakeholderIds, out var unknown);
                foreach (var u in unknown)
                {
                    d.Problems.Add(new ImportProblem(P + "PartnerUnknown", u));
                }
            }

            var webLink = start?.WebLink;
            if (Has(InitiativeColumn.WebLink))
            {
                webLink = InitiativeRules.NormaliseWebLink(Cell(InitiativeColumn.WebLink));
                if (webLink is not null && !InitiativeRules.IsValidWebLink(webLink))
                {
                    d.Problems.Add(new ImportProblem(P + "WebLinkInvalid", Cell(InitiativeColumn.WebLink)!));
                }
            }

            var description = Has(InitiativeColumn.Description)
                ? Text(d, InitiativeColumn.Description, Raw(InitiativeColumn.Description), InitiativeDetails.DescriptionMaxLength)
                : start?.Description;

            if (d.Problems.Count > 0)
            {
                return d;
            }
            d.Details = new InitiativeDetails
            {
                Name = name!,
                Description = description,
                Domain = domain!.Code,
                SubdomainCode = subdomainCode,
                OwnSubdomain = ownSubdomain,
                TargetGroups = groups,
                OtherTargetGroup = other,
                Status = status,
                LeadStakeholderId = leadId,
                LeadName = leadName,
                WebLink = webLink,
                PartnerIds = partners,
            }.Normalised();
            if (start is not null)
            {
                d.Changed.AddRange(InitiativeDetails.Differences(start, d.Details));
                d.Action = d.Changed.Count == 0 ? ImportAction.Unchanged : ImportAction.Update;
            }
            else
            {
                d.Action = ImportAction.Add;
            }
            return d;
        }

        private static string? Text(RowDraft d, InitiativeColumn column, string? text, int max)
        {
            if (text is { Length: var n } && n > max)
            {
                d.Problems.Add(new ImportProblem(P + "TooLong", column, max));
            }
            return text;
        }
    }

    private sealed class RowDraft(int number)
    {
        public int Number { get; } = number;
        public int? Id { get; set; }
        public string? Name { get; set; }
        public string? NameKey { get; set; }
        public List<ImportProblem> Problems { get; } = [];
        public List<InitiativeColumn> Changed { get; } = [];
        public ImportAction? Action { get; set; }
        public InitiativeDetails? Details { get; set; }

        public PlannedInitiative ToPlanned() => Problems.Count == 0
            ? new PlannedInitiative(Number, Name, Id, [], Action, Details, Changed)
            : new PlannedInitiative(Number, Name, Id, Problems, null, null, []);
    }
}
