using Circulair.Imports;
using Circulair.Library;
using Circulair.Library.Import;
using Circulair.Stakeholders.Import;

namespace Circulair.Core.Tests.Library;

/// <summary>The administrator's case and funding imports: the same row checks as the shipped files, per row and column, all or nothing.</summary>
public sealed class LibrarySheetImportTests
{
    private static readonly string[] CaseHeaders = ["key", "title_nl", "place", "organisations", "domain", "subdomain", "r_strategy", "value_chain", "role", "url", "summary_nl"];

    private static SheetContent Sheet(string?[] headers, params string?[][] rows) =>
        new(headers, [.. rows.Select((cells, i) => new SheetRow(i + 2, cells))]);

    private static LibraryImportContext Existing(params string[] keys) => new(keys.ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static string?[] Case(string key, string url = "https://www.example.be/repair", string domain = "consumentengoederen") =>
        [key, "Repaircafé", "Gent", "Stad Gent; vzw Herstel", domain, "herstel", "R4", "gebruik", "extern", url, "Vrijwilligers herstellen elke maand toestellen samen met de eigenaars."];

    [Fact]
    public void Adds_new_keys_and_replaces_existing_ones_when_every_row_passes()
    {
        var plan = LibrarySheetImports.Cases.Check(Sheet(CaseHeaders, Case("repaircafe-gent"), Case("deelfabriek-kortrijk")), Existing("deelfabriek-kortrijk"));

        Assert.True(plan.CanApply());
        Assert.Equal((1, 1), (plan.Adds, plan.Replacements));
        var added = plan.Rows[0].Item!;
        Assert.Equal(("repaircafe-gent", "R4", ValueChainStep.Gebruik, GovernmentRole.Extern), (added.Key, added.RStrategyCode, added.ValueChain, added.Role));
        Assert.Equal(["Stad Gent", "vzw Herstel"], added.Organisations);
        Assert.Null(added.Chapter);
    }

    [Fact]
    public void Names_the_missing_required_columns_and_reads_no_row()
    {
        var plan = LibrarySheetImports.Cases.Check(Sheet(["key", "title_nl", "extra"], ["x-y", "Iets"]), Existing());

        Assert.False(plan.CanApply());
        Assert.Equal(["place", "organisations", "domain", "r_strategy", "value_chain", "role", "summary_nl"], plan.MissingColumns);
        Assert.Empty(plan.Rows);
        Assert.Equal(["extra"], plan.IgnoredHeaders);
    }

    [Fact]
    public void Refuses_the_whole_file_and_names_each_bad_row_and_column()
    {
        var plan = LibrarySheetImports.Cases.Check(
            Sheet(CaseHeaders, Case("goed-voorbeeld"), Case("kapotte-link", url: "www.zonder-schema"), Case("Hoofdletters"), Case("goed-voorbeeld"), Case("fout-domein", domain: "ruimtevaart")),
            Existing());

        Assert.False(plan.CanApply());
        Assert.Equal(4, plan.RowsWithProblems());
        Assert.True(plan.Rows[0].IsValid);
        Assert.Equal((3, "url", "Library.Problem.BrokenLink"), Only(plan.Rows[1]));
        Assert.Equal((4, "key", "Library.Problem.KeyFormat"), Only(plan.Rows[2]));
        Assert.Equal((5, "key", "Library.Problem.KeyTwice"), Only(plan.Rows[3]));
        Assert.Contains(plan.Rows[4].Problems, p => p.Column == "domain" && p.MessageKey == "Library.Problem.UnknownDomain");
    }

    [Fact]
    public void A_funding_row_with_a_bad_date_or_an_empty_required_cell_is_refused()
    {
        string?[] headers = ["key", "name_nl", "funder", "domains", "themes", "who_may_apply_nl", "deadline", "last_checked", "summary_nl", "url"];
        string?[] Row(string key, string deadline, string lastChecked, string funder = "Vlaio", string domains = "gebouwde-omgeving;*") =>
            [key, "Oproep circulaire proeftuinen", funder, domains, "circulaire-economie", "Lokale besturen", deadline, lastChecked, "Steun voor proeftuinen.", "https://www.vlaio.be/oproep"];

        var plan = LibrarySheetImports.Funding.Check(
            Sheet(headers, Row("oproep-a", "2026-05-31", "2026-03-01"), Row("oproep-b", "31/05/2026", "2026-03-01"), Row("oproep-c", "", "gisteren", funder: "")),
            Existing());

        Assert.False(plan.CanApply());
        Assert.Contains(plan.Rows[0].Problems, p => p.Column == "domains");
        Assert.Contains(plan.Rows[1].Problems, p => p.Column == "deadline" && p.MessageKey == "Library.Problem.Date");
        Assert.Contains(plan.Rows[2].Problems, p => p.Column == "last_checked" && p.MessageKey == "Library.Problem.Date");
        Assert.Contains(plan.Rows[2].Problems, p => p.Column == "funder" && p.MessageKey == "Library.Problem.Required");

        var good = LibrarySheetImports.Funding.Check(Sheet(headers, Row("oproep-a", "2026-05-31", "2026-03-01", domains: "gebouwde-omgeving")), Existing());
        Assert.True(good.CanApply());
        var call = good.Rows[0].Item!;
        Assert.Equal((new DateOnly(2026, 5, 31), new DateOnly(2026, 3, 1), "gebouwde-omgeving"), (call.Deadline!.Value, call.LastChecked, Assert.Single(call.Domains)));
    }

    [Fact]
    public void A_file_with_headers_only_is_a_file_problem()
    {
        var plan = LibrarySheetImports.Cases.Check(Sheet(CaseHeaders), Existing());

        Assert.Equal(1, plan.FileProblemCount);
        Assert.False(plan.CanApply());
    }

    [Fact]
    public void A_stored_row_gives_back_the_case_it_took()
    {
        var original = CaseLibrary.Guide.Find("deelfabriek-kortrijk")!;
        var row = new InstanceCase(original with { Place = "Kortrijk (Buda)" }, "Beheerder", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));

        var back = row.ToCase()!;

        Assert.Equal(original with { Place = "Kortrijk (Buda)", Organisations = back.Organisations }, back);
        Assert.Equal(original.Organisations, back.Organisations);
        Assert.Equal("2", back.Chapter);
    }

    private static (int Row, string Column, string Key) Only(LibrarySheetRow<LibraryCase> row)
    {
        var p = Assert.Single(row.Problems);
        return (p.Row, p.Column, p.MessageKey);
    }
}
