using Circulair.Initiatives;
using Circulair.Initiatives.Import;
using Circulair.Stakeholders.Import;
using static Circulair.Initiatives.InitiativeTargetGroups;

namespace Circulair.Core.Tests.Initiatives;

public sealed class InitiativeImportTests
{
    private static readonly InitiativeVocabulary Words = new InitiativeVocabulary()
        .AddHeader(InitiativeColumn.Name, "Naam")
        .AddHeader(InitiativeColumn.Domain, "Domein")
        .AddHeader(InitiativeColumn.Subdomain, "Subdomein")
        .AddHeader(InitiativeColumn.TargetGroups, "Doelgroepen")
        .AddHeader(InitiativeColumn.OtherTargetGroup, "Andere doelgroep")
        .AddHeader(InitiativeColumn.Status, "Status")
        .AddHeader(InitiativeColumn.Lead, "Trekker")
        .AddHeader(InitiativeColumn.Partners, "Partners")
        .AddHeader(InitiativeColumn.WebLink, "Weblink")
        .AddStatus(InitiativeStatus.Lopend, "lopend")
        .AddStatus(InitiativeStatus.Gepland, "gepland")
        .AddStatus(InitiativeStatus.Afgerond, "Finished")
        .AddTargetGroup(Burgers, "Burgers")
        .AddTargetGroup(ScholenEnJongeren, "Scholen en jongeren")
        .AddTargetGroup(KwetsbareGroepen, "Kwetsbare groepen")
        .AddTargetGroup(Andere, "Andere");

    private static readonly string[] Minimal = ["Naam", "Domein", "Doelgroepen", "Status"];

    private static readonly KnownStakeholder[] Register =
    [
        new(1, "Kringwinkel Demoland"),
        new(2, "Repair Café Demostad"),
        new(3, "Hogeschool Demoland, onderzoeksgroep Circulair Bouwen"),
        new(4, "Werkplaats; Atelier"),
    ];

    private static SheetContent Sheet(string[] headers, params string?[][] rows) =>
        new(headers, [.. rows.Select((r, i) => new SheetRow(i + 2, r))]);

    private static readonly ExistingInitiative Repair = new(20, new InitiativeDetails
    {
        Name = "Repair Café",
        Domain = "consumentengoederen",
        SubdomainCode = "herstel",
        TargetGroups = Burgers | KwetsbareGroepen,
        Status = InitiativeStatus.Lopend,
        LeadStakeholderId = 2,
        LeadName = "Repair Café Demostad",
        PartnerIds = [1],
        WebLink = "https://repair.example",
    });

    private static InitiativeImportPlan Check(SheetContent sheet, params ExistingInitiative[] existing) =>
        InitiativeImport.Check(sheet, Words, existing, Register);

    [Fact]
    public void A_minimal_sheet_adds_rows_with_domains_by_label_code_or_number_and_several_target_groups()
    {
        var plan = Check(Sheet(Minimal,
            ["Soepbar", "Bio-economie en voeding", "Burgers; kwetsbare groepen", "Lopend"],
            ["Deelkast", "consumentengoederen", "scholen en jongeren, Burgers", "GEPLAND"],
            ["Warmtenet", "5", "Andere", "finished"]));

        Assert.True(plan.CanApply);
        Assert.Equal(3, plan.Count(ImportAction.Add));
        Assert.Equal(("bio-economie", Burgers | KwetsbareGroepen, InitiativeStatus.Lopend), (plan.Rows[0].Details!.Domain, plan.Rows[0].Details!.TargetGroups, plan.Rows[0].Details!.Status));
        Assert.Equal(ScholenEnJongeren | Burgers, plan.Rows[1].Details!.TargetGroups);
        Assert.Equal(("andere", InitiativeStatus.Afgerond), (plan.Rows[2].Details!.Domain, plan.Rows[2].Details!.Status));
    }

    [Fact]
    public void Every_missing_required_column_is_named_and_no_row_is_read()
    {
        var plan = Check(Sheet(["Naam", "Domein"], ["Soepbar", "1"]));

        Assert.False(plan.CanApply);
        var problem = Assert.Single(plan.FileProblems);
        Assert.Equal("Initiatives.Import.Problem.MissingColumns", problem.Key);
        Assert.Equal([InitiativeColumn.TargetGroups, InitiativeColumn.Status], problem.Arguments.Cast<InitiativeColumn>());
        Assert.Empty(plan.Rows);
    }

    [Fact]
    public void Unknown_domain_target_group_and_status_are_problems_of_their_row_and_block_the_whole_file()
    {
        var plan = Check(Sheet(Minimal,
            ["Soepbar", "Voeding", "Burgers", "lopend"],
            ["Deelkast", "3", "Senioren; Burgers", "lopend"],
            ["Warmtenet", "5", "Burgers", "bijna klaar"],
            ["Goed", "5", "Burgers", "lopend"]));

        Assert.False(plan.CanApply);
        Assert.Equal(3, plan.RowsWithProblems);
        Assert.Equal(new ImportProblem("Initiatives.Import.Problem.DomainUnknown", "Voeding"), plan.Rows[0].Problems.Single(), ProblemComparer.Instance);
        Assert.Equal(new ImportProblem("Initiatives.Import.Problem.TargetGroupUnknown", "Senioren"), plan.Rows[1].Problems.Single(), ProblemComparer.Instance);
        Assert.Equal(new ImportProblem("Initiatives.Import.Problem.StatusUnknown", "bijna klaar"), plan.Rows[2].Problems.Single(), ProblemComparer.Instance);
        Assert.True(plan.Rows[3].IsValid);
    }

    [Fact]
    public void Blank_required_cells_are_named()
    {
        var plan = Check(Sheet([.. Minimal, "Weblink"], ["", "", "", "", ""], ["", " ", "", "", "www.voorbeeld.be"]));

        // The blank row is skipped; the other names every blank required cell.
        Assert.Equal(["NameRequired", "DomainRequired", "TargetGroupsRequired", "StatusRequired"], Keys(Assert.Single(plan.Rows)));
    }

    [Fact]
    public void Names_are_unique_in_the_file_and_against_the_inventory()
    {
        var plan = Check(Sheet(Minimal,
            ["Soepbar", "1", "Burgers", "lopend"],
            ["SOEPBAR ", "1", "Burgers", "lopend"],
            ["repair café", "3", "Burgers", "lopend"]), Repair);

        Assert.Equal(["DuplicateName"], Keys(plan.Rows[1]));
        Assert.Equal(["NameExists"], Keys(plan.Rows[2]));
    }

    [Fact]
    public void A_row_with_an_id_updates_only_the_columns_the_file_has()
    {
        var plan = Check(Sheet(["Id", "Naam", "Domein", "Doelgroepen", "Status"], ["20", "Repair Café", "consumentengoederen", "Burgers; Kwetsbare groepen", "gepland"]), Repair);

        var row = Assert.Single(plan.Rows);
        Assert.Equal(ImportAction.Update, row.Action);
        Assert.Equal([InitiativeColumn.Status], row.ChangedColumns);
        // Columns the file lacks keep what the inventory holds.
        Assert.Equal(("herstel", 2, "https://repair.example"), (row.Details!.SubdomainCode, row.Details.LeadStakeholderId, row.Details.WebLink));
        Assert.Equal([1], row.Details.PartnerIds);
    }

    [Fact]
    public void The_full_sheet_as_exported_is_unchanged()
    {
        var plan = Check(Sheet(["Id", "Naam", "Domein", "Subdomein", "Doelgroepen", "Andere doelgroep", "Status", "Trekker", "Partners", "Weblink"],
            ["20", "Repair Café", "Consumentengoederen en afval", "Herstel en (her)gebruik", "Burgers; Kwetsbare groepen", "", "Lopend", "Repair Café Demostad", "Kringwinkel Demoland", "https://repair.example"]), Repair);

        Assert.Equal(ImportAction.Unchanged, Assert.Single(plan.Rows).Action);
    }

    [Fact]
    public void Moving_to_another_domain_without_a_sub_domain_column_drops_the_old_sub_domain()
    {
        var plan = Check(Sheet(["Id", "Naam", "Domein", "Doelgroepen", "Status"], ["20", "Repair Café", "industrie", "Burgers", "lopend"]), Repair);

        var details = Assert.Single(plan.Rows).Details!;
        Assert.Equal(("industrie", (string?)null), (details.Domain, details.SubdomainCode));
    }

    [Fact]
    public void Sub_domains_are_listed_ones_by_label_or_code_or_else_own_text()
    {
        var plan = Check(Sheet(["Naam", "Domein", "Subdomein", "Doelgroepen", "Status"],
            ["A", "1", "korte-keten", "Burgers", "lopend"],
            ["B", "1", "preventie van voedselverspilling", "Burgers", "lopend"],
            ["C", "1", "Zadenbibliotheek", "Burgers", "lopend"]));

        Assert.Equal(["korte-keten", "voedselverspilling", null], plan.Rows.Select(r => r.Details!.SubdomainCode));
        Assert.Equal("Zadenbibliotheek", plan.Rows[2].Details!.OwnSubdomain);
    }

    [Fact]
    public void Lead_is_linked_when_it_is_a_stakeholder_and_kept_as_text_otherwise_but_partners_must_be_stakeholders()
    {
        var plan = Check(Sheet(["Naam", "Domein", "Doelgroepen", "Status", "Trekker", "Partners"],
            ["A", "1", "Burgers", "lopend", "kringwinkel demoland", "Hogeschool Demoland, onderzoeksgroep Circulair Bouwen; Werkplaats; Atelier\nRepair Café Demostad"],
            ["B", "1", "Burgers", "lopend", "Vzw Buiten het register", ""],
            ["C", "1", "Burgers", "lopend", "", "Kringwinkel Demoland; Onbekende partner"]));

        var a = plan.Rows[0].Details!;
        Assert.Equal(1, a.LeadStakeholderId);
        Assert.Equal([2, 3, 4], a.PartnerIds);
        var b = plan.Rows[1].Details!;
        Assert.Equal(((int?)null, "Vzw Buiten het register"), (b.LeadStakeholderId, b.LeadName));
        Assert.Equal(new ImportProblem("Initiatives.Import.Problem.PartnerUnknown", "Onbekende partner"), plan.Rows[2].Problems.Single(), ProblemComparer.Instance);
    }

    [Fact]
    public void An_other_target_group_implies_other_and_a_web_link_must_be_an_address()
    {
        var plan = Check(Sheet(["Naam", "Domein", "Doelgroepen", "Andere doelgroep", "Status", "Weblink"],
            ["A", "1", "Burgers", "Senioren", "lopend", "www.voorbeeld.be"],
            ["B", "1", "Burgers", "", "lopend", "niet online"]));

        Assert.Equal((Burgers | Andere, "https://www.voorbeeld.be"), (plan.Rows[0].Details!.TargetGroups, plan.Rows[0].Details!.WebLink));
        Assert.Equal(["WebLinkInvalid"], Keys(plan.Rows[1]));
    }

    [Fact]
    public void More_than_ten_thousand_rows_are_refused_as_a_whole()
    {
        var rows = Enumerable.Range(1, InitiativeSheet.MaxRows + 1).Select(i => new string?[] { $"I{i}", "1", "Burgers", "lopend" }).ToArray();

        var plan = Check(Sheet(Minimal, rows));

        Assert.Equal("Initiatives.Import.Problem.TooManyRows", Assert.Single(plan.FileProblems).Key);
    }

    [Fact]
    public void Unknown_ids_and_ids_twice_are_problems()
    {
        var plan = Check(Sheet(["Id", "Naam", "Domein", "Doelgroepen", "Status"],
            ["99", "X", "1", "Burgers", "lopend"],
            ["20", "Repair Café", "3", "Burgers", "lopend"],
            ["20.0", "Repair Café 2", "3", "Burgers", "lopend"],
            ["twintig", "Y", "3", "Burgers", "lopend"]), Repair);

        Assert.Equal(["IdUnknown"], Keys(plan.Rows[0]));
        Assert.True(plan.Rows[1].IsValid);
        Assert.Equal(["DuplicateId"], Keys(plan.Rows[2]));
        Assert.Equal(["IdNotNumber"], Keys(plan.Rows[3]));
    }

    [Fact]
    public void Apply_adds_new_initiatives_and_updates_the_tracked_ones()
    {
        var tracked = new Initiative(1, Repair.Details, DateTime.UnixEpoch);
        var plan = Check(Sheet(["Id", "Naam", "Domein", "Doelgroepen", "Status"],
            ["20", "Repair Café", "consumentengoederen", "Burgers", "afgerond"],
            ["", "Soepbar", "1", "Burgers", "lopend"]), Repair);

        var added = plan.Apply(1, new Dictionary<int, Initiative> { [20] = tracked }, DateTime.UnixEpoch);

        Assert.Equal("Soepbar", Assert.Single(added).Name);
        Assert.Equal((InitiativeStatus.Afgerond, Burgers, "herstel"), (tracked.Status, tracked.TargetGroups, tracked.SubdomainCode));
    }

    [Fact]
    public void A_plan_with_problems_cannot_be_applied()
    {
        var plan = Check(Sheet(Minimal, ["A", "zz", "Burgers", "lopend"]));

        Assert.Throws<DomainException>(() => plan.Apply(1, new Dictionary<int, Initiative>(), DateTime.UnixEpoch));
    }

    private static string[] Keys(PlannedInitiative row) => [.. row.Problems.Select(p => p.Key["Initiatives.Import.Problem.".Length..])];

    private sealed class ProblemComparer : IEqualityComparer<ImportProblem>
    {
        public static readonly ProblemComparer Instance = new();

        public bool Equals(ImportProblem? x, ImportProblem? y) => x!.Key == y!.Key && x.Arguments.SequenceEqual(y.Arguments);

        public int GetHashCode(ImportProblem obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
