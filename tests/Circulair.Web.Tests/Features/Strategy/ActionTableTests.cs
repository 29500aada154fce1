using System.Net;
using System.Text;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Platform.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>Tool 8: the action table, its exports opened with the OpenXML SDK, and the round-trip import.</summary>
public sealed class ActionTableTests(SharedApp app)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task<(StrategySetup S, int Line, int Other)> StrategyAsync()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        var goal = await app.GoalAsync(domain, "Vanaf 2027 bouwt de stad circulair");
        var line = await app.LineAsync(goal, "Aanbesteden");
        var other = await app.LineAsync(goal, "Materialenbank");
        var hub = await app.StakeholderAsync(s, "Circulaire Hub");
        var a10 = await app.ActionAsync(s, line, "A10", "Sloopinventaris", d => d with { Status = ActionStatus.Lopend, Start = new DateOnly(2026, 3, 1), End = new DateOnly(2026, 9, 30), Owner = ActionOwner.OfStakeholder(hub) });
        var a2 = await app.ActionAsync(s, line, "A2", "Opleiding aankopers", d => d with { Status = ActionStatus.Gepland, Indicator = "Opgeleide aankopers" });
        await app.ActionAsync(s, other, "B1", "Depot inrichten", d => d with { Status = ActionStatus.Idee });
        await app.RateAsync(a2, RaterKey.Member(s.User.Id), 5, 1);
        await app.RateAsync(a10, RaterKey.Member(s.User.Id), 5, 5);
        await app.WithDbAsync(async db =>
        {
            var a = await db.PlannedActions.Include(x => x.Partners).Include(x => x.Budget).SingleAsync(x => x.Id == a10);
            a.DescribeSheet(new ActionSheet { Partners = [new(hub, "Trekt mee")], Budget = [new(2026, 0.5, 10000m), new(2027, 1.5, 2500.5m)] }, Now(app));
            await db.SaveChangesAsync();
        });
        return (s, line, other);
    }

    private static IReadOnlyList<string> Column(Page page, int index) =>
        [.. page.Document.QuerySelectorAll("#action-table tbody tr").Select(tr => tr.Children[index].TextContent.Trim())];

    /// <summary>A cell of the row of one action, found through its column's header (only the headers name the column).</summary>
    private static string CellOf(Page page, string number, string column)
    {
        var index = page.Document.QuerySelectorAll("#action-table thead th").Select(th => th.GetAttribute("data-column")).ToList().IndexOf(column);
        Assert.True(index >= 0, $"No column {column}");
        return page.Document.QuerySelector($"#action-table tr[data-number={number}]")!.Children[index].TextContent;
    }

    [Fact]
    public async Task Lists_every_action_with_the_methods_columns_and_sorts_filters_searches_and_chooses_columns()
    {
        var (s, _, _) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var table = await client.OpenAsync(s.Url("/table"));
        Assert.Equal(["Nummer", "Actie", "Doel", "Actielijn", "Actiedomein", "Trekker", "Partners", "Start", "Einde", "Budget (euro)", "FTE per jaar", "Impact", "Effort", "Kwadrant", "Prioriteit", "Status", "Indicator"],
            table.Document.QuerySelectorAll("#action-table thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["A2", "A10", "B1"], Column(table, 0));
        Assert.Equal("Circulaire Hub", CellOf(table, "A10", "Owner"));
        Assert.Equal("Circulaire Hub (Trekt mee)", CellOf(table, "A10", "Partners"));
        Assert.Equal("1", CellOf(table, "A10", "Fte"));
        Assert.Equal("Groot project", CellOf(table, "A10", "Quadrant"));
        Assert.Equal("Gebouwde omgeving", CellOf(table, "A10", "Domain"));

        var sorted = await client.OpenAsync(s.Url("/table?sort=Title&desc=true"));
        Assert.Equal(["A10", "A2", "B1"], Column(sorted, 0));
        Assert.Equal("descending", sorted.Document.QuerySelector("th[data-column=Title]")!.GetAttribute("aria-sort"));

        var filtered = await client.OpenAsync(s.Url("/table?status=Gepland"));
        Assert.Equal(["A2"], Column(filtered, 0));
        Assert.Equal(["B1"], Column(await client.OpenAsync(s.Url("/table?quadrant=none")), 0));
        Assert.Equal(["A2"], Column(await client.OpenAsync(s.Url("/table?q=aankopers")), 0));

        var narrow = await client.OpenAsync(s.Url("/table?cols=Status&cols=Title"));
        Assert.Equal(["Nummer", "Actie", "Status"], narrow.Document.QuerySelectorAll("#action-table thead th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task The_xlsx_export_has_a_frozen_header_an_autofilter_typed_cells_and_drop_downs_for_status_and_quadrant()
    {
        var (s, _, _) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var file = await client.GetAsync(s.Url("/table/export.xlsx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(Xlsx, file.ContentType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var wb = document.WorkbookPart!;
        var sheetEntry = Assert.Single(wb.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Acties", sheetEntry.Name!.Value);
        var sheet = (WorksheetPart)wb.GetPartById(sheetEntry.Id!);
        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(("A2", PaneStateValues.Frozen), (pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal("A1:S4", sheet.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        var rows = sheet.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("Nummer", rows[0].Elements<Cell>().First().InlineString!.InnerText);
        var a10 = rows.Single(r => r.Elements<Cell>().First().InlineString?.InnerText == "A10");
        var start = a10.Elements<Cell>().Single(c => c.CellReference!.Value == "H" + a10.RowIndex!.Value);
        Assert.Equal(new DateTime(2026, 3, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), start.CellValue!.Text);
        var budget = a10.Elements<Cell>().Single(c => c.CellReference!.Value == "J" + a10.RowIndex!.Value);
        Assert.Null(budget.DataType);
        Assert.Equal("12500.5", budget.CellValue!.Text);

        var validations = sheet.Worksheet.Elements<DataValidations>().Single().Elements<DataValidation>().ToList();
        var status = validations.Single(v => v.SequenceOfReferences!.InnerText == "P2:P4");
        Assert.Equal(DataValidationValues.List, status.Type!.Value);
        Assert.Equal("\"Idee,Gepland,Lopend,Afgerond,On hold,Stopgezet\"", status.Formula1!.Text);
        var quadrant = validations.Single(v => v.SequenceOfReferences!.InnerText == "N2:N4");
        Assert.Equal("\"Quick win,Groot project,Kleine verbetering,Vermijden\"", quadrant.Formula1!.Text);
    }

    [Fact]
    public async Task The_csv_export_has_the_same_columns_separated_by_semicolons()
    {
        var (s, _, _) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var file = await client.GetAsync(s.Url("/table/export.csv"));

        Assert.Equal("text/csv", file.ContentType);
        var text = Encoding.UTF8.GetString(file.Bytes).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Nummer;Actie;Doel;Actielijn;Actiedomein;Trekker;Partners;Start;Einde", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("A10;Sloopinventaris;Vanaf 2027 bouwt de stad circulair;Aanbesteden;Gebouwde omgeving;Circulaire Hub;Circulaire Hub (Trekt mee);2026-03-01;2026-09-30;12500,5;1;", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exported_file_edited_and_imported_back_shows_every_change_and_writes_on_confirmation()
    {
        var (s, line, other) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var exported = await client.GetAsync(s.Url("/table/export.xlsx"));
        var table = TableFile.Read(exported.Bytes, "acties.xlsx", "Acties", 100);
        var rows = table.Rows.Select(r => r.Cells.ToArray()).ToList();
        var a2 = rows.Single(r => r[0] == "A2");
        a2[1] = "Opleiding circulair aankopen";
        a2[3] = "Materialenbank";
        a2[15] = "Lopend";
        a2[8] = "2026-12-31";
        var edited = XlsxTableWriter.ToBytes(new WorkbookModel([new SheetModel("Acties", [.. table.Headers.Select(h => new ColumnModel(h!))], rows.Select(r => (IReadOnlyList<CellModel>)[.. r.Select(c => CellModel.Of(c))]))]));

        var unchangedUpload = await client.UploadAsync(await client.OpenAsync(s.Url("/table/import")), "#upload-form", "Upload", "acties.xlsx", exported.Bytes, Xlsx);
        Assert.Contains("0 actie(s) wijzigen", unchangedUpload.Text(".cx-preview__counts"), StringComparison.Ordinal);

        var preview = await client.UploadAsync(await client.OpenAsync(s.Url("/table/import")), "#upload-form", "Upload", "acties.xlsx", edited, Xlsx);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("1 actie(s) wijzigen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        var changes = preview.Document.QuerySelectorAll("#import-preview li[data-change]").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Actie: Opleiding aankopers → Opleiding circulair aankopen", "Actielijn: Aanbesteden → Materialenbank", "Einde: (leeg) → 31/12/2026", "Status: Gepland → Lopend"], changes);
        Assert.Contains("Kwadrant", preview.Text("#ignored-columns"), StringComparison.Ordinal);
        Assert.Equal("Opleiding aankopers", (await app.ActionsAsync(s)).Single(a => a.Number == "A2").Title);

        var done = await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var after = (await app.ActionsAsync(s)).Single(a => a.Number == "A2");
        Assert.Equal(("Opleiding circulair aankopen", other, ActionStatus.Lopend, new DateOnly(2026, 12, 31)), (after.Title, after.ActionLineId!.Value, after.Status, after.EndDate!.Value));
        Assert.Equal([1], (await app.ActionsAsync(s)).Where(a => a.ActionLineId == line).Select(a => a.Position));
        Assert.Contains("1 actie(s) gewijzigd", (await client.OpenAsync(done.Location!)).Text("#import-done"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_export_locks_the_derived_columns_and_an_import_says_which_derived_cells_were_edited()
    {
        var (s, _, _) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var exported = await client.GetAsync(s.Url("/table/export.xlsx"));

        using (var document = SpreadsheetDocument.Open(new MemoryStream(exported.Bytes), false))
        {
            var wb = document.WorkbookPart!;
            var sheet = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
            var protection = sheet.Worksheet.Elements<SheetProtection>().Single();
            Assert.True(protection.Sheet!.Value);
            Assert.Null(protection.Password);
            var formats = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
            bool Editable(uint? style) => style is { } i && formats[(int)i].Protection?.Locked?.Value == false;
            var columns = sheet.Worksheet.Descendants<Column>().ToList();
            Assert.True(Editable(columns[1].Style?.Value), "Actie (B) should stay editable");
            Assert.True(Editable(columns[15].Style?.Value), "Status (P) should stay editable");
            Assert.False(Editable(columns[13].Style?.Value), "Kwadrant (N) should be locked");
            var a10 = sheet.Worksheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InlineString?.InnerText == "A10");
            Assert.False(Editable(a10.Elements<Cell>().Single(c => c.CellReference!.Value == "M" + a10.RowIndex!.Value).StyleIndex?.Value), "Effort (M) should be locked");
            Assert.True(Editable(a10.Elements<Cell>().Single(c => c.CellReference!.Value == "H" + a10.RowIndex!.Value).StyleIndex?.Value), "Start (H) should stay editable");
        }

        var table = TableFile.Read(exported.Bytes, "acties.xlsx", "Acties", 100);
        var rows = table.Rows.Select(r => r.Cells.ToArray()).ToList();
        var a10Row = rows.Single(r => r[0] == "A10");
        a10Row[13] = "Quick win";
        a10Row[15] = "In progress";
        var edited = XlsxTableWriter.ToBytes(new WorkbookModel([new SheetModel("Acties", [.. table.Headers.Select(h => new ColumnModel(h!))], rows.Select(r => (IReadOnlyList<CellModel>)[.. r.Select(c => CellModel.Of(c))]))]));

        var preview = await client.UploadAsync(await client.OpenAsync(s.Url("/table/import")), "#upload-form", "Upload", "acties.xlsx", edited, Xlsx);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("0 actie(s) wijzigen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        var row = table.Rows.Single(r => r.Cells[0] == "A10").Number;
        Assert.Contains($"rij {row} (Kwadrant)", preview.Text("#derived-edits"), StringComparison.Ordinal);
        Assert.Contains("afgeleid, wordt genegeerd", preview.Text("#derived-edits"), StringComparison.Ordinal);
        Assert.NotNull(preview.Document.QuerySelector("#confirm-form"));
        var unchanged = await client.UploadAsync(await client.OpenAsync(s.Url("/table/import")), "#upload-form", "Upload", "acties.xlsx", exported.Bytes, Xlsx);
        Assert.Null(unchanged.Document.QuerySelector("#derived-edits"));
    }

    [Fact]
    public async Task An_import_understands_english_and_dutch_words_for_a_status_and_lists_the_statuses_in_both_languages()
    {
        var (s, _, _) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var csv = "Nummer;Status\nA2;In progress\nB1;Klaar\n";

        var preview = await client.UploadAsync(await client.OpenAsync(s.Url("/table/import")), "#upload-form", "Upload", "acties.csv", Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(["Status: Gepland → Lopend", "Status: Idee → Afgerond"], preview.Document.QuerySelectorAll("#import-preview li[data-change]").Select(li => li.TextContent.Trim()));
        var refused = await client.UploadAsync(await client.OpenAsync(s.Url("/table/import")), "#upload-form", "Upload", "acties.csv", Encoding.UTF8.GetBytes("Nummer;Status\nA2;Misschien\n"), "text/csv");
        var problem = refused.Document.QuerySelector("#import-preview tr.cx-preview__problem")!.TextContent;
        Assert.Contains("Kies uit: Idee, Gepland, Lopend, Afgerond, On hold, Stopgezet (in het Engels: Idea, Planned, Running, Completed, On hold, Stopped)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_an_unknown_status_a_duplicate_number_and_an_unknown_number_writes_nothing_and_says_why()
    {
        var (s, _, _) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var csv = "Nummer;Actie;Status\nA2;Nieuwe titel;Bezig\nA10;Sloopinventaris;Lopend\nA10;Sloopinventaris;Gepland\nZ99;Bestaat niet;Idee\nB1;Depot;Afgerond\n";

        var preview = await client.UploadAsync(await client.OpenAsync(s.Url("/table/import")), "#upload-form", "Upload", "acties.csv", Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.Status);
        Assert.StartsWith("Fout:", preview.Title, StringComparison.Ordinal);
        Assert.Contains("3 van de 5 rijen hebben een probleem", preview.Text(".cx-error-summary"), StringComparison.Ordinal);
        Assert.NotNull(preview.Document.QuerySelector("#nothing-written"));
        Assert.Null(preview.Document.QuerySelector("#confirm-form"));
        var problems = preview.Document.QuerySelectorAll("#import-preview tr.cx-preview__problem").ToDictionary(tr => tr.GetAttribute("data-row")!, tr => tr.TextContent);
        Assert.Contains("“Bezig” is geen status", problems["2"], StringComparison.Ordinal);
        Assert.Contains("Het nummer A10 staat ook al op rij 3", problems["4"], StringComparison.Ordinal);
        Assert.Contains("Er is geen actie met nummer Z99", problems["5"], StringComparison.Ordinal);
        Assert.Equal("Opleiding aankopers", (await app.ActionsAsync(s)).Single(a => a.Number == "A2").Title);
        Assert.Equal(ActionStatus.Idee, (await app.ActionsAsync(s)).Single(a => a.Number == "B1").Status);
    }
}
