using System.Globalization;
using System.Net;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>The import wizard end to end, through real forms, on the configured database (SQLite or PostgreSQL).</summary>
public sealed class ScanImportTests(SharedApp app)
{
    [Fact]
    public async Task Imports_a_provincies_in_cijfers_export_end_to_end_and_shows_shares_coverage_and_location_quotients()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);

        var upload = await UploadAsync(client, org, datasetId, "tewerkstelling.csv", Fixture("pic-tewerkstelling.csv"));
        Assert.Equal(HttpStatusCode.Redirect, upload.Status);
        var format = await client.OpenAsync(upload.Location!);

        // Detected: Windows-1252, ';', decimal comma with '.' for thousands, header on row 4 below two title lines.
        Assert.Equal("windows-1252", format.ValueOf("Input_Encoding"));
        Assert.Equal(";", format.ValueOf("Input_Delimiter"));
        Assert.Equal(",", format.ValueOf("Input_Decimal"));
        Assert.Equal("point", format.ValueOf("Input_Thousands"));
        Assert.Equal("4", format.ValueOf("Input_HeaderRow"));
        Assert.Contains("Financiële dienstverlening", format.Text("#preview"), StringComparison.Ordinal);

        var mapping = await client.OpenAsync((await client.SubmitAsync(format, new Dictionary<string, string?>())).Location!);
        Assert.Equal("WideYears", mapping.Document.QuerySelector("input[name='Input.Layout']:checked")?.GetAttribute("value"));
        Assert.Equal("1", mapping.ValueOf("Input_AreaColumn"));
        Assert.Equal("3", mapping.ValueOf("Input_CategoryColumn"));
        Assert.Contains("Aalst (41002)", mapping.Text("#mapping-preview"), StringComparison.Ordinal);
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));

        var ready = await client.OpenAsync((await client.SubmitAsync(mapping, new Dictionary<string, string?>())).Location!);
        Assert.Equal("20", ready.Text("[data-figure=observations]"));
        Assert.Equal(0, await ObservationCountAsync(app, org.Id)); // nothing stored before confirmation

        var done = await ConfirmAsync(client, ready);
        Assert.Contains("20", done.Text(".cx-flash"), StringComparison.Ordinal);
        Assert.Equal(20, await ObservationCountAsync(app, org.Id));
        Assert.Equal("10", done.Text("#changes tr[data-year='2023'] [data-added]"));

        var analysis = await client.OpenAsync(org.Url($"/scan/datasets/{datasetId}?year=2023"));
        var rows = analysis.Document.QuerySelectorAll("#shares-table tbody tr").Select(r => r.GetAttribute("data-category")).ToList();
        Assert.Equal(["85", "47", "43", "41", "64"], rows); // largest first
        Assert.Equal(3, analysis.Document.QuerySelectorAll("#shares-table tr.cx-row--highlight").Length); // 35 % + 29 % + 17 % reach 75 %
        Assert.Contains("11.724", analysis.Text("[data-figure=total]"), StringComparison.Ordinal);
        Assert.Contains("banen per 1.000 inwoners", analysis.Text("[data-figure=per-inhabitant]"), StringComparison.Ordinal);
        var lq43 = 2050.0 / 11724 / (110000.0 / 649000);
        Assert.Equal(lq43.ToString("N2", CultureInfo.GetCultureInfo("nl-BE")), analysis.Text("td[data-lq='43']"));
        Assert.Contains("Provincies in Cijfers, 2023", analysis.Text("#source-line"), StringComparison.Ordinal);
        Assert.NotNull(analysis.Document.QuerySelector("figure.cx-chart svg[role=img] title"));
        Assert.NotNull(analysis.Document.QuerySelector("figure.cx-chart table caption"));
        Assert.Contains(analysis.Document.QuerySelectorAll(".cx-suggestion h3"), h => h.TextContent.Contains("Materialen en onderdelen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reimporting_a_year_replaces_it_reports_what_changed_and_maps_the_second_file_from_memory()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "2022-2023.csv", Fixture("pic-tewerkstelling.csv")));

        var upload = await UploadAsync(client, org, datasetId, "2023.csv", Fixture("pic-tewerkstelling-2023-update.csv"));
        var format = await client.OpenAsync(upload.Location!);
        var mapping = await client.OpenAsync((await client.SubmitAsync(format, new Dictionary<string, string?>())).Location!);

        Assert.NotNull(mapping.Document.QuerySelector(".cx-flash"));
        Assert.Contains("Provincies in Cijfers", mapping.Text(".cx-flash"), StringComparison.Ordinal);
        Assert.Equal("WideYears", mapping.Document.QuerySelector("input[name='Input.Layout']:checked")?.GetAttribute("value"));
        Assert.Equal(["5"], mapping.Document.QuerySelectorAll("input[name='Input.ValueColumns']:checked").Select(i => i.GetAttribute("value")));

        var ready = await client.OpenAsync((await client.SubmitAsync(mapping, new Dictionary<string, string?>())).Location!);
        Assert.Contains("2023 (10)", ready.Text("#replaces"), StringComparison.Ordinal);
        var done = await ConfirmAsync(client, ready);

        Assert.Equal("1", done.Text("#changes tr[data-year='2023'] [data-changed]"));
        Assert.Equal("2", done.Text("#changes tr[data-year='2023'] [data-removed]"));
        Assert.Equal("0", done.Text("#changes tr[data-year='2023'] [data-added]"));
        Assert.Contains("1.234,00 → 1.300,00", done.Text("#change-examples"), StringComparison.Ordinal);
        Assert.Equal(18, await ObservationCountAsync(app, org.Id)); // 2022 untouched (10), 2023 replaced (8)
        var dataset = await app.WithDbAsync((db, _) => db.Set<ScanDataset>().SingleAsync(d => d.Id == datasetId));
        Assert.Equal(18, dataset.ObservationCount);
        Assert.Equal((2022, 2023), (dataset.FirstYear, dataset.LastYear));
    }

    [Fact]
    public async Task Imports_a_spreadsheet_with_numbers_as_numbers()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org, "Huishoudafval", "OvamWasteFractions", "Intercommunale");
        var workbook = Workbook(
        [
            ["Huishoudelijk afval per fractie", null, null, null],
            ["Gemeente", "Fractie", "Jaar", "Hoeveelheid (ton)"],
            ["Aalst", "Restafval", 2023, 12345.6],
            ["Aalst", "Gft", 2023, 5432.1],
            ["Aalst", "Papier en karton", 2023, 3000],
        ]);

        var ready = await ImportUntilCheckedAsync(client, org, datasetId, "afval.xlsx", workbook);
        var done = await ConfirmAsync(client, ready);

        Assert.Contains("3", done.Text(".cx-flash"), StringComparison.Ordinal);
        var values = await app.WithDbAsync((db, _) => db.Set<ScanObservation>().Where(o => o.ScanDatasetId == datasetId).OrderBy(o => o.CategoryCode).Select(o => new { o.CategoryCode, o.Value, o.Unit }).ToListAsync());
        Assert.Equal(["gft", "papier-karton", "restafval"], values.Select(v => v.CategoryCode));
        Assert.Equal(12345.6, values[2].Value, 6);
        Assert.All(values, v => Assert.Equal("ton", v.Unit));
    }

    [Fact]
    public async Task Deleting_a_dataset_deletes_its_figures_and_leaves_the_other_datasets_figures()
    {
        // No foreign key removes the figures (decision 0164): the delete itself must.
        var (org, _, client) = await AalstAsync(app);
        var kept = await NewDatasetAsync(client, org, name: "Blijft");
        var removed = await NewDatasetAsync(client, org, name: "Gaat weg");
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, kept, "a.csv", Fixture("pic-tewerkstelling.csv")));
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, removed, "b.csv", Fixture("pic-tewerkstelling.csv")));
        Task<int> FiguresOf(int datasetId) => app.WithDbAsync((db, _) => db.Set<ScanObservation>().CountAsync(o => o.ScanDatasetId == datasetId));
        Assert.Equal(20, await FiguresOf(removed));

        var edit = await client.OpenAsync(org.Url($"/scan/datasets/{removed}/edit"));
        var deleted = await client.SubmitAsync(edit, "#delete-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(0, await FiguresOf(removed));
        Assert.False(await app.WithDbAsync((db, _) => db.Set<ScanDataset>().AnyAsync(d => d.Id == removed)));
        Assert.Equal(20, await FiguresOf(kept));
        Assert.Equal(20, await ObservationCountAsync(app, org.Id));
    }
}
