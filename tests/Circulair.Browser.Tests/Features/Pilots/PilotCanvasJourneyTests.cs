using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Pilots;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Pilots;

/// <summary>
/// Tools 9, 10 and 11 as a team member fills them in, with and without JavaScript: a persona with its sliders (a range
/// slider with JavaScript, a list without), a value proposition canvas, a user journey with its curve, a version saved,
/// compared and restored, and each A3 print view. axe checks every page on the way.
/// </summary>
public sealed class PilotCanvasJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fills_in_a_persona_a_value_proposition_canvas_and_a_journey_and_versions_them(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var pilotId = await app.WithDbAsync(async (db, _) =>
        {
            var pilot = new Pilot(org.Id, PilotTemplate.Materialenbank, new PilotDetails { Name = "Materialenbank Proefdonk", ValueSketch = "Tweedehands bouwmateriaal met een kwaliteitslabel" },
                DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30), DateTime.UtcNow);
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            return pilot.Id;
        });
        var pilotUrl = org.Url($"/pilots/{pilotId}");
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);

        // Tool 9: the persona, its sliders and its print view.
        var page = await session.OpenAsync(pilotUrl);
        await session.ClickAsync(page.Locator("#tool-personas"));
        await session.ClickAsync(page.Locator("#new-persona"));
        await page.Locator("#Input_Name").FillAsync("Lotte Verhaegen");
        await page.Locator("#Input_ProblemWho").FillAsync("Lotte");
        await page.Locator("#Input_ProblemGoal").FillAsync("tegels te vinden");
        await page.Locator("#Input_ProblemObstacle").FillAsync("dat ze veel tijd verliest");
        var slider = page.Locator("#Input_Sliders_IntrovertExtravert_");
        if (javaScript)
        {
            await Expect(slider).ToHaveAttributeAsync("type", "range");
            await slider.FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            await Expect(page.Locator("output[for=Input_Sliders_IntrovertExtravert_]")).ToHaveTextAsync("4");
        }
        else
        {
            await slider.SelectOptionAsync("4");
        }
        await session.ClickAsync(page.Locator("#persona-form button[type=submit]"));
        await Expect(page.Locator("#problem-sentence")).ToHaveTextAsync("Lotte probeert tegels te vinden en ervaart daarbij dat ze veel tijd verliest");
        await Expect(page.Locator("#scale-IntrovertExtravert meter")).ToHaveAttributeAsync("value", "4");
        var personaUrl = session.Path;
        await session.ClickAsync(page.Locator("#canvas-print"));
        await Expect(page.Locator("#persona-name")).ToHaveTextAsync("Lotte Verhaegen");

        // Versions: save, change, save again, compare, restore.
        await session.OpenAsync(personaUrl);
        await session.ClickAsync(page.Locator("#canvas-versions"));
        await page.Locator("#Input_Label").FillAsync("Na de interviews");
        await session.ClickAsync(page.Locator("#save-version button[type=submit]"));
        await session.OpenAsync(personaUrl + "/edit");
        await page.Locator("#Input_Job").FillAsync("kinesitherapeut");
        await session.ClickAsync(page.Locator("#persona-form button[type=submit]"));
        await session.ClickAsync(page.Locator("#canvas-versions"));
        await page.Locator("#Input_Label").FillAsync("Met beroep");
        await session.ClickAsync(page.Locator("#save-version button[type=submit]"));
        await Expect(page.Locator("#compare tr[data-change=Changed]")).ToContainTextAsync("Beroep");
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Na de interviews" }));
        await session.ClickAsync(page.Locator("#restore-version button[type=submit]"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Persona: Lotte Verhaegen");

        // Tool 11: the canvas from the sketch, a pain, and its print view.
        await session.OpenAsync(pilotUrl + "/value-proposition");
        await session.ClickAsync(page.Locator("#start-canvas button[type=submit]"));
        await page.Locator("#edit-Pijn textarea").First.FillAsync("Veel tijd kwijt aan zoeken");
        await page.Locator("#edit-ProductDienst select").First.SelectOptionAsync("R8");
        await session.ClickAsync(page.Locator("#value-form button[type=submit]"));
        await Expect(page.Locator("#unanswered-pains")).ToContainTextAsync("Veel tijd kwijt aan zoeken");
        await Expect(page.Locator("#circularity-list")).ToContainTextAsync("R3 Hergebruiken");
        await session.ClickAsync(page.Locator("#canvas-print"));

        // Tool 10: the journey with the persona in it, its curve and table, and its print view.
        await session.OpenAsync(pilotUrl + "/journey");
        await session.ClickAsync(page.Locator("#start-journey button[type=submit]"));
        await page.Locator("#Input_Phases_2__Emotion").SelectOptionAsync("-2");
        await session.ClickAsync(page.Locator("#journey-form button[type=submit]"));
        await Expect(page.Locator("#journey-personas")).ToContainTextAsync("Lotte Verhaegen");
        await Expect(page.Locator("#emotion-curve circle")).ToHaveCountAsync(4);
        await Expect(page.Locator("#emotion-table td[data-emotion='-2']")).ToHaveCountAsync(1);
        await session.ClickAsync(page.Locator("#canvas-print"));
        await session.OpenAsync(pilotUrl + "/versions");
    }
}
