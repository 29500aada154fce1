using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.HealthCheck;

/// <summary>The transition health check (Figure 11) scored by an invited rater without an account, then read on the radar page.</summary>
public sealed class HealthCheckJourneyTests(SharedBrowserApp app)
{
    private static readonly string[] Blocks =
    [
        "Marktvorming", "Ondernemerschap", "Sensibilisering en wegwerken van weerstand", "Kennisontwikkeling", "Uitwisseling van kennis",
        "Samenwerking faciliteren", "Richting geven aan het zoekproces", "Mobiliseren van middelen", "Coördinatie",
    ];

    private static readonly string[] Labels = ["1 – zeer zwak", "2 – zwak", "3 – matig", "4 – sterk", "5 – zeer sterk"];

    /// <summary>Picks one score per block with the radio buttons; 0 leaves a block open.</summary>
    private static async Task ScoreAsync(IPage page, params int[] scores)
    {
        for (var i = 0; i < Blocks.Length; i++)
        {
            if (scores[i] > 0)
            {
                await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Regex.Escape(Blocks[i])}") }).GetByLabel(Labels[scores[i] - 1]).CheckAsync();
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_invited_rater_scores_the_nine_blocks_through_the_mailed_link_and_the_round_shows_the_radar(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var rater = Scenario.Unique("partner") + "@example.test";
        await using var coordinator = await BrowserSession.StartAsync(app, javaScript);
        await coordinator.SignInAsync(user);
        var manage = await coordinator.OpenAsync(organisation.Url("/health-check"));
        await manage.GetByLabel("Naam van de ronde").FillAsync("Check met partners");
        await coordinator.ClickAsync(manage.GetByRole(AriaRole.Button, new() { Name = "Ronde openen" }));
        await Expect(manage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check met partners");
        var roundPath = coordinator.Path;
        await coordinator.ClickAsync(manage.GetByRole(AriaRole.Link, new() { Name = "Externe beoordelaars uitnodigen of de ronde afsluiten" }));
        await manage.GetByLabel("Naam").FillAsync("Petra Partner");
        await manage.GetByLabel("E-mailadres").FillAsync(rater);
        await coordinator.ClickAsync(manage.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }));
        await Expect(manage.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitnodiging is verstuurd.");

        await using var stranger = await BrowserSession.StartAsync(app, javaScript);
        var link = Mailbox.LinkIn(app.Mailbox.LatestTo(rater), "/health-check/");
        var page = await stranger.OpenAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hoe gezond is de circulaire transitie van {organisation.Name}?");
        await Expect(page.Locator("header nav")).ToHaveCountAsync(0);

        // One block left open: the 422 page names it, keeps the other answers and the note, and its link leads to the block.
        await ScoreAsync(page, 2, 4, 3, 3, 4, 3, 0, 2, 3);
        await page.GetByLabel("Toelichting bij marktvorming").FillAsync("Nog geen afzet voor hergebruikte materialen.");
        await stranger.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Scores versturen" }));
        Assert.Equal(422, stranger.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Kies een score voor Richting geven aan het zoekproces."]);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Richting geven") }).GetByRole(AriaRole.Radio).First).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Toelichting bij marktvorming")).ToHaveValueAsync("Nog geen afzet voor hergebruikte materialen.");
        await Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Ondernemerschap") }).GetByLabel("4 – sterk")).ToBeCheckedAsync();

        await ScoreAsync(page, 0, 0, 0, 0, 0, 0, 2, 0, 0);
        await stranger.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Scores versturen" }));
        Assert.Equal(link, stranger.Path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bedankt voor je scores");
        await stranger.GoToAsync(link);
        Assert.Equal(409, stranger.Status);
        await Expect(page.Locator("#link-state")).ToHaveAttributeAsync("data-state", "Used");
        await Expect(page.Locator("form#rate")).ToHaveCountAsync(0);

        // The round page: the radar (checked by axe like every page) with its data table, and the results table.
        var round = await coordinator.OpenAsync(roundPath);
        await Expect(round.Locator("figure.cx-chart svg[role=img]")).ToHaveCountAsync(1);
        await Expect(round.Locator("figure.cx-chart svg polygon.cx-chart__area")).ToHaveCountAsync(1);
        await Expect(round.Locator("#results caption")).ToHaveTextAsync("Resultaten per bouwsteen (1 beoordelaar)");
        await Expect(round.Locator("#results tr[data-block='Ondernemerschap'] [data-mean]")).ToHaveTextAsync("4,0");
        await Expect(round.Locator("#notes")).ToContainTextAsync("Nog geen afzet voor hergebruikte materialen. — Petra Partner (extern)");
    }
}
