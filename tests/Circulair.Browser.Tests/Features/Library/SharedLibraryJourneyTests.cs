using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Library;

/// <summary>
/// The shared library and the circularity profile as a Beheerder walks them: share an action (with the contact-details
/// warning), publish it, find it in the library, clone it into the plan, and look at the profile. Every page load is
/// checked with axe by the session.
/// </summary>
public sealed partial class SharedLibraryJourneyTests(SharedBrowserApp app)
{
    [GeneratedRegex(@"/library/shared/\d+$")]
    private static partial Regex ManagePath();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Shares_an_action_finds_it_in_the_library_clones_it_and_sees_the_profile(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var trajectoryId = await app.NewTrajectoryAsync(org);
        var word = "Bekerbank" + Guid.NewGuid().ToString("N")[..6];
        var actionId = await app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var action = new PlannedAction(org.Id, trajectoryId, new ActionDetails { Number = "A1", Title = $"{word} voor evenementen", Status = ActionStatus.Gepland }, now);
            action.DescribeSheet(new ActionSheet { Description = "Herbruikbare bekers uitlenen; info bij els@voorbeeld.be." }, now);
            action.Classify("R2", Circulair.Library.ValueChainStep.Gebruik, null, now);
            action.PlaceIn(null, []);
            db.PlannedActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);

        var page = await session.OpenAsync(org.Url($"/trajectories/{trajectoryId}/actions/{actionId}"));
        await session.ClickAsync(page.Locator("#share-action"));
        await Expect(page.Locator("#personal-data-matches")).ToContainTextAsync("els@voorbeeld.be");
        await page.GetByLabel("Ik heb deze gegevens nagekeken").CheckAsync();
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Voorstellen om te delen" }));
        Assert.Matches(ManagePath(), session.Path);
        await session.ClickAsync(page.Locator("#approve"));
        await Expect(page.Locator("#item-status")).ToContainTextAsync("Gepubliceerd");

        page = await session.OpenAsync($"/library/shared?q={word}");
        await session.ClickAsync(page.Locator("#shared-results h3 a").First);
        await Expect(page.Locator("#published-by")).ToContainTextAsync(org.Name);
        await session.ClickAsync(page.Locator("#copy-targets a").First);
        await page.GetByLabel("Idee in de ideeënlijst").CheckAsync();
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Overnemen" }));
        await Expect(page.Locator(".cx-flash")).ToContainTextAsync("Overgenomen");

        await session.OpenAsync(org.Url("/library/shared"));
        page = await session.OpenAsync(org.Url("/library/profile"));
        await Expect(page.Locator("#profile-table td[data-r=R2][data-chain=gebruik]")).ToHaveTextAsync("1");
        await session.OpenAsync($"/library?q={word}");
    }
}
