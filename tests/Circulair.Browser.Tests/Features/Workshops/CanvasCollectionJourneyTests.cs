using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Pilots;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Workshops;

/// <summary>
/// A value proposition canvas built from a live workshop (issue 17 item 10): the team starts the canvas of its pilot,
/// adds a <i>Verzamelen op een canvas</i> activity aimed at it, two phones (one with JavaScript, one without) send pains
/// and jobs, the projector groups them live, and the team keeps some and discards one; the kept ones are on the canvas.
/// Every page on the way (phones, projector, review, canvas) passes axe-core.
/// </summary>
public sealed class CanvasCollectionJourneyTests(SharedBrowserApp app)
{
    private const float Slow = 20_000;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Phones_fill_a_value_proposition_canvas_and_the_team_keeps_what_it_wants(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        await app.NewTrajectoryAsync(organisation);
        var pilotId = await app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var pilot = new Pilot(organisation.Id, PilotTemplate.Materialenbank, new PilotDetails { Name = "Materialenbank Proefdonk" }, DateOnly.FromDateTime(now).AddDays(-20), now);
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            return pilot.Id;
        });
        await using var team = await BrowserSession.StartAsync(app, javaScript);
        await team.SignInAsync(user);

        // The team starts the pilot's value proposition canvas.
        var page = await team.OpenAsync(organisation.Url($"/pilots/{pilotId}/value-proposition"));
        await team.ClickAsync(page.Locator("#start-canvas button[type=submit]"));

        // A workshop with an activity that collects onto that canvas.
        page = await team.OpenAsync(organisation.Url("/workshops"));
        await page.Locator("#Input_Title").FillAsync("Wat zoekt de klusser?");
        var session = await page.Locator("#Input_TrajectorySessionId option:not([value=''])").First.GetAttributeAsync("value");
        await page.Locator("#Input_TrajectorySessionId").SelectOptionAsync(session!);
        await team.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Workshop aanmaken" }));
        var controlRoom = team.Path;
        await team.ClickAsync(page.Locator("#add-activity"));
        await page.GetByLabel("Verzamelen op een canvas", new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_Title").FillAsync("Jobs, pijnen en winsten");
        await page.Locator("#Input_CanvasTarget").SelectOptionAsync(new SelectOptionValue { Label = "Materialenbank Proefdonk – waardepropositiecanvas" });
        await team.ClickAsync(page.Locator("#add-activity button[type=submit]"));
        var activity = page.Locator("#activities > li").First;
        await Expect(activity).ToContainTextAsync("Jobs, pijnen en winsten");
        var code = (await page.Locator("#join-code").InnerTextAsync()).Trim();

        await using var projector = await BrowserSession.StartAsync(app, javaScript);
        await projector.SignInAsync(user);
        var screen = await projector.OpenAsync($"{controlRoom}/projector");

        await using var anna = await BrowserSession.StartAsync(app, javaScript: true);
        await using var bert = await BrowserSession.StartAsync(app, javaScript: false);
        foreach (var phone in new[] { anna, bert })
        {
            var join = await phone.OpenAsync($"/w/{code}");
            await phone.ClickAsync(join.Locator("#join button[type=submit]"));
            await Expect(join.Locator("#participate-state")).ToHaveAttributeAsync("data-state", "waiting");
        }
        await Expect(anna.Page.Locator("[data-module~='live-participant']")).ToHaveAttributeAsync("data-listening", "true");
        await team.ClickAsync(activity.Locator("button[data-action=open]"));
        await Expect(anna.Page.Locator("#activity-title")).ToHaveTextAsync("Jobs, pijnen en winsten");
        await anna.Page.WaitForLoadStateAsync(LoadState.Load);
        await anna.CheckPageAsync();
        await bert.GoToAsync(bert.Path);

        // A note without its part is refused and kept; then each phone sends its notes.
        await bert.Page.Locator("#Note").FillAsync("Tegels vinden kost veel tijd");
        await bert.ClickAsync(bert.Page.Locator("#canvas-note button[type=submit]"));
        Assert.Equal(422, bert.Status);
        await Expect(bert.Page.Locator("#Note")).ToHaveValueAsync("Tegels vinden kost veel tijd");
        await bert.Page.GetByLabel("Pijn", new() { Exact = true }).CheckAsync();
        await bert.ClickAsync(bert.Page.Locator("#canvas-note button[type=submit]"));
        await Expect(bert.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je notitie is verstuurd.");
        foreach (var (part, text) in new[] { ("Functionele klus", "Een badkamer renoveren"), ("Winst", "Gratis koffie") })
        {
            await anna.Page.GetByLabel(part, new() { Exact = true }).CheckAsync();
            await anna.Page.Locator("#Note").FillAsync(text);
            await anna.ClickAsync(anna.Page.Locator("#canvas-note button[type=submit]"));
            await Expect(anna.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je notitie is verstuurd.");
        }
        await Expect(anna.Page.Locator("#my-notes li")).ToHaveCountAsync(2);

        // The projector groups the notes by part of the canvas as they arrive.
        await Expect(screen.Locator("#projection [data-section='Pijn'] [data-note]")).ToHaveTextAsync(["Tegels vinden kost veel tijd"], new() { Timeout = Slow });
        await Expect(screen.Locator("#projection [data-section='FunctioneleKlus'] [data-note]")).ToHaveTextAsync(["Een badkamer renoveren"], new() { Timeout = Slow });
        await projector.CheckPageAsync();
        await team.ClickAsync(activity.Locator("button[data-action=close]"));

        // The team reviews: discards one note, keeps the rest at once, and finds them on the canvas.
        await team.ClickAsync(page.Locator($"#activities [data-review-link]"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Notities voor het canvas: Jobs, pijnen en winsten");
        await team.ClickAsync(page.Locator("[data-note]").Filter(new() { HasText = "Gratis koffie" }).Locator("button[data-action=discard]"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De notitie is verworpen.");
        await team.ClickAsync(page.Locator("#keep-all button[type=submit]"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bewaard. Notities die nu op het canvas bijkwamen: 2.");
        await Expect(page.Locator("[data-review='Bewaard']")).ToHaveCountAsync(2);
        await team.ClickAsync(page.Locator("#target-link"));
        await Expect(page.Locator("#part-Pijn li")).ToHaveTextAsync(["Tegels vinden kost veel tijd"]);
        await Expect(page.Locator("#part-FunctioneleKlus li")).ToHaveTextAsync(["Een badkamer renoveren"]);
        await Expect(page.Locator("#part-Winst")).Not.ToContainTextAsync("Gratis koffie");
    }
}
