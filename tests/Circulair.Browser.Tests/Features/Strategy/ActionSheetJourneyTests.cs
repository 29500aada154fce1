using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Strategy;

/// <summary>Tool 7: a third milestone added on the page (JavaScript) or by a round trip (without), then saved.</summary>
public sealed class ActionSheetJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Adds_a_row_to_a_list_keeping_what_was_typed_and_saves_it(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var trajectoryId = await app.NewTrajectoryAsync(org);
        var actionId = await app.WithDbAsync(async (db, _) =>
        {
            var action = new PlannedAction(org.Id, trajectoryId, new ActionDetails { Number = "A01", Title = "Materialenbank", Status = ActionStatus.Gepland }, app.Clock.GetUtcNow().UtcDateTime);
            action.PlaceIn(null, []);
            db.PlannedActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(org.Url($"/trajectories/{trajectoryId}/actions/{actionId}/sheet"));
        var milestones = page.Locator("[data-rows=Milestones] > fieldset");
        await Expect(milestones).ToHaveCountAsync(2);

        await page.Locator("#Input_Description").FillAsync("Een opslag voor bouwmaterialen");
        await page.Locator("#Input_Milestones_0__Description").FillAsync("Opening");
        await page.Locator("#Input_Milestones_1__Description").FillAsync("Eerste levering");
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Extra rij: mijlpaal" });
        if (javaScript)
        {
            await page.EvaluateAsync("() => { window.stayed = true; }");
            await add.ClickAsync();
            await Expect(milestones).ToHaveCountAsync(3);
            Assert.True(await page.EvaluateAsync<bool>("() => window.stayed === true"));
            await Expect(page.Locator("#Input_Milestones_2__Date")).ToBeFocusedAsync();
            await Expect(milestones.Nth(2).Locator("legend")).ToHaveTextAsync("Mijlpaal 3");
        }
        else
        {
            await session.ClickAsync(add);
            await Expect(milestones).ToHaveCountAsync(3);
        }
        await Expect(page.Locator("#Input_Description")).ToHaveValueAsync("Een opslag voor bouwmaterialen");
        await Expect(page.Locator("#Input_Milestones_1__Description")).ToHaveValueAsync("Eerste levering");
        await Expect(page.Locator("#Input_Milestones_2__Description")).ToHaveValueAsync("");

        await page.Locator("#Input_Milestones_2__Description").FillAsync("Evaluatie");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Actiefiche bewaren" }).Last);

        var saved = await app.WithDbAsync(async (db, _) => (await db.PlannedActions.Include(a => a.Milestones).SingleAsync(a => a.Id == actionId)).Sheet.Milestones);
        Assert.Equal(["Opening", "Eerste levering", "Evaluatie"], saved.Select(m => m.Description));
    }
}
