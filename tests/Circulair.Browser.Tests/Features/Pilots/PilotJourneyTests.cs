using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Pilots;

/// <summary>
/// The pilot track as a team member walks it: start a pilot from the materials-bank template, move it to step 2, record
/// the local government's roles, write a test card, try to start a card without a criterion, and move a card over the
/// progress board without JavaScript (its form), by keyboard (its arrow buttons) and by dragging. axe checks every page.
/// </summary>
public sealed class PilotJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Starts_a_pilot_from_a_template_and_moves_a_test_card_over_the_board(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);

        // 1. From the template: the form comes pre-filled.
        var page = await session.OpenAsync(org.Url("/pilots"));
        await session.ClickAsync(page.Locator("#new-pilot"));
        await page.GetByLabel("De lokale materialenbank").CheckAsync();
        await session.ClickAsync(page.Locator("#template-form button[type=submit]"));
        await Expect(page.Locator("#Input_Name")).ToHaveValueAsync("De lokale materialenbank");
        await page.Locator("#Input_Name").FillAsync("Materialenbank Proefdonk");
        await session.ClickAsync(page.Locator("#pilot-form .cx-actions button[type=submit]"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Materialenbank Proefdonk");
        var pilotUrl = session.Path;

        // 2. To step 2, and the roles of a first period.
        await session.ClickAsync(page.Locator("#move-step"));
        await page.GetByLabel("Stap 2 – Valideer en test je aanbod (vooruit)").CheckAsync();
        await session.ClickAsync(page.Locator("#step-form button[type=submit]"));
        await Expect(page.Locator("#pilot-steps [aria-current=step]")).ToContainTextAsync("Stap 2");
        await session.ClickAsync(page.Locator("#add-roles"));
        await session.ClickAsync(page.Locator("#roles-form button[type=submit]"));
        await Expect(page.Locator("#Input_Roles-error")).ToContainTextAsync("Kies minstens één rol.");
        await page.GetByLabel("Initiatiefnemer").CheckAsync();
        await page.GetByLabel("Trekker").CheckAsync();
        await session.ClickAsync(page.Locator("#roles-form button[type=submit]"));
        await Expect(page.Locator("#role-timeline .cx-pilot-roles")).ToHaveTextAsync("Initiatiefnemer, Trekker");

        // 3. Two test cards: one without a criterion, which cannot start.
        await session.OpenAsync(pilotUrl + "/tests/new");
        await page.Locator("#Input_Name").FillAsync("Werkplaats voor verenigingen");
        await page.Locator("#Input_Hypothesis").FillAsync("verenigingen materiaal willen lenen");
        await session.ClickAsync(page.Locator("#testcard-form button[type=submit]"));
        await session.OpenAsync(pilotUrl + "/tests/new");
        await page.Locator("#Input_Name").FillAsync("Pop-up op het depot");
        await page.Locator("#Input_Hypothesis").FillAsync("inwoners tweedehands bouwmateriaal willen kopen");
        await page.Locator("#Input_Criterion").FillAsync("minstens 30 bezoekers iets kopen");
        await session.ClickAsync(page.Locator("#testcard-form button[type=submit]"));
        await session.OpenAsync(pilotUrl + "/tests");
        var blocked = page.Locator(".cx-board__card", new() { HasText = "Werkplaats voor verenigingen" });
        await session.ClickAsync(blocked.GetByRole(AriaRole.Button, new() { Name = "Werkplaats voor verenigingen verder naar Build" }));
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("kan nog niet starten: leg eerst het criterium vast");

        // 4. Without JavaScript: the form on the card. By keyboard: the arrow button.
        var card = page.Locator(".cx-board__card", new() { HasText = "Pop-up op het depot" });
        await card.Locator("select").SelectOptionAsync("Build");
        await session.ClickAsync(card.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }));
        await Expect(page.Locator("#test-board section", new() { Has = page.Locator("#column-Build") }).Locator(".cx-board__card")).ToContainTextAsync("Pop-up op het depot");
        var right = page.GetByRole(AriaRole.Button, new() { Name = "Pop-up op het depot verder naar Measure" });
        await session.TabToAsync(right, limit: 120);
        await session.FollowAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(page.Locator("#test-board section", new() { Has = page.Locator("#column-Measure") }).Locator(".cx-board__card")).ToContainTextAsync("Pop-up op het depot");

        // 5. With JavaScript: drag a card to Learn; the board is redrawn as saved.
        if (javaScript)
        {
            await page.Locator(".cx-board__card", new() { HasText = "Pop-up op het depot" }).DragToAsync(page.Locator("ul[data-stage=Learn]"));
            await Expect(page.Locator("ul[data-stage=Learn] .cx-board__card")).ToContainTextAsync("Pop-up op het depot");
            await Expect(page.Locator("[data-board-status]")).ToContainTextAsync("staat nu in Learn");
            await session.CheckPageAsync();
            await session.OpenAsync(pilotUrl + "/tests");
            await Expect(page.Locator("ul[data-stage=Learn] .cx-board__card")).ToContainTextAsync("Pop-up op het depot");
        }

        // 6. The card and its result: unclear sends the team to another test.
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Pop-up op het depot" }));
        await session.ClickAsync(page.Locator("#record-result"));
        await session.ClickAsync(page.Locator("#result-form button[type=submit]"));
        await Expect(page.Locator("#Input_Result-error")).ToContainTextAsync("Kies gevalideerd, niet gevalideerd of onduidelijk.");
        await page.GetByLabel("Onduidelijk").CheckAsync();
        await session.ClickAsync(page.Locator("#result-form button[type=submit]"));
        await Expect(page.Locator("#next-step")).ToContainTextAsync("Een andere test ontwerpen");
    }
}
