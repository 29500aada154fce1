using System.Net;
using System.Text;
using Circulair.Stakeholders;
using Circulair.Web.Platform.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static Circulair.Stakeholders.StakeholderLevel;
using Page = Circulair.TestKit.Page;
using static Circulair.Web.Tests.Platform.OpenXml.SheetFiles;

namespace Circulair.Web.Tests.Features.Stakeholders;

/// <summary>The Tool 1 workbook: export checked with the OpenXML SDK, import fixtures valid and one per kind of failure, and the round trip.</summary>
public sealed class ExportImportTests(SharedApp app)
{
    private static readonly DateOnly Today = StakeholderArrange.Today;

    private async Task<(TestOrganisation Org, AppClient Client)> RegisterAsync()
    {
        var (org, client) = await app.SignedInAsync();
        var schools = await app.AddGroupAsync(org, "Scholen");
        await app.AddStakeholderAsync(org, new StakeholderDetails
        {
            Name = "Kringwinkel Demoland", Kind = StakeholderKind.Organisatie, Group = StakeholderGroup.Kringwinkel, Side = StakeholderSide.Extern,
            Engagement = StakeholderEngagement.CoProduceren, Forum = StakeholderForum.Andere, ForumDetail = "Repairnetwerk", ContactPerson = "An Voorbeeld",
            ContactEmail = "an@kringwinkel.example", Notes = "Eerste regel\nTweede regel", Tags = "hergebruik, herstel", Department = "Winkel Noord",
        }, (Today.AddDays(-40), Middel, Hoog), (Today.AddDays(-3), Hoog, Hoog));
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Basisschool De Linde", CustomGroupId = schools, Side = StakeholderSide.Extern }, (Today, Laag, Middel));
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Jeugdraad", Group = StakeholderGroup.Burgers });
        return (org, client);
    }

    private static readonly string[] Minimal = ["Naam", "Stakeholdergroep", "Macht", "Belang"];

    [Fact]
    public async Task The_export_has_every_field_in_a_styled_stakeholder_sheet_and_the_grid_counts()
    {
        var (org, client) = await RegisterAsync();

        var file = await client.GetAsync(org.Url("/stakeholders/export.xlsx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(Xlsx, file.ContentType);
        Assert.Contains($"stakeholders-{org.Slug}-2026-03-02.xlsx", file.Headers["Content-Disposition"], StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var wb = document.WorkbookPart!;
        Assert.Equal(["Stakeholders", "Grid"], wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var sheet = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets.Elements<Sheet>().First().Id!);
        var rows = sheet.Worksheet.Descendants<Row>().Select(r => Values(r, 17)).ToList();
        Assert.Equal(["Id", "Naam", "Persoon of organisatie", "Dienst of organisatie", "Stakeholdergroep", "Intern of extern", "Macht", "Belang", "Aanpak",
            "Gewenste betrokkenheid", "Bestaand forum", "Welk forum", "Contactpersoon", "E-mailadres", "Notities", "Labels", "Ingeschat op"], rows[0]);
        Assert.Equal(4, rows.Count);
        var basisschool = rows[1];
        Assert.Equal(["Basisschool De Linde", null, null, "Scholen", "Extern", "laag", "middel", "Houd geïnformeerd"], basisschool.Skip(1).Take(8));
        Assert.Null(basisschool[12]);
        var kringwinkel = rows.Single(r => r[1] == "Kringwinkel Demoland");
        Assert.Equal(["Organisatie", "Winkel Noord", "Kringwinkel", "Extern", "hoog", "hoog", "Continu en actief management", "Co-produceren", "Ander forum", "Repairnetwerk", "An Voorbeeld", "an@kringwinkel.example", "Eerste regel\nTweede regel", "hergebruik, herstel"],
            kringwinkel.Skip(2).Take(14));
        Assert.Equal(Today.AddDays(-3).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), kringwinkel[16]);
        Assert.NotNull(sheet.Worksheet.Descendants<Pane>().Single().State);
        Assert.Equal("A1:Q4", sheet.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);

        var grid = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets.Elements<Sheet>().Last().Id!);
        var gridRows = grid.Worksheet.Descendants<Row>().Skip(1).Select(r => Values(r, 4)).ToList();
        Assert.Equal(10, gridRows.Count);
        Assert.Equal(["hoog", "hoog", "Continu en actief management", "1"], gridRows[2]);
        Assert.Equal(["laag", "middel", "Houd geïnformeerd", "1"], gridRows[7]);
        Assert.Equal([null, null, "Nog niet ingeschat", "1"], gridRows[9]);
        var numberCell = grid.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().Last();
        Assert.Null(numberCell.DataType);
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
    public async Task Export_then_import_without_edits_changes_nothing()
    {
        var (org, client) = await RegisterAsync();
        var before = await app.StakeholdersAsync(org);
        var auditBefore = await app.AuditCountAsync(org);
        var file = await client.GetAsync(org.Url("/stakeholders/export.xlsx"));

        var preview = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "export.xlsx", file.Bytes);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("3 ongewijzigd", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Contains("0 bij te werken", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        var done = await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var after = await app.StakeholdersAsync(org);
        Assert.Equal(auditBefore, await app.AuditCountAsync(org));
        Assert.Equal(before.Select(Snapshot), after.Select(Snapshot));
        var result = await client.OpenAsync(done.Location!);
        Assert.Equal("Ingelezen: 0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd.", result.Text("#import-done"));
    }

    private static string Snapshot(Stakeholder s) =>
        string.Join("|", s.Id, s.Name, s.Kind, s.Department, s.Group, s.CustomGroupId, s.Side, s.Power, s.Interest, s.AssessedOn, s.Engagement, s.Forum,
            s.ForumDetail, s.ContactPerson, s.ContactEmail, s.Notes, s.Tags, s.Assessments.Count);

    [Fact]
    public async Task An_edited_export_updates_rows_with_an_id_and_adds_rows_without_after_confirmation()
    {
        var (org, client) = await RegisterAsync();
        var file = await client.GetAsync(org.Url("/stakeholders/export.xlsx"));
        var table = TableFile.Read(file.Bytes, "x.xlsx", "Stakeholders", 100);
        var rows = table.Rows.Select(r => r.Cells.ToArray()).ToList();
        var jeugdraad = rows.Single(r => r[1] == "Jeugdraad");
        jeugdraad[6] = "2";
        jeugdraad[7] = "high";
        jeugdraad[15] = "Jongeren, Participatie";
        rows.Add([null, "Hogeschool Demoland", null, null, "Kennisinstellingen en ngo's", "extern", "middel", "middel"]);
        var edited = Sheet("Stakeholders", [.. table.Headers.Select(h => h!)], [.. rows]);

        var preview = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "bewerkt.xlsx", edited);

        Assert.Contains("1 toe te voegen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Contains("1 bij te werken", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Contains("Wordt bijgewerkt: Labels, Macht, Belang", preview.Text("#import-preview"), StringComparison.Ordinal);
        Assert.Equal(3, (await app.StakeholdersAsync(org)).Count);

        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        var after = await app.StakeholdersAsync(org);
        Assert.Equal(4, after.Count);
        var j = after.Single(s => s.Name == "Jeugdraad");
        Assert.Equal((Middel, Hoog, Today, "jongeren, participatie"), (j.Power!.Value, j.Interest!.Value, j.AssessedOn!.Value, j.Tags));
        var h = after.Single(s => s.Name == "Hogeschool Demoland");
        Assert.Equal((StakeholderGroup.KennisinstellingenEnNgos, StakeholderSide.Extern, StakeholderApproach.HoudBetrokken), (h.Group, h.Side!.Value, h.Approach!.Value));
    }

    [Fact]
    public async Task Imports_a_minimal_hand_made_sheet_with_numbers_and_english_words()
    {
        var (org, client) = await app.SignedInAsync();
        var bytes = Sheet("Blad1", Minimal, ["Dienst Aankoop", "interne dienst", "3", "2"], ["Bouwbedrijf", "Bedrijven", "low", "High"]);

        var preview = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "minimaal.xlsx", bytes);
        Assert.Contains("2 toe te voegen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        var all = await app.StakeholdersAsync(org);
        Assert.Equal(StakeholderApproach.HoudTevreden, all.Single(s => s.Name == "Dienst Aankoop").Approach);
        Assert.Equal(StakeholderApproach.HoudGeinformeerd, all.Single(s => s.Name == "Bouwbedrijf").Approach);
    }

    [Theory]
    [InlineData("Naam;Stakeholdergroep;Macht;Belang;Notities\r\nMilieuraad;Politiek;hoog;laag;\"met; puntkomma\"\r\nCafé Hélène;Bedrijven;1;1;\r\n", "puntkomma.csv")]
    [InlineData("Naam,Stakeholdergroep,Macht,Belang,Notities\nMilieuraad,Politiek,hoog,laag,\"met; puntkomma\"\nCafé Hélène,Bedrijven,1,1,\n", "komma.csv")]
    public async Task Imports_csv_with_semicolons_or_commas(string csv, string name)
    {
        var (org, client) = await app.SignedInAsync();
        var preview = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), name, Encoding.UTF8.GetBytes(csv), "text/csv");
        Assert.Contains("2 toe te voegen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);

        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        var all = await app.StakeholdersAsync(org);
        Assert.Equal(["Café Hélène", "Milieuraad"], all.Select(s => s.Name).Order());
        Assert.Equal("met; puntkomma", all.Single(s => s.Name == "Milieuraad").Notes);
    }

    public static TheoryData<string, string, byte[], string> Failures() => new()
    {
        { "wrong sheet", "twee-bladen.xlsx", XlsxTableWriter.ToBytes(new WorkbookModel([new SheetModel("Blad1", [new ColumnModel("Naam")], []), new SheetModel("Blad2", [new ColumnModel("Naam")], [])])), "geen tabblad ‘Stakeholders’. Gevonden tabbladen: Blad1, Blad2" },
        { "missing column", "zonder-belang.xlsx", Sheet("Stakeholders", ["Naam", "Stakeholdergroep", "Macht"], ["Milieuraad", "Politiek", "hoog"]), "Deze verplichte kolommen ontbreken: Belang." },
        { "wrong type", "zeer-hoog.xlsx", Sheet("Stakeholders", Minimal, ["Milieuraad", "Politiek", "zeer hoog", "laag"], ["Bakkerij", "Bedrijven", "laag", "laag"]), "1 van de 2 rijen hebben een fout" },
        { "too many rows", "groot.xlsx", Sheet("Stakeholders", Minimal, [.. Enumerable.Range(1, 10_001).Select(i => new string?[] { $"S{i}", "Bedrijven", "laag", "laag" })]), "we lezen er hoogstens 10.000 tegelijk in" },
        { "text renamed", "lijst.xlsx", Encoding.UTF8.GetBytes("Naam;Stakeholdergroep;Macht;Belang\nMilieuraad;Politiek;hoog;laag\n"), "geen Excel-werkmap, ook al eindigt de naam op .xlsx" },
        { "duplicate name", "dubbel.xlsx", Sheet("Stakeholders", Minimal, ["Milieuraad", "Politiek", "hoog", "laag"], ["MILIEURAAD", "Politiek", "laag", "laag"]), "1 van de 2 rijen hebben een fout" },
        { "old xls", "oud.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "oud Excel-bestand (.xls)" },
        { "not a table", "foto.png", [0x89, 0x50, 0x4E, 0x47], "geen Excel-werkmap (.xlsx) en geen CSV-bestand" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_bad_file_gets_a_dutch_message_and_nothing_is_written(string kind, string fileName, byte[] bytes, string message)
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, "Bestaand");
        var audit = await app.AuditCountAsync(org);

        var refused = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), fileName, bytes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.True(refused.ErrorSummary.Any(e => e.Contains(message, StringComparison.Ordinal)), $"{kind}: {string.Join(" | ", refused.ErrorSummary)}");
        Assert.Null(refused.Document.QuerySelector("#confirm-form"));
        Assert.Equal(["Bestaand"], (await app.StakeholdersAsync(org)).Select(s => s.Name));
        Assert.Equal(audit, await app.AuditCountAsync(org));
        Assert.False(await app.WithDbAsync((db, _) => db.SheetImportDrafts.AnyAsync(d => d.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task The_preview_lists_each_failing_row_with_its_problems()
    {
        var (org, client) = await app.SignedInAsync();
        var bytes = Sheet("Stakeholders", Minimal, ["Milieuraad", "Politiek", "zeer hoog", "laag"], ["", "Onbekend", "laag", "laag"], ["Goed", "Bedrijven", "1", "1"]);

        var refused = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "fouten.xlsx", bytes);

        var problems = refused.Document.QuerySelectorAll("#import-preview tr.cx-preview__problem").ToList();
        Assert.Equal(["2", "3"], problems.Select(tr => tr.GetAttribute("data-row")));
        Assert.Contains("‘zeer hoog’ is geen geldige waarde voor ‘Macht’", problems[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("De naam ontbreekt.", problems[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("De groep ‘Onbekend’ kennen we niet", problems[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Wordt toegevoegd", refused.Text("#import-preview"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_with_its_size()
    {
        var (org, client) = await app.SignedInAsync();
        var refused = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "groot.csv", new byte[10 * 1024 * 1024 + 1], "text/csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("groter dan 10 MB", refused.FieldError("Upload"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_is_checked_again_and_refused_when_the_register_changed_meanwhile()
    {
        var (org, client) = await app.SignedInAsync();
        var preview = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "a.xlsx", Sheet("Stakeholders", Minimal, ["Milieuraad", "Politiek", "hoog", "laag"]));
        await app.AddStakeholderAsync(org, "Milieuraad");

        var refused = await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("‘Milieuraad’ staat al in het register", refused.Text("#import-preview"), StringComparison.Ordinal);
        Assert.Single(await app.StakeholdersAsync(org));
    }

    [Fact]
    public async Task A_pending_import_belongs_to_the_person_and_organisation_that_uploaded_it()
    {
        var (org, client) = await app.SignedInAsync();
        var preview = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "a.xlsx", Sheet("Stakeholders", Minimal, ["Milieuraad", "Politiek", "hoog", "laag"]));
        var draftId = preview.Document.QuerySelector("#confirm-form input[name=DraftId]")!.GetAttribute("value")!;
        var colleague = await app.NewUserAsync();
        await app.AddMemberAsync(org, colleague, Circulair.Organisations.OrganisationRole.Teamlid);
        using var other = await app.LoggedInClientAsync(colleague);
        var page = await other.OpenAsync(org.Url("/stakeholders/import"));

        var refused = await other.PostAsync(org.Url("/stakeholders/import?handler=Confirm"), [new("DraftId", draftId), new("__RequestVerificationToken", page.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("verlopen of hoort niet bij jou", refused.FieldError("Upload"), StringComparison.Ordinal);
        Assert.Empty(await app.StakeholdersAsync(org));
    }

    [Fact]
    public async Task An_expired_pending_import_cannot_be_confirmed()
    {
        var (org, client) = await app.SignedInAsync();
        var preview = await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), "a.xlsx", Sheet("Stakeholders", Minimal, ["Milieuraad", "Politiek", "hoog", "laag"]));
        await app.WithDbAsync(db => db.SheetImportDrafts.Where(d => d.OrganisationId == org.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ExpiresAt, CirculairFactory.Start.UtcDateTime.AddMinutes(-1))));

        var refused = await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Empty(await app.StakeholdersAsync(org));
    }
}
