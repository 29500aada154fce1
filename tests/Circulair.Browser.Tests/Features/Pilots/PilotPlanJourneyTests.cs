using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Pilots;
using Circulair.Stakeholders;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Pilots;

/// <summary>
/// A pilot's plans as a team member fills them in: the business model canvas and its A3 print view, the legacy canvas
/// and its print view, an improvement project and a communication-plan row, and the import page. axe checks every page,
/// the print views included, with and without JavaScript.
/// </summary>
public sealed class PilotPlanJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fills_in_both_canvases_an_improvement_and_a_communication_row(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var pilotId = await app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Stakeholders.Add(new Stakeholder(org.Id, new StakeholderDetails { Name = "Buurtcomité Kerkwijk", Group = StakeholderGroup.Burgers }, now));
            var pilot = new Pilot(org.Id, PilotTemplate.Materialenbank, new PilotDetails { Name = "Materialenbank Proefdonk" }, DateOnly.FromDateTime(now).AddDays(-30), now);
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            return pilot.Id;
        });
        var baseUrl = org.Url($"/pilots/{pilotId}");
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);

        var page = await session.OpenAsync(baseUrl + "/business-model");
        await session.ClickAsync(page.Locator("#edit-business-model"));
        await page.Locator("#Input_ValueProposition").FillAsync("Gecontroleerd tweedehands bouwmateriaal");
        await page.Locator("#Input_KeyPartners").FillAsync("Kringwinkel");
        await session.ClickAsync(page.Locator("#business-model-form button[type=submit]"));
        await Expect(page.Locator("[data-block='1']")).ToContainTextAsync("Gecontroleerd tweedehands bouwmateriaal");
        await session.ClickAsync(page.Locator("#print-business-model"));
        await Expect(page.Locator("[data-block='7']")).ToContainTextAsync("Kringwinkel");

        page = await session.OpenAsync(baseUrl + "/legacy");
        await session.ClickAsync(page.Locator("#edit-legacy"));
        await page.Locator("#Input_Statement").FillAsync("Elke verbouwing begint bij de materialenbank");
        await page.Locator("#Input_ScaleOut").FillAsync("Een draaiboek voor de buurgemeenten");
        await session.ClickAsync(page.Locator("#legacy-form button[type=submit]"));
        await Expect(page.Locator("[data-strategy='ScaleOut']")).ToContainTextAsync("Een draaiboek voor de buurgemeenten");
        await session.ClickAsync(page.Locator("#print-legacy"));

        page = await session.OpenAsync(baseUrl + "/improvements");
        await session.ClickAsync(page.Locator("#add-improvement"));
        await page.GetByLabel("Processen en systemen").CheckAsync();
        await page.Locator("#Input_Title").FillAsync("Voorraad in één lijst");
        await session.ClickAsync(page.Locator("#improvement-form button[type=submit]"));
        await Expect(page.Locator("#improvements-processenensystemen")).ToContainTextAsync("Voorraad in één lijst");

        page = await session.OpenAsync(baseUrl + "/communication");
        await session.ClickAsync(page.Locator("#add-communication"));
        await session.ClickAsync(page.Locator("#communication-form button[type=submit]"));
        await Expect(page.Locator("#Input_StakeholderId-error")).ToContainTextAsync("Kies een doelgroep.");
        await page.Locator("#Input_StakeholderId").SelectOptionAsync(new SelectOptionValue { Label = "Buurtcomité Kerkwijk" });
        await page.Locator("#Input_Message").FillAsync("Kom langs op zaterdag");
        await session.ClickAsync(page.Locator("#communication-form button[type=submit]"));
        await Expect(page.Locator("#communication-plan tbody")).ToContainTextAsync("Buurtcomité Kerkwijk");
        await session.ClickAsync(page.Locator("#import-communication"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Communicatieplan importeren");
    }
}
