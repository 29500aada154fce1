using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Core.Tests.Stakeholders;

public sealed class StakeholderImportTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly ImportVocabulary Words = new ImportVocabulary()
        .AddHeader(StakeholderColumn.Name, "Naam")
        .AddHeader(StakeholderColumn.Group, "Groep")
        .AddHeader(StakeholderColumn.Power, "Macht")
        .AddHeader(StakeholderColumn.Interest, "Belang")
        .AddHeader(StakeholderColumn.Approach, "Aanpak")
        .AddHeader(StakeholderColumn.ContactEmail, "E-mail")
        .AddHeader(StakeholderColumn.AssessedOn, "Ingeschat op")
        .AddHeader(StakeholderColumn.Side, "Intern of extern")
        .AddValue(StakeholderGroup.Kringwinkel, "Kringwinkel")
        .AddValue(StakeholderGroup.InterneDienst, "Interne dienst")
        .AddValue(StakeholderSide.Intern, "intern")
        .AddNoGroup("Zonder groep");

    private static SheetContent Sheet(string[] headers, params string?[][] rows) =>
        new(headers, [.. rows.Select((r, i) => new SheetRow(i + 2, r))]);

    private static readonly ExistingStakeholder Kringwinkel = new(
        10, new StakeholderDetails { Name = "Kringwinkel Demoland", Group = StakeholderGroup.Kringwinkel }, Hoog, Middel, new DateOnly(2026, 1, 1));

    private static ImportPlan Check(SheetContent sheet, params ExistingStakeholder[] existing) =>
        StakeholderImport.Check(sheet, Words, existing, [new ExistingGroup(3, "Scholen")], Today);

    [Fact]
    public void A_minimal_sheet_adds_rows_with_their_rating_dated_today()
    {
        var plan = Check(Sheet(["Naam", "Groep", "Macht", "Belang"],
            ["Dienst Aankoop", "interne dienst", "hoog", "3"],
            ["Basisschool De Linde", "scholen", "low", "Medium"]));

        Assert.True(plan.CanApply);
        Assert.Equal(2, plan.Count(ImportAction.Add));
        Assert.Equal(new PlannedAssessment(Today, Hoog, Hoog), plan.Rows[0].Assessment);
        Assert.Equal(3, plan.Rows[1].Details!.CustomGroupId);
        Assert.Equal(new PlannedAssessment(Today, Laag, Middel), plan.Rows[1].Assessment);
    }

    [Fact]
    public void Power_and_interest_accept_words_numbers_and_english_and_nothing_else()
    {
        foreach (var (text, level) in new[] { ("laag", Laag), ("MIDDEL", Middel), ("hoog", Hoog), ("1", Laag), ("2", Middel), ("3", Hoog), ("low", Laag), ("medium", Middel), ("High", Hoog) })
        {
            Assert.True(StakeholderSheet.TryParseLevel(text, out var parsed));
            Assert.Equal(level, parsed);
        }
        Assert.False(StakeholderSheet.TryParseLevel("zeer hoog", out _));
        Assert.False(StakeholderSheet.TryParseLevel("4", out _));
    }

    [Fact]
    public void An_unknown_power_value_is_a_problem_of_that_row_and_nothing_can_be_applied()
    {
        var plan = Check(Sheet(["Naam", "Groep", "Macht", "Belang"],
            ["Dienst Aankoop", "Interne dienst", "zeer hoog", "hoog"],
            ["Milieuraad", "Interne dienst", "laag", "laag"]));

        Assert.False(plan.CanApply);
        Assert.Equal(1, plan.RowsWithProblems);
        var problem = Assert.Single(plan.Rows[0].Problems);
        Assert.Equal("Stakeholders.Import.Problem.LevelUnknown", problem.Key);
        Assert.Equal([StakeholderColumn.Power, "zeer hoog"], problem.Arguments);
        Assert.Equal(2, plan.Rows[0].Number);
        Assert.Throws<DomainException>(() => plan.Apply(1, new Dictionary<int, Stakeholder>(), Today, Now));
    }

    [Fact]
    public void Missing_required_columns_are_named_and_rows_are_not_checked()
    {
        var plan = Check(Sheet(["Naam", "Macht"], ["Dienst Aankoop", "hoog"]));

        var problem = Assert.Single(plan.FileProblems);
        Assert.Equal("Stakeholders.Import.Problem.MissingColumns", problem.Key);
        Assert.Equal([StakeholderColumn.Interest], problem.Arguments);
        Assert.Empty(plan.Rows);
    }

    [Fact]
    public void More_rows_than_the_limit_refuse_the_file()
    {
        var rows = Enumerable.Range(0, StakeholderSheet.MaxRows + 1).Select(i => new string?[] { $"S{i}", "Kringwinkel", "laag", "laag" }).ToArray();
        var plan = Check(Sheet(["Naam", "Groep", "Macht", "Belang"], rows));
        Assert.Equal("Stakeholders.Import.Problem.TooManyRows", Assert.Single(plan.FileProblems).Key);
    }

    [Fact]
    public void A_name_twice_in_the_file_says_which_rows()
    {
        var plan = Check(Sheet(["Naam", "Groep", "Macht", "Belang"],
            ["Milieuraad", "Interne dienst", "laag", "laag"],
            ["MILIEURAAD ", "Interne dienst", "laag", "laag"]));

        Assert.Empty(plan.Rows[0].Problems);
        var p = Assert.Single(plan.Rows[1].Problems);
        Assert.Equal("Stakeholders.Import.Problem.DuplicateName", p.Key);
        Assert.Equal(["MILIEURAAD", 2], p.Arguments);
    }

    [Fact]
    public void A_new_row_with_a_name_already_in_the_register_is_refused_with_the_existing_id()
    {
        var plan = Check(Sheet(["Naam", "Groep", "Macht", "Belang"], ["kringwinkel demoland", "Kringwinkel", "laag", "laag"]), Kringwinkel);
        var p = Assert.Single(plan.Rows[0].Problems);
        Assert.Equal("Stakeholders.Import.Problem.NameExists", p.Key);
        Assert.Equal(10, p.Arguments[1]);
    }

    [Fact]
    public void Rows_with_an_id_update_only_the_columns_in_the_file_and_unchanged_rows_change_nothing()
    {
        var existing = Kringwinkel with { Details = Kringwinkel.Details with { ContactEmail = "info@kringwinkel.example", Side = StakeholderSide.Extern } };
        var same = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang", "Ingeschat op"], ["10", "Kringwinkel Demoland", "Kringwinkel", "hoog", "middel", "2026-01-01"]), existing);
        Assert.True(same.CanApply);
        Assert.Equal(ImportAction.Unchanged, same.Rows[0].Action);

        var changed = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang", "Intern of extern"], ["10", "Kringwinkel Demoland", "Kringwinkel", "hoog", "hoog", "intern"]), existing);
        var row = changed.Rows[0];
        Assert.Equal(ImportAction.Update, row.Action);
        Assert.Equal([StakeholderColumn.Side, StakeholderColumn.Power, StakeholderColumn.Interest], row.ChangedColumns);
        Assert.Equal("info@kringwinkel.example", row.Details!.ContactEmail);
        Assert.Equal(new PlannedAssessment(Today, Hoog, Hoog), row.Assessment);
    }

    [Fact]
    public void Applying_updates_the_tracked_stakeholder_adds_new_ones_and_records_dated_assessments()
    {
        var tracked = new Stakeholder(1, Kringwinkel.Details, Now);
        tracked.Assess(new DateOnly(2026, 1, 1), Hoog, Middel, null, Today, Now);
        var plan = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang", "Ingeschat op"],
            ["10", "Kringwinkel Demoland", "Kringwinkel", "hoog", "laag", "2026-02-15"],
            [null, "Dienst Aankoop", "Interne dienst", "", ""]), Kringwinkel);

        var added = plan.Apply(1, new Dictionary<int, Stakeholder> { [10] = tracked }, Today, Now);

        Assert.Equal(StakeholderApproach.Observeer, tracked.Approach);
        Assert.Equal(new DateOnly(2026, 2, 15), tracked.AssessedOn);
        var n = Assert.Single(added);
        Assert.Equal("Dienst Aankoop", n.Name);
        Assert.Null(n.Power);
    }

    [Fact]
    public void Wrong_types_and_unknown_values_are_each_reported()
    {
        var plan = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang", "E-mail", "Ingeschat op", "Intern of extern"],
            ["abc", "", "Bakkers", "hoog", "", "geen-adres", "gisteren", "soms"]));

        var keys = plan.Rows[0].Problems.Select(p => p.Key.Replace("Stakeholders.Import.Problem.", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(["IdNotNumber", "NameRequired", "GroupUnknown", "UnknownValue", "EmailInvalid", "DateInvalid", "RatingIncomplete"], keys);
    }

    [Fact]
    public void An_id_that_is_not_in_this_register_is_refused()
    {
        var plan = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang"], ["99", "X", "Kringwinkel", "laag", "laag"]), Kringwinkel);
        Assert.Equal("Stakeholders.Import.Problem.IdUnknown", Assert.Single(plan.Rows[0].Problems).Key);
    }

    [Fact]
    public void A_rating_cannot_be_cleared_and_cannot_be_dated_before_the_current_one()
    {
        var cleared = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang"], ["10", "Kringwinkel Demoland", "Kringwinkel", "", ""]), Kringwinkel);
        Assert.Equal("Stakeholders.Import.Problem.RatingCannotBeCleared", Assert.Single(cleared.Rows[0].Problems).Key);

        var older = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang", "Ingeschat op"], ["10", "Kringwinkel Demoland", "Kringwinkel", "laag", "laag", "2025-06-01"]), Kringwinkel);
        Assert.Equal("Stakeholders.Import.Problem.DateBeforeLatest", Assert.Single(older.Rows[0].Problems).Key);
    }

    [Fact]
    public void Unknown_and_derived_headers_are_ignored_and_listed()
    {
        var plan = Check(Sheet(["Naam", "Groep", "Macht", "Belang", "Aanpak", "Kleur"], ["Milieuraad", "Interne dienst", "laag", "laag", "Observeer", "rood"]));
        Assert.True(plan.CanApply);
        Assert.Equal(["Aanpak", "Kleur"], plan.IgnoredHeaders);
    }

    [Fact]
    public void Dates_are_read_in_iso_belgian_and_excel_serial_form()
    {
        Assert.True(StakeholderSheet.TryParseDate("2026-02-15", out var a));
        Assert.True(StakeholderSheet.TryParseDate("15/2/2026", out var b));
        Assert.True(StakeholderSheet.TryParseDate("46068", out var c));
        Assert.Equal(new DateOnly(2026, 2, 15), a);
        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.False(StakeholderSheet.TryParseDate("gisteren", out _));
    }

    [Fact]
    public void Blank_rows_are_skipped_and_an_empty_sheet_is_refused()
    {
        var plan = Check(Sheet(["Naam", "Groep", "Macht", "Belang"], ["", " ", null, ""]));
        Assert.Equal("Stakeholders.Import.Problem.NoRows", Assert.Single(plan.FileProblems).Key);
    }

    [Fact]
    public void A_blank_group_or_zonder_groep_means_no_group_and_a_sheet_without_the_group_column_keeps_the_existing_group()
    {
        var plan = Check(Sheet(["Id", "Naam", "Groep", "Macht", "Belang"],
            [null, "Jeugdraad", "", "laag", "hoog"],
            [null, "Seniorenraad", "zonder  GROEP", "laag", "hoog"],
            ["10", "Kringwinkel Demoland", null, "hoog", "middel"]), Kringwinkel);

        Assert.True(plan.CanApply);
        Assert.All(plan.Rows, r => Assert.Equal(((StakeholderGroup?)null, (int?)null), (r.Details!.Group, r.Details.CustomGroupId)));
        Assert.Equal(ImportAction.Update, plan.Rows[2].Action);
        Assert.Contains(StakeholderColumn.Group, plan.Rows[2].ChangedColumns);

        var withoutColumn = Check(Sheet(["Id", "Naam", "Macht", "Belang"], ["10", "Kringwinkel Demoland", "hoog", "middel"], [null, "Sportraad", "laag", "laag"]), Kringwinkel);

        Assert.True(withoutColumn.CanApply);
        Assert.Equal(ImportAction.Unchanged, withoutColumn.Rows[0].Action);
        Assert.Equal(StakeholderGroup.Kringwinkel, withoutColumn.Rows[0].Details!.Group);
        Assert.Null(withoutColumn.Rows[1].Details!.Group);
    }
}
