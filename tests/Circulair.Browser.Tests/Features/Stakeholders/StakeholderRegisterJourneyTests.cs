using System.Text;
using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Stakeholders;

/// <summary>The Tool 1 register without JavaScript: filters, sorting, the new-stakeholder form and the Excel round trip.</summary>
public sealed class StakeholderRegisterJourneyTests(SharedBrowserApp app)
{
    [Fact]
    public async Task Filters_and_sorts_the_register_and_refuses_an_incomplete_new_stakeholder_without_JavaScript()
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await app.AddStakeholderAsync(organisation, new StakeholderDetails { Name = "Milieuraad", Group = StakeholderGroup.Politiek, Side = StakeholderSide.Intern, Tags = "advies" }, StakeholderLevel.Hoog, StakeholderLevel.Hoog);
        await app.AddStakeholderAsync(organisation, new StakeholderDetails { Name = "Jeugdraad", Group = StakeholderGroup.Burgers, Side = StakeholderSide.Extern, Tags = "advies, jongeren" }, StakeholderLevel.Laag, StakeholderLevel.Hoog);
        await app.AddStakeholderAsync(organisation, new StakeholderDetails { Name = "Bouwbedrijf Peeters", Group = StakeholderGroup.Bedrijven, Side = StakeholderSide.Extern });
        await using var session = await BrowserSession.StartAsync(app, javaScript: false);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url("/stakeholders"));
        var names = page.Locator("#register tbody th[scope=row] > a");
        var count = page.Locator(".cx-result-count");
        await Expect(names).ToHaveTextAsync(["Bouwbedrijf Peeters", "Jeugdraad", "Milieuraad"]);

        // Search and filter with the form (GET), then sort by a column header and back.
        await page.GetByLabel("Zoek op naam, dienst, label of notitie").FillAsync("raad");
        await page.GetByLabel("Intern of extern").SelectOptionAsync(new SelectOptionValue { Label = "Extern" });
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toon" }));
        await Expect(count).ToContainTextAsync("1 van de 3 stakeholders voldoet aan je zoekopdracht.");
        await Expect(names).ToHaveTextAsync(["Jeugdraad"]);
        await Expect(page.GetByLabel("Zoek op naam, dienst, label of notitie")).ToHaveValueAsync("raad");

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Filters wissen" }));
        await session.ClickAsync(page.Locator("#register").GetByRole(AriaRole.Link, new() { Name = "advies" }).First);
        await Expect(count).ToContainTextAsync("Label: advies");
        await Expect(names).ToHaveTextAsync(["Jeugdraad", "Milieuraad"]);
        var macht = page.Locator("#register thead th").Filter(new() { HasText = "Macht" });
        await session.ClickAsync(macht.GetByRole(AriaRole.Link));
        await Expect(macht).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(names).ToHaveTextAsync(["Jeugdraad", "Milieuraad"]);
        await session.ClickAsync(macht.GetByRole(AriaRole.Link));
        await Expect(macht).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(names).ToHaveTextAsync(["Milieuraad", "Jeugdraad"]);
        await Expect(count).ToContainTextAsync("Label: advies");

        // A new stakeholder without a name and with half a rating is refused, and keeps what was typed.
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Stakeholder toevoegen" }));
        await page.GetByLabel("Stakeholdergroep").SelectOptionAsync(new SelectOptionValue { Label = "Kringwinkel" });
        await page.GetByLabel("Macht (optioneel)").SelectOptionAsync(new SelectOptionValue { Label = "hoog" });
        await page.GetByLabel("Notities").FillAsync("Tweedehandswinkel in het centrum");
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" });
        await session.ClickAsync(add);

        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: Stakeholder toevoegen"));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Vul de naam van de stakeholder in.", "Vul macht en belang allebei in, of laat ze allebei leeg."]);
        await Expect(summary).Not.ToBeFocusedAsync();
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Notities")).ToHaveValueAsync("Tweedehandswinkel in het centrum");
        await Expect(page.GetByLabel("Macht (optioneel)")).ToHaveValueAsync("Hoog");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Kringwinkel Centrum");
        await page.GetByLabel("Belang (optioneel)").SelectOptionAsync(new SelectOptionValue { Label = "middel" });
        await session.ClickAsync(add);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kringwinkel Centrum");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De stakeholder is toegevoegd.");
        await Expect(page.Locator("aside")).ToContainTextAsync("Macht hoog, belang middel");
    }

    [Fact]
    public async Task Imports_its_own_export_unchanged_and_refuses_a_bad_file_showing_the_failing_rows_without_JavaScript()
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await app.AddStakeholderAsync(organisation, new StakeholderDetails { Name = "Milieuraad", Group = StakeholderGroup.Politiek }, StakeholderLevel.Hoog, StakeholderLevel.Middel);
        await app.AddStakeholderAsync(organisation, new StakeholderDetails { Name = "Jeugdraad", Group = StakeholderGroup.Burgers });
        await using var session = await BrowserSession.StartAsync(app, javaScript: false);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url("/stakeholders"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download als Excel (Tool 1-werkmap)" }).ClickAsync());
        Assert.Equal($"stakeholders-{organisation.Slug}-{app.Today():yyyy-MM-dd}.xlsx", download.SuggestedFilename);
        var export = await download.PathAsync();

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Importeren uit Excel of CSV" }));
        var file = page.GetByLabel("Excel-werkmap (.xlsx) of CSV-bestand");
        var check = page.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" });
        await file.SetInputFilesAsync(new FilePayload
        {
            Name = download.SuggestedFilename,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = await File.ReadAllBytesAsync(export, TestContext.Current.CancellationToken),
        });
        await session.ClickAsync(check);

        Assert.Equal(200, session.Status);
        await Expect(page.Locator("#preview-title")).ToHaveTextAsync($"Voorbeeld van ‘{download.SuggestedFilename}’");
        await Expect(page.Locator(".cx-preview__counts li")).ToHaveTextAsync(["0 toe te voegen", "0 bij te werken", "2 ongewijzigd", "0 met een fout"]);
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en inlezen" }));
        await Expect(page.Locator("#import-done")).ToHaveTextAsync("Ingelezen: 0 toegevoegd, 0 bijgewerkt, 2 ongewijzigd.");

        // A file with a bad row: nothing is written, the message says how many rows fail and the preview shows which.
        var csv = "Naam;Stakeholdergroep;Macht;Belang\nBakkerij Claes;Bedrijven;laag;laag\nRepair Café;Burgers;zeer hoog;laag\n";
        await file.SetInputFilesAsync(new FilePayload { Name = "nieuw.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await session.ClickAsync(check);

        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("1 van de 2 rijen hebben een fout. Er is niets ingelezen");
        await Expect(page.Locator("#confirm-form")).ToHaveCountAsync(0);
        var failing = page.Locator("#import-preview tr.cx-preview__problem");
        await Expect(failing).ToHaveCountAsync(1);
        await Expect(failing).ToHaveAttributeAsync("data-row", "3");
        await Expect(failing.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("Repair Café");
        await Expect(failing).ToContainTextAsync("‘zeer hoog’ is geen geldige waarde voor ‘Macht’");
        await Expect(page.Locator("#import-preview")).ToContainTextAsync("Wordt toegevoegd");

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "← Naar het stakeholderregister" }).First);
        await Expect(page.Locator(".cx-result-count")).ToContainTextAsync("2 stakeholders in het register.");
    }
}
