using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Trajectory;

public sealed class TrajectoryJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Plans_a_trajectory_fills_in_a_session_reorders_by_keyboard_and_deletes_it_in_Dutch_and_English(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url("/trajectories"));

        // Create: the plan starts with five sessions.
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Plan het eerste traject" }));
        await page.GetByLabel("Titel").FillAsync("Circulair 2030");
        await page.GetByLabel("Beginjaar").FillAsync("2025");
        await page.GetByLabel("Eindjaar").FillAsync("2030");
        await page.GetByLabel("Start van het traject").FillAsync("2026-03-02");
        await page.GetByLabel("Gepland einde van het traject").FillAsync("2026-08-03");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Traject aanmaken" }));

        Assert.Matches("^/o/[^/]+/trajectories/\\d+$", session.Path);
        var trajectoryUrl = session.Path;
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het traject is aangemaakt, met vijf werksessies om aan te vullen.");
        var names = page.Locator("table.cx-sessions tbody th[scope=row] a");
        await Expect(names).ToHaveCountAsync(5);
        var planned = await names.AllInnerTextsAsync();

        // Fill in the first session, after a refused attempt whose summary leads to the fields.
        await session.ClickAsync(names.First);
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Sessie bewerken" }));
        await page.GetByLabel("Soort sessie").SelectOptionAsync("");
        await page.GetByLabel("Titel").FillAsync(new string('x', 151));
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" });
        await session.ClickAsync(save);

        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Kies de soort sessie.", "Titel mag hoogstens 150 tekens lang zijn."]);
        if (javaScript)
        {
            await Expect(summary).ToBeFocusedAsync();
        }
        await summary.GetByRole(AriaRole.Link).Nth(1).ClickAsync();
        await Expect(page.GetByLabel("Titel")).ToBeFocusedAsync();
        await summary.GetByRole(AriaRole.Link).Nth(0).ClickAsync();
        await Expect(page.GetByLabel("Soort sessie")).ToBeFocusedAsync();

        await page.GetByLabel("Soort sessie").SelectOptionAsync(new SelectOptionValue { Label = "Voorbereiding met het kernteam" });
        await page.GetByLabel("Titel").FillAsync("Startsessie kernteam");
        await page.GetByLabel("Verslag").FillAsync("Het kernteam is samengesteld.");
        await session.ClickAsync(save);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De wijzigingen zijn bewaard.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Startsessie kernteam");

        // Reorder with the keyboard only: Tab to a button, Enter; the plan comes back at the moved row.
        await session.OpenAsync(trajectoryUrl);
        string[] expected = ["Startsessie kernteam", .. planned.Skip(1)];
        await Expect(names).ToHaveTextAsync(expected);
        await session.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Omlaag (Startsessie kernteam)" }));
        await session.FollowAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.EndsWith("#" + await page.Locator("table.cx-sessions tbody tr").Nth(1).GetAttributeAsync("id"), page.Url, StringComparison.Ordinal);
        await Expect(names).ToHaveTextAsync([expected[1], expected[0], .. expected.Skip(2)]);
        // The keyboard carries on from the moved row, not from the top of the page.
        await page.Keyboard.PressAsync("Tab");
        await Expect(names.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Omhoog (Startsessie kernteam)" })).ToBeFocusedAsync();
        await session.FollowAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(names).ToHaveTextAsync(expected);

        // "Waar staan we?" tells how far the plan is, in Dutch and, after the profile says so, in English.
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Waar staan we?" }));
        var tool = page.Locator($"#phase-Fase1 .cx-tool:has(a[href='{trajectoryUrl}'])");
        await Expect(tool.Locator(".cx-tool__summary")).ToHaveTextAsync("Circulair 2030 (In voorbereiding): 1 van 5 sessies heeft een verslag.");
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Profiel" }));
        await page.GetByLabel("English").CheckAsync();
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
        await session.OpenAsync(organisation.Url());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Where are we?");
        await Expect(tool.Locator(".cx-tool__summary")).ToHaveTextAsync("Circulair 2030 (In preparation): 1 of 5 sessions has minutes.");

        // Delete, after confirming.
        await session.ClickAsync(tool.GetByRole(AriaRole.Link));
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Delete trajectory" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Delete Circulair 2030");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete trajectory" }));

        Assert.Equal(organisation.Url("/trajectories"), session.Path);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The trajectory was deleted.");
        await session.GoToAsync(trajectoryUrl);
        Assert.Equal(404, session.Status);
    }

    [Fact]
    public async Task Drags_a_session_to_another_place_in_the_plan()
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var trajectoryId = await app.NewTrajectoryAsync(organisation);
        await using var session = await BrowserSession.StartAsync(app, javaScript: true);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url($"/trajectories/{trajectoryId}"));
        var rows = page.Locator("table.cx-sessions tbody tr");
        await Expect(page.Locator("tbody[data-module='session-order']")).ToHaveClassAsync("cx-sortable");
        var before = await RowIdsAsync(rows);

        await session.FollowAsync(() => rows.Nth(3).DragToAsync(rows.Nth(0)));

        // Default session names are numbered by their place in the plan, so the rows are followed by id.
        string[] after = [before[3], before[0], before[1], before[2], before[4]];
        Assert.Equal(after, await RowIdsAsync(rows));
        Assert.EndsWith("#" + before[3], page.Url, StringComparison.Ordinal);
        await session.OpenAsync(organisation.Url($"/trajectories/{trajectoryId}"));
        Assert.Equal(after, await RowIdsAsync(rows));
    }

    private static Task<string[]> RowIdsAsync(ILocator rows) => rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.id)");
}
