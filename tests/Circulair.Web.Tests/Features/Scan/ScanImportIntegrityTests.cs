using System.Text;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// Issue 12 item 8, through the pages: an empty value cell never deletes a stored figure unless the person chooses so
/// at confirmation; a cut-off last row, replacement characters and implausible values are refused with row and column.
/// </summary>
public sealed class ScanImportIntegrityTests(SharedApp app)
{
    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private const string First = "NIS;Jaar;Sector;Banen\n41002;2023;41;12\n41002;2023;43;7\n41002;2023;47;30\n";
    private const string WithEmptyCell = "NIS;Jaar;Sector;Banen\n41002;2023;41;14\n41002;2023;43;\n41002;2023;47;31\n";

    [Fact]
    public async Task An_empty_value_cell_keeps_the_stored_figure_by_default()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "eerste.csv", Csv(First), LongMapping()));

        var ready = await ImportUntilCheckedAsync(client, org, datasetId, "tweede.csv", Csv(WithEmptyCell), LongMapping());
        Assert.NotNull(ready.Document.QuerySelector("#empty-cells input[value=keep][checked]"));
        var done = await ConfirmAsync(client, ready);

        Assert.Equal(new Dictionary<string, double> { ["41"] = 14, ["43"] = 7, ["47"] = 31 }, await FiguresAsync(datasetId));
        Assert.Equal("1", done.Text("#changes tr[data-year='2023'] [data-kept]"));
        Assert.Equal("0", done.Text("#changes tr[data-year='2023'] [data-removed]"));
        var dataset = await app.WithDbAsync((db, _) => db.Set<ScanDataset>().SingleAsync(d => d.Id == datasetId));
        Assert.Equal(3, dataset.ObservationCount);
    }

    [Fact]
    public async Task An_empty_value_cell_clears_the_stored_figure_only_when_the_person_chooses_so()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "eerste.csv", Csv(First), LongMapping()));

        var ready = await ImportUntilCheckedAsync(client, org, datasetId, "tweede.csv", Csv(WithEmptyCell), LongMapping());
        var done = await client.SubmitAsync(ready, "form[action*='handler=Confirm']", new Dictionary<string, string?> { ["EmptyCells"] = "clear" });
        var result = await client.OpenAsync(done.Location!);

        Assert.Equal(new Dictionary<string, double> { ["41"] = 14, ["47"] = 31 }, await FiguresAsync(datasetId));
        Assert.Equal("1", result.Text("#changes tr[data-year='2023'] [data-removed]"));
        var import = await app.WithDbAsync((db, _) => db.Set<ScanImport>().SingleAsync(i => i.Id == ImportId(result)));
        Assert.True(import.EmptyCellsClear);
    }

    [Theory]
    [InlineData("NIS;Jaar;Sector;Banen\n41002;2023;41;12\n41002;2023;43;1e24\n", "NotANumber", 3, "D", "'1e24' is geen getal")]
    [InlineData("NIS;Jaar;Sector;Banen\n41002;2023;41;12\n41002;2023;43;1000000000000000000000000\n", "Implausible", 3, "D", "niet aannemelijk")]
    [InlineData("NIS;Jaar;Sector;Banen\n41002;2023;41;12\n41002;2023;4", "Truncated", 3, "–", "stopt midden in deze rij")]
    [InlineData("NIS;Jaar;Sector;Banen;Omschrijving\n41002;2023;41;12;Bouw\n41002;2023;43;7;Gespecialiseerde bouwwerkzaamh\uFFFDden\n", "InvalidCharacters", 3, "E", "tekens die niet bestaan")]
    public async Task Refuses_what_would_corrupt_figures_naming_row_and_column(string file, string kind, int row, string column, string message)
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "eerste.csv", Csv(First), LongMapping()));

        var report = await ImportUntilCheckedAsync(client, org, datasetId, "kapot.csv", Csv(file), LongMapping());

        var problem = report.Document.QuerySelector($"#problems tr[data-kind='{kind}']");
        Assert.NotNull(problem);
        var cells = problem.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(row.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(column, cells[1]);
        Assert.Contains(message, cells[2], StringComparison.Ordinal);
        Assert.Null(report.Document.QuerySelector("form[action*='handler=Confirm']"));
        Assert.Equal(new Dictionary<string, double> { ["41"] = 12, ["43"] = 7, ["47"] = 30 }, await FiguresAsync(datasetId));
    }

    private Task<Dictionary<string, double>> FiguresAsync(int datasetId) => app.WithDbAsync((db, _) =>
        db.Set<ScanObservation>().Where(o => o.ScanDatasetId == datasetId).ToDictionaryAsync(o => o.CategoryCode, o => o.Value));
}
