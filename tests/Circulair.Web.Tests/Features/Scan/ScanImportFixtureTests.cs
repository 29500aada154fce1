using System.Net;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// One fixture per failure class: each gets a clear Dutch message that names the row and column, and nothing
/// is stored. Files that cannot be read at all are refused at upload (422 with the error summary); files that
/// can be read are checked row by row and the report lists every problem.
/// </summary>
public sealed class ScanImportFixtureTests(SharedApp app)
{
    [Theory]
    [InlineData("wrong-encoding-utf16.csv", "rij 1, kolom A")]
    [InlineData("unknown-delimiter.csv", "rij 1, kolom A")]
    [InlineData("empty.csv", "leeg")]
    public async Task Refuses_a_file_it_cannot_read_at_upload_with_a_clear_message(string fixture, string expected)
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);

        var refused = await UploadAsync(client, org, datasetId, fixture, Fixture(fixture));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Document.Title, StringComparison.Ordinal);
        Assert.Contains(expected, refused.Error("file"), StringComparison.Ordinal);
        Assert.Contains(fixture, refused.ErrorSummary.Single(), StringComparison.Ordinal);
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    [Theory]
    [InlineData("text-in-value.csv", "NotANumber", 3, "D", "'twaalf' is geen getal")]
    [InlineData("negative-jobs.csv", "Negative", 3, "D", "negatief")]
    [InlineData("unknown-nis.csv", "AreaUnknown", 3, "A", "'99999' is geen bekende NIS-code")]
    [InlineData("unknown-category.csv", "CategoryUnknown", 4, "C", "'ZZ bouw algemeen' staat niet in de categorielijst")]
    [InlineData("duplicate-rows.csv", "Duplicate", 4, "D", "staan al in rij 2")]
    [InlineData("year-out-of-range.csv", "YearOutOfRange", 3, "B", "1985 ligt niet tussen 1990 en 2100")]
    public async Task Reports_every_bad_row_with_row_column_and_problem_and_stores_nothing(string fixture, string kind, int row, string column, string message)
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);

        var report = await ImportUntilCheckedAsync(client, org, datasetId, fixture, Fixture(fixture), LongMapping());

        var problem = report.Document.QuerySelector($"#problems tr[data-kind='{kind}']");
        Assert.NotNull(problem);
        var cells = problem.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(row.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(column, cells[1]);
        Assert.Contains(message, cells[2], StringComparison.Ordinal);
        Assert.Null(report.Document.QuerySelector("form[action*='handler=Confirm']"));
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    [Fact]
    public async Task Offers_to_map_an_unknown_category_and_checks_again()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var report = await ImportUntilCheckedAsync(client, org, datasetId, "sectors.csv", Fixture("unknown-category.csv"), LongMapping());

        var categories = await client.OpenAsync(report.Document.QuerySelector("a[href$='/categories']")!.GetAttribute("href")!);
        Assert.Contains("ZZ bouw algemeen", categories.Text("#unknown-categories"), StringComparison.Ordinal);
        var rechecked = await client.SubmitAsync(categories, new Dictionary<string, string?> { ["Targets[0]"] = "42" });
        var ready = await client.OpenAsync(rechecked.Location!);

        Assert.Equal("3", ready.Text("[data-figure=observations]"));
        var done = await ConfirmAsync(client, ready);
        Assert.Equal(3, await ObservationCountAsync(app, org.Id));
        Assert.NotNull(done.Document.QuerySelector("#changes"));

        // The translation is kept: the next file with the same code passes straight away.
        var next = await ImportUntilCheckedAsync(client, org, datasetId, "again.csv", Fixture("unknown-category.csv"), LongMapping());
        Assert.NotNull(next.Document.QuerySelector("form[action*='handler=Confirm']"));
    }

    [Fact]
    public async Task Refuses_spreadsheet_formulas_naming_the_cell()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var workbook = Workbook(
        [
            ["NIS", "Jaar", "Sector", "Banen"],
            ["41002", 2023, "41", 12],
            ["41002", 2023, "43", "=D2*2"],
        ]);

        var report = await ImportUntilCheckedAsync(client, org, datasetId, "formules.xlsx", workbook, LongMapping());

        var problem = report.Document.QuerySelector("#problems tr[data-kind='Formula']");
        Assert.NotNull(problem);
        Assert.Contains("Cel D3 bevat een formule (=D2*2)", problem.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("3", problem.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    [Fact]
    public async Task Refuses_merged_header_cells_naming_the_range()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var workbook = Workbook(
        [
            ["NIS", "Jaar", "Sector", "Banen"],
            ["41002", 2023, "41", 12],
        ], merge: "C1:D1");

        var report = await ImportUntilCheckedAsync(client, org, datasetId, "samengevoegd.xlsx", workbook, LongMapping());

        var problem = report.Document.QuerySelector("#problems tr[data-kind='MergedCells']");
        Assert.NotNull(problem);
        Assert.Contains("C1:D1", problem.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    [Fact]
    public async Task Refuses_a_zip_bomb_renamed_xlsx_before_parsing_it()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);

        var refused = await UploadAsync(client, org, datasetId, "rapport.xlsx", ZipBomb());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("veel groter dan een echt Excelbestand", refused.Error("file"), StringComparison.Ordinal);
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }
}
