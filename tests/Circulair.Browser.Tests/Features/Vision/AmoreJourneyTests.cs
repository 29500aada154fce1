using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Vision;

/// <summary>Tool 4: the AMORE check of the vision statement, by members and by invited raters without an account.</summary>
public sealed class AmoreJourneyTests(SharedBrowserApp app)
{
    private static readonly string[] Criteria = ["Ambitieus", "Motiverend", "Onderscheidend", "Relevant", "Echt"];

    /// <summary>Picks one score per criterion with the radio buttons.</summary>
    private static async Task RateAsync(IPage page, params int[] scores)
    {
        string[] labels = ["1 – helemaal niet", "2 – eerder niet", "3 – deels", "4 – grotendeels", "5 – volledig"];
        for (var i = 0; i < Criteria.Length; i++)
        {
            await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Criteria[i]}") }).GetByLabel(labels[scores[i] - 1]).CheckAsync();
        }
    }

    [Fact]
    public async Task A_member_rates_with_radio_buttons_replaces_the_rating_and_gets_a_422_for_an_out_of_range_score_without_JavaScript()
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var trajectoryId = await app.NewTrajectoryAsync(organisation);
        await app.NewVisionVersionAsync(organisation, trajectoryId, user);
        await using var session = await BrowserSession.StartAsync(app, javaScript: false);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url($"/trajectories/{trajectoryId}/vision/amore"));

        await page.GetByLabel("Naam van de ronde").FillAsync("Check na het kernteam");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Ronde openen" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check na het kernteam");
        await Expect(page.Locator("#results-title + .cx-empty")).ToHaveTextAsync("Er zijn nog geen scores gegeven.");
        var roundPath = session.Path;

        await RateAsync(page, 4, 3, 2, 5, 4);
        await page.GetByLabel("Opmerking").FillAsync("Mag eigener klinken.");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling versturen" }));

        Assert.Equal(roundPath, session.Path);
        Assert.Equal("#results-title", new Uri(page.Url).Fragment);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je beoordeling is bewaard.");
        await Expect(page.Locator("#results caption")).ToHaveTextAsync("Resultaten per criterium (1 beoordelaar)");
        await Expect(page.Locator("#results tr[data-criterion='Onderscheidend'] [data-mean]")).ToHaveTextAsync("2,0");
        await Expect(page.Locator("#already-rated")).ToContainTextAsync("Je gaf in deze ronde al een beoordeling.");

        // Rating again replaces the earlier rating, and says so.
        await RateAsync(page, 5, 4, 4, 4, 4);
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Eerdere beoordeling vervangen" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je nieuwe beoordeling vervangt je eerdere beoordeling in deze ronde.");
        await Expect(page.Locator("#results caption")).ToHaveTextAsync("Resultaten per criterium (1 beoordelaar)");
        await Expect(page.Locator("#results tr[data-criterion='Onderscheidend'] [data-mean]")).ToHaveTextAsync("4,0");

        // A score outside 1–5 (a tampered form) is refused with the 422 page, and the rating stays as it was.
        await RateAsync(page, 1, 1, 1, 1, 1);
        await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Echt") }).GetByLabel("1 – helemaal niet").EvaluateAsync("radio => radio.value = '9'");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Eerdere beoordeling vervangen" }));

        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: Check na het kernteam"));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Echt") }).GetByRole(AriaRole.Radio).First).ToBeFocusedAsync();
        await Expect(page.Locator("#results tr[data-criterion='Onderscheidend'] [data-mean]")).ToHaveTextAsync("4,0");
        await Expect(page.GetByLabel("Opmerking")).ToHaveValueAsync("Mag eigener klinken.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_invited_rater_without_an_account_rates_once_through_the_mailed_link(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var trajectoryId = await app.NewTrajectoryAsync(organisation);
        await app.NewVisionVersionAsync(organisation, trajectoryId, user, "Demostad deelt, herstelt en hergebruikt.");
        var rater = Scenario.Unique("buur") + "@example.test";

        await using (var coordinator = await BrowserSession.StartAsync(app, javaScript))
        {
            await coordinator.SignInAsync(user);
            var page = await coordinator.OpenAsync(organisation.Url($"/trajectories/{trajectoryId}/vision/amore"));
            await page.GetByLabel("Naam van de ronde").FillAsync("Buren beoordelen");
            await coordinator.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Ronde openen" }));
            await coordinator.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Externe beoordelaars uitnodigen of de ronde afsluiten" }));
            await page.GetByLabel("Naam").FillAsync("Bert Buur");
            await page.GetByLabel("E-mailadres").FillAsync(rater);
            await coordinator.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }));
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitnodiging is verstuurd.");
            await Expect(page.Locator("#invitations tbody tr")).ToContainTextAsync("Bert Buur");
        }

        await using var stranger = await BrowserSession.StartAsync(app, javaScript);
        var link = Mailbox.LinkIn(app.Mailbox.LatestTo(rater), "/amore/");
        var rating = await stranger.OpenAsync(link);
        await Expect(rating.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Beoordeel de visie van {organisation.Name}");
        await Expect(rating.Locator("blockquote")).ToHaveTextAsync("Demostad deelt, herstelt en hergebruikt.");
        await Expect(rating.Locator("header nav")).ToHaveCountAsync(0);
        await RateAsync(rating, 5, 4, 3, 4, 2);
        await rating.GetByLabel("Opmerking").FillAsync("Sterk, maar is het haalbaar?");
        await stranger.ClickAsync(rating.GetByRole(AriaRole.Button, new() { Name = "Beoordeling versturen" }));

        Assert.Equal(link, stranger.Path);
        await Expect(rating.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bedankt voor je beoordeling");

        // Reopening the link: it has been used (409, with a plain explanation).
        await stranger.GoToAsync(link);
        Assert.Equal(409, stranger.Status);
        await Expect(rating.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deze link werd al gebruikt");
        await Expect(rating.Locator("#link-state")).ToHaveAttributeAsync("data-state", "Used");
        await Expect(rating.Locator("form#rate")).ToHaveCountAsync(0);
    }
}
