using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Initiatives;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Circulair.Web.Platform.OpenXml;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Initiatives;

/// <summary>Tool 5 as a person walks it: add an initiative (refused once, then accepted), find it through a matrix cell, download the workbook, import a sheet.</summary>
public sealed class InitiativeJourneyTests(SharedBrowserApp app)
{
    private async Task<(TestOrganisation Org, TestUser User)> OrganisationWithRegisterAsync()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            foreach (var name in new[] { "Kringwinkel Demoland", "Repair Café Demostad", "Buurtcomité Kerkwijk", "Dienst Milieu en Klimaat", "Jeugdraad",
                "Scholengroep Demostad", "Circulaire Hub Demoland", "Bakkerij De Voorbeeldige Korst", "Afvalintercommunale Demoland" })
            {
                db.Stakeholders.Add(new Stakeholder(org.Id, new StakeholderDetails { Name = name }, now));
            }
            await db.SaveChangesAsync();
        });
        return (org, user);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Adds_an_initiative_finds_it_behind_its_matrix_cell_and_downloads_the_workbook(bool javaScript)
    {
        var (org, user) = await OrganisationWithRegisterAsync();
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);

        var page = await session.OpenAsync(org.Url("/scan"));
        await session.ClickAsync(page.Locator("#bestaande-initiatieven").GetByRole(AriaRole.Link, new() { Name = "Bestaande initiatieven" }));
        Assert.Equal(org.Url("/initiatives"), session.Path);
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Initiatief toevoegen" }));

        // Refused first: no name, no target group.
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Initiatief toevoegen" });
        await page.Locator("#Initiative_Domain").SelectOptionAsync("consumentengoederen/herstel");
        await session.ClickAsync(submit);
        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary).ToContainTextAsync("Geef het initiatief een naam.");
        await Expect(summary).ToContainTextAsync("Kies minstens één doelgroep.");
        if (javaScript)
        {
            await Expect(summary).ToBeFocusedAsync();
        }
        await Expect(page.Locator("#Initiative_Domain")).ToHaveValueAsync("consumentengoederen/herstel");

        await page.Locator("#Initiative_Name").FillAsync("Repair Café Kerkwijk");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Burgers", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Kwetsbare groepen" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Lopend" }).CheckAsync();
        await page.Locator("#Initiative_Lead").FillAsync("Repair Café Demostad");
        // The partner list is narrowed by a search that posts the form back: what was typed stays, nothing is saved.
        // Enter in the search field searches with JavaScript; without it the button does.
        var search = page.GetByLabel("Zoek een stakeholder in het register");
        await search.FillAsync("kring");
        if (javaScript)
        {
            await session.FollowAsync(() => search.PressAsync("Enter"));
        }
        else
        {
            await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }));
        }
        Assert.Equal(200, session.Status);
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Jeugdraad" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#Initiative_Name")).ToHaveValueAsync("Repair Café Kerkwijk");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Burgers", Exact = true })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Kringwinkel Demoland" }).CheckAsync();
        await session.ClickAsync(submit);

        Assert.Matches(new Regex($"^{Regex.Escape(org.Url("/initiatives/"))}\\d+$"), session.Path);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het initiatief is toegevoegd.");
        await Expect(page.Locator("#partners")).ToHaveTextAsync("Kringwinkel Demoland");
        await Expect(page.Locator("#initiative-facts").GetByRole(AriaRole.Link, new() { Name = "Repair Café Demostad" })).ToBeVisibleAsync();

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Matrix domeinen × doelgroepen" }));
        var row = page.Locator("#matrix tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "Consumentengoederen en afval" }) });
        await Expect(row.Locator("td").Nth(1)).ToContainTextAsync("leeg");
        await session.ClickAsync(row.Locator("td").First.GetByRole(AriaRole.Link));

        Assert.Equal(org.Url("/initiatives?domain=consumentengoederen&targetGroup=Burgers"), session.Path);
        await Expect(page.Locator("#initiatives tbody th")).ToHaveTextAsync(["Repair Café Kerkwijk"]);

        // The Tool 5 workbook from the list: a real download holding the initiative with its partners.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exporteren naar Excel" }).ClickAsync());
        Assert.Equal($"initiatieven-{org.Slug}-{app.Today():yyyy-MM-dd}.xlsx", download.SuggestedFilename);
        var workbook = TableFile.Read(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken), download.SuggestedFilename, "Initiatieven", 100);
        var exported = Assert.Single(workbook.Rows);
        Assert.Contains("Repair Café Kerkwijk", exported.Cells);
        Assert.Contains("Kringwinkel Demoland", exported.Cells);
        Assert.Equal(org.Url("/initiatives?domain=consumentengoederen&targetGroup=Burgers"), session.Path);

        await session.GoToAsync(org.Url("/initiatives/matrix"));
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Subdomeinen tonen" }));
        await Expect(page.Locator("#matrix tr.cx-matrix__sub", new() { HasTextString = "Herstel en (her)gebruik" })).ToContainTextAsync("1");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Imports_a_sheet_after_checking_it(bool javaScript)
    {
        var (org, user) = await OrganisationWithRegisterAsync();
        var sheet = XlsxTableWriter.ToBytes(new WorkbookModel([new SheetModel("Initiatieven",
            [new ColumnModel("Naam"), new ColumnModel("Domein"), new ColumnModel("Doelgroepen"), new ColumnModel("Status"), new ColumnModel("Partners")],
            [
                ["Wijkcompost", "Bio-economie en voeding", "Burgers", "lopend", "Buurtcomité Kerkwijk"],
                ["Schoolmoestuin", "1", "Scholen en jongeren; Verenigingen", "gepland", ""],
            ])]));
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);

        var page = await session.OpenAsync(org.Url("/initiatives/import"));
        await page.Locator("#Upload").SetInputFilesAsync(new FilePayload
        {
            Name = "initiatieven.xlsx",
            MimeType = XlsxTableWriter.ContentType,
            Buffer = sheet,
        });
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" }));

        await Expect(page.Locator(".cx-preview__counts")).ToContainTextAsync("2 toe te voegen");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en inlezen" }));

        await Expect(page.Locator("#import-done")).ToHaveTextAsync("Ingelezen: 2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd.");
        await session.ClickAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Terug naar de initiatieven" }).First);
        await Expect(page.Locator("#initiatives tbody th")).ToHaveTextAsync(["Schoolmoestuin", "Wijkcompost"]);
        var names = await app.WithDbAsync((db, _) => Task.FromResult(db.Initiatives.Where(i => i.OrganisationId == org.Id).Select(i => i.Name).OrderBy(n => n).ToList()));
        Assert.Equal(["Schoolmoestuin", "Wijkcompost"], names);
    }
}
