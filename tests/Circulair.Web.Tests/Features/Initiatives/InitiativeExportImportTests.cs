using System.Net;
using System.Text;
using Circulair.Initiatives;
using Circulair.Web.Platform.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static Circulair.Initiatives.InitiativeTargetGroups;
using Page = Circulair.TestKit.Page;
using static Circulair.Web.Tests.Platform.OpenXml.SheetFiles;

namespace Circulair.Web.Tests.Features.Initiatives;

/// <summary>The Tool 5 workbook: export opened with the OpenXML SDK, the round trip, imports valid and one per kind of failure.</summary>
public sealed class InitiativeExportImportTests(SharedApp app)
{
    private static readonly string[] Minimal = ["Naam", "Domein", "Doelgroepen", "Status"];

    private async Task<(TestOrganisation Org, AppClient Client, int Kringwinkel, int Repair)> InventoryAsync()
    {
        var (org, client) = await app.SignedInAsync();
        var kringwinkel = await app.AddStakeholderAsync(org, "Kringwinkel Demoland");
        var repair = await app.AddStakeholderAsync(org, "Repair Café; Demostad");
        var hogeschool = await app.AddStakeholderAsync(org, "Hogeschool Demoland, onderzoeksgroep Bouwen");
        await app.AddInitiativeAsync(org, InitiativeArrange.Details("Repair Café Kerkwijk", "consumentengoederen", Burgers | KwetsbareGroepen, subdomain: "herstel") with
        {
            Description = "Eerste regel\nTweede regel",
            LeadStakeholderId = repair,
            LeadName = "Repair Café; Demostad",
            PartnerIds = [kringwinkel, hogeschool, repair],
            WebLink = "https://repaircafe.example/kerkwijk",
        });
        await app.AddInitiativeAsync(org, InitiativeArrange.Details("Zadenbibliotheek", "bio-economie", Burgers | Andere, InitiativeStatus.Gepland, own: "Zaden ruilen") with
        {
            OtherTargetGroup = "senioren",
            LeadName = "Vzw buiten het register",
        });
        await app.AddInitiativeAsync(org, "Ontharde speelplaats", "andere", ScholenEnJongeren, InitiativeStatus.Afgerond, subdomain: "water");
        return (org, client, kringwinkel, repair);
    }

    /// <summary>A row's values by column (from each cell's reference), null where the file has no cell.</summary>
    private static List<string?> Values(Row row, int columns)
    {
        var values = new string?[columns];
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1);
            values[column - 1] = cell.InlineString?.InnerText ?? cell.CellValue?.Text;
        }
        return [.. values];
    }

    [Fact]
    public async Task The_export_has_every_field_and_a_matrix_sheet_with_the_counts()
    {
        var (org, client, _, _) = await InventoryAsync();

        var file = await client.GetAsync(org.Url("/initiatives/export.xlsx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(Xlsx, file.ContentType);
        Assert.Contains($"initiatieven-{org.Slug}-2026-03-02.xlsx", file.Headers["Content-Disposition"], StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var wb = document.WorkbookPart!;
        Assert.Equal(["Initiatieven", "Matrix"], wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var sheet = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets.Elements<Sheet>().First().Id!);
        var rows = sheet.Worksheet.Descendants<Row>().Select(r => Values(r, 11)).ToList();
        Assert.Equal(["Id", "Naam", "Beschrijving", "Domein", "Subdomein", "Doelgroepen", "Andere doelgroep", "Status", "Trekker", "Partners", "Weblink"], rows[0]);
        Assert.Equal(4, rows.Count);
        var repair = rows.Single(r => r[1] == "Repair Café Kerkwijk");
        Assert.Equal(["Eerste regel\nTweede regel", "Consumentengoederen en afval", "Herstel en (her)gebruik", "Burgers; Kwetsbare groepen", null, "Lopend",
            "Repair Café; Demostad", "Hogeschool Demoland, onderzoeksgroep Bouwen; Kringwinkel Demoland; Repair Café; Demostad", "https://repaircafe.example/kerkwijk"], repair.Skip(2));
        var seeds = rows.Single(r => r[1] == "Zadenbibliotheek");
        Assert.Equal(["Bio-economie en voeding", "Zaden ruilen", "Burgers; Andere", "senioren", "Gepland", "Vzw buiten het register"], seeds.Skip(3).Take(6));
        Assert.Equal("A1:K4", sheet.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);

        var matrix = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets.Elements<Sheet>().Last().Id!);
        var matrixRows = matrix.Worksheet.Descendants<Row>().Select(r => Values(r, 10)).ToList();
        Assert.Equal(["Domein", "Subdomein", "Burgers", "Ondernemers", "Eigen organisatie", "Scholen en jongeren", "Verenigingen", "Kwetsbare groepen", "Andere", "Totaal"], matrixRows[0]);
        var goods = matrixRows.Single(r => r[0] == "Consumentengoederen en afval" && r[1] is null);
        Assert.Equal(["1", "0", "0", "0", "0", "1", "0", "1"], goods.Skip(2));
        Assert.Contains(matrixRows, r => r[0] == "Bio-economie en voeding" && r[1] == "Zaden ruilen" && r[2] == "1");
        Assert.Equal(["Totaal per doelgroep", null, "2", "0", "0", "1", "0", "1", "1", "3"], matrixRows[^1]);
        // Counts are numbers in the file, not text.
        Assert.Null(matrix.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().Last().DataType);
    }

    [Fact]
    public async Task Export_then_import_without_edits_changes_nothing()
    {
        var (org, client, _, _) = await InventoryAsync();
        var before = await app.InitiativesAsync(org);
        var auditBefore = await app.AuditCountAsync(org);
        var file = await client.GetAsync(org.Url("/initiatives/export.xlsx"));

        var preview = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), "export.xlsx", file.Bytes);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("3 ongewijzigd", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Contains("0 bij te werken", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        var done = await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(auditBefore, await app.AuditCountAsync(org));
        Assert.Equal(before.Select(Snapshot), (await app.InitiativesAsync(org)).Select(Snapshot));
        var result = await client.OpenAsync(done.Location!);
        Assert.Equal("Ingelezen: 0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd.", result.Text("#import-done"));
    }

    private static string Snapshot(Initiative i) =>
        string.Join("|", i.Id, i.Name, i.Description, i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups, i.OtherTargetGroup, i.Status,
            i.LeadStakeholderId, i.LeadName, i.WebLink, string.Join(",", i.Partners.Select(p => p.StakeholderId).Order()));

    [Fact]
    public async Task An_edited_export_updates_rows_with_an_id_and_adds_rows_without_after_confirmation()
    {
        var (org, client, kringwinkel, _) = await InventoryAsync();
        var file = await client.GetAsync(org.Url("/initiatives/export.xlsx"));
        var table = TableFile.Read(file.Bytes, "x.xlsx", "Initiatieven", 100);
        var rows = table.Rows.Select(r => r.Cells.ToArray()).ToList();
        var speelplaats = rows.Single(r => r[1] == "Ontharde speelplaats");
        speelplaats[7] = "lopend";
        speelplaats[9] = "kringwinkel demoland";
        rows.Add([null, "Deelwagens", null, "5", "Deelmobiliteit", "Kwetsbare groepen, Burgers", null, "gepland", "Kringwinkel Demoland", null, "www.deelwagens.example"]);
        var edited = Sheet("Initiatieven", [.. table.Headers.Select(h => h!)], [.. rows]);

        var preview = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), "bewerkt.xlsx", edited);

        Assert.Contains("1 toe te voegen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Contains("1 bij te werken", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Contains("Wordt bijgewerkt: Status, Partners", preview.Text("#import-preview"), StringComparison.Ordinal);
        Assert.Equal(3, (await app.InitiativesAsync(org)).Count);

        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        var after = await app.InitiativesAsync(org);
        Assert.Equal(4, after.Count);
        var s = after.Single(i => i.Name == "Ontharde speelplaats");
        Assert.Equal(InitiativeStatus.Lopend, s.Status);
        Assert.Equal([kringwinkel], s.Partners.Select(p => p.StakeholderId));
        var d = after.Single(i => i.Name == "Deelwagens");
        Assert.Equal(("andere", "deelmobiliteit", KwetsbareGroepen | Burgers, kringwinkel, "https://www.deelwagens.example"), (d.Domain, d.SubdomainCode, d.TargetGroups, d.LeadStakeholderId!.Value, d.WebLink));
    }

    [Fact]
    public async Task Imports_a_minimal_hand_made_sheet_in_english_words()
    {
        var (org, client) = await app.SignedInAsync();
        var bytes = Sheet("Sheet1", ["Name", "Domain", "Target groups", "Status"], ["Soup bar", "Bio-economy and food", "Vulnerable groups; Entrepreneurs", "Running"], ["Heat network", "andere", "eigen organisatie", "planned"]);

        var preview = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), "minimal.xlsx", bytes);
        Assert.Contains("2 toe te voegen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        var all = await app.InitiativesAsync(org);
        var soup = all.Single(i => i.Name == "Soup bar");
        Assert.Equal(("bio-economie", KwetsbareGroepen | Ondernemers, InitiativeStatus.Lopend), (soup.Domain, soup.TargetGroups, soup.Status));
        Assert.Equal(InitiativeStatus.Gepland, all.Single(i => i.Name == "Heat network").Status);
    }

    [Theory]
    [InlineData("Naam;Domein;Doelgroepen;Status;Beschrijving\r\nWijkcompost;1;Burgers;lopend;\"met; puntkomma\"\r\nCafé Hélène;Consumentengoederen en afval;Verenigingen;afgerond;\r\n", "puntkomma.csv")]
    [InlineData("Naam,Domein,Doelgroepen,Status,Beschrijving\nWijkcompost,1,Burgers,lopend,\"met; puntkomma\"\nCafé Hélène,Consumentengoederen en afval,Verenigingen,afgerond,\n", "komma.csv")]
    public async Task Imports_csv_with_semicolons_or_commas(string csv, string name)
    {
        var (org, client) = await app.SignedInAsync();
        var preview = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), name, Encoding.UTF8.GetBytes(csv), "text/csv");
        Assert.Contains("2 toe te voegen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);

        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        var all = await app.InitiativesAsync(org);
        Assert.Equal(["Café Hélène", "Wijkcompost"], all.Select(i => i.Name).Order());
        Assert.Equal("met; puntkomma", all.Single(i => i.Name == "Wijkcompost").Description);
    }

    public static TheoryData<string, string, byte[], string> Failures() => new()
    {
        { "wrong sheet", "twee-bladen.xlsx", XlsxTableWriter.ToBytes(new WorkbookModel([new SheetModel("Blad1", [new ColumnModel("Naam")], []), new SheetModel("Blad2", [new ColumnModel("Naam")], [])])), "geen tabblad ‘Initiatieven’. Gevonden tabbladen: Blad1, Blad2" },
        { "missing column", "zonder-status.xlsx", Sheet("Initiatieven", ["Naam", "Domein", "Doelgroepen"], ["Wijkcompost", "1", "Burgers"]), "Deze verplichte kolommen ontbreken: Status." },
        { "unknown domain", "domein.xlsx", Sheet("Initiatieven", Minimal, ["Wijkcompost", "Voeding", "Burgers", "lopend"], ["Goed", "1", "Burgers", "lopend"]), "1 van de 2 rijen hebben een fout" },
        { "unknown target group", "doelgroep.xlsx", Sheet("Initiatieven", Minimal, ["Wijkcompost", "1", "Senioren", "lopend"]), "1 van de 1 rijen hebben een fout" },
        { "unknown status", "status.xlsx", Sheet("Initiatieven", Minimal, ["Wijkcompost", "1", "Burgers", "bijna klaar"]), "1 van de 1 rijen hebben een fout" },
        { "duplicate name", "dubbel.xlsx", Sheet("Initiatieven", Minimal, ["Wijkcompost", "1", "Burgers", "lopend"], ["WIJKCOMPOST", "1", "Burgers", "lopend"]), "1 van de 2 rijen hebben een fout" },
        { "name in inventory", "bestaand.xlsx", Sheet("Initiatieven", Minimal, ["bestaand", "1", "Burgers", "lopend"]), "1 van de 1 rijen hebben een fout" },
        { "too many rows", "groot.xlsx", Sheet("Initiatieven", Minimal, [.. Enumerable.Range(1, 10_001).Select(i => new string?[] { $"I{i}", "1", "Burgers", "lopend" })]), "we lezen er hoogstens 10.000 tegelijk in" },
        { "text renamed", "lijst.xlsx", Encoding.UTF8.GetBytes("Naam;Domein;Doelgroepen;Status\nWijkcompost;1;Burgers;lopend\n"), "geen Excel-werkmap, ook al eindigt de naam op .xlsx" },
        { "old xls", "oud.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "oud Excel-bestand (.xls)" },
        { "not a table", "foto.png", [0x89, 0x50, 0x4E, 0x47], "geen Excel-werkmap (.xlsx) en geen CSV-bestand" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_bad_file_gets_a_dutch_message_and_nothing_is_written(string kind, string fileName, byte[] bytes, string message)
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddInitiativeAsync(org, "Bestaand");
        var audit = await app.AuditCountAsync(org);

        var refused = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), fileName, bytes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.True(refused.ErrorSummary.Any(e => e.Contains(message, StringComparison.Ordinal)), $"{kind}: {string.Join(" | ", refused.ErrorSummary)}");
        Assert.Null(refused.Document.QuerySelector("#confirm-form"));
        Assert.Equal(["Bestaand"], (await app.InitiativesAsync(org)).Select(i => i.Name));
        Assert.Equal(audit, await app.AuditCountAsync(org));
        Assert.False(await app.WithDbAsync((db, _) => db.SheetImportDrafts.AnyAsync(d => d.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task The_preview_lists_each_failing_row_with_its_problems_in_dutch()
    {
        var (org, client) = await app.SignedInAsync();
        var bytes = Sheet("Initiatieven", [.. Minimal, "Partners", "Weblink"],
            ["Wijkcompost", "Voeding", "Burgers; senioren", "lopend", "Onbekende vzw", "niet online"],
            ["", "1", "Burgers", "bijna klaar", "", ""],
            ["Goed", "1", "Burgers", "lopend", "", ""]);

        var refused = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), "fouten.xlsx", bytes);

        var problems = refused.Document.QuerySelectorAll("#import-preview tr.cx-preview__problem").ToList();
        Assert.Equal(["2", "3"], problems.Select(tr => tr.GetAttribute("data-row")));
        var first = problems[0].TextContent;
        Assert.Contains("Het domein ‘Voeding’ kennen we niet", first, StringComparison.Ordinal);
        Assert.Contains("De doelgroep ‘senioren’ kennen we niet", first, StringComparison.Ordinal);
        Assert.Contains("De partner ‘Onbekende vzw’ staat niet in het stakeholderregister", first, StringComparison.Ordinal);
        Assert.Contains("‘niet online’ is geen volledig webadres", first, StringComparison.Ordinal);
        Assert.Contains("De naam ontbreekt.", problems[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("De status ‘bijna klaar’ kennen we niet", problems[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Wordt toegevoegd", refused.Text("#import-preview"), StringComparison.Ordinal);
        Assert.Empty(await app.InitiativesAsync(org));
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_with_its_size()
    {
        var (org, client) = await app.SignedInAsync();
        var refused = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), "groot.csv", new byte[10 * 1024 * 1024 + 1], "text/csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("groter dan 10 MB", refused.FieldError("Upload"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_is_checked_again_and_refused_when_the_inventory_changed_meanwhile()
    {
        var (org, client) = await app.SignedInAsync();
        var preview = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), "a.xlsx", Sheet("Initiatieven", Minimal, ["Wijkcompost", "1", "Burgers", "lopend"]));
        await app.AddInitiativeAsync(org, "Wijkcompost");

        var refused = await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("‘Wijkcompost’ staat al in de inventaris", refused.Text("#import-preview"), StringComparison.Ordinal);
        Assert.Single(await app.InitiativesAsync(org));
    }

    [Fact]
    public async Task A_pending_import_belongs_to_the_person_and_organisation_that_uploaded_it()
    {
        var (org, client) = await app.SignedInAsync();
        var preview = await Upload(client, await client.OpenAsync(org.Url("/initiatives/import")), "a.xlsx", Sheet("Initiatieven", Minimal, ["Wijkcompost", "1", "Burgers", "lopend"]));
        var draftId = preview.Document.QuerySelector("#confirm-form input[name=DraftId]")!.GetAttribute("value")!;
        var colleague = await app.NewUserAsync();
        await app.AddMemberAsync(org, colleague, Circulair.Organisations.OrganisationRole.Teamlid);
        using var other = await app.LoggedInClientAsync(colleague);
        var page = await other.OpenAsync(org.Url("/initiatives/import"));

        var refused = await other.PostAsync(org.Url("/initiatives/import?handler=Confirm"), [new("DraftId", draftId), new("__RequestVerificationToken", page.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("verlopen of hoort niet bij jou", refused.FieldError("Upload"), StringComparison.Ordinal);
        Assert.Empty(await app.InitiativesAsync(org));
    }
}
