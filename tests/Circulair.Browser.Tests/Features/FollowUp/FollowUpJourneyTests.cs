using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Strategy;
using Circulair.Trajectory;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.FollowUp;

/// <summary>
/// Phase 3 as a coordinator walks it: ratify the strategy (the adopted version opens), give an action an update on its
/// page, then read the portfolio with its roll-up and late flag and the follow-up settings.
/// </summary>
public sealed class FollowUpJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ratifies_the_strategy_gives_an_update_and_reads_the_portfolio(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var (trajectoryId, actionId) = await app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var trajectory = new StrategyTrajectory(org.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            var domain = new StrategyDomain(org.Id, trajectory.Id, "gebouwde-omgeving");
            domain.Record(DomainSupport.Hoog, DomainDecision.Behouden, "Veel draagvlak", today);
            db.StrategyDomains.Add(domain);
            await db.SaveChangesAsync();
            var goal = new StrategyGoal(domain, 1, new GoalDetails { Statement = "Vanaf 2027 bouwt de stad circulair" });
            var line = new ActionLine(goal, 1, "Circulaire criteria in aanbestedingen", null);
            db.StrategyGoals.Add(goal);
            db.ActionLines.Add(line);
            await db.SaveChangesAsync();
            var action = new PlannedAction(org.Id, trajectory.Id, new ActionDetails { Number = "A01", Title = "Opleiding circulair aankopen", Status = ActionStatus.Gepland, Start = today.AddMonths(-3), End = today.AddDays(-1) }, now);
            action.PlaceIn(line, []);
            db.PlannedActions.Add(action);
            await db.SaveChangesAsync();
            return (trajectory.Id, action.Id);
        });
        var strategy = org.Url($"/trajectories/{trajectoryId}");
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);

        // 1. Ratify: the adopted version opens.
        var page = await session.OpenAsync($"{strategy}/decisions");
        await session.ClickAsync(page.Locator("main a.cx-button"));
        await page.Locator("#Input_Moment").SelectOptionAsync("FormeleBekrachtiging");
        await page.Locator("#Input_Body").SelectOptionAsync("Gemeenteraad");
        await page.Locator("#Input_Reference").FillAsync("GR/2026/0087");
        await page.Locator("#Input_Outcome").SelectOptionAsync("Goedgekeurd");
        await session.ClickAsync(page.Locator("#decision-form button[type=submit]"));
        Assert.Contains("/adopted/", session.Path, StringComparison.Ordinal);
        await Expect(page.Locator(".cx-adopted__title")).ToHaveTextAsync("Opleiding circulair aankopen");

        // 2. An update on the action's page.
        await session.OpenAsync($"{strategy}/actions/{actionId}");
        await page.Locator("#Input_Status").SelectOptionAsync("Lopend");
        await page.Locator("#Input_Percent").FillAsync("40");
        await page.Locator("#Input_Text").FillAsync("Eerste opleidingsdag gegeven");
        await session.ClickAsync(page.Locator("#update-form button[type=submit]"));
        await Expect(page.Locator("#updates .cx-timeline__percent")).ToHaveTextAsync("40 %");

        // 3. The portfolio, its roll-up and the late flag; then the settings.
        await session.ClickAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de strategie" }).GetByRole(AriaRole.Link, new() { Name = "Opvolging" }));
        Assert.Equal($"{strategy}/followup", session.Path);
        await Expect(page.Locator("#rollup-strategy .cx-rollup__percent")).ToHaveTextAsync("40 %");
        await Expect(page.Locator($"#portfolio-{actionId} .cx-flag-late")).ToHaveTextAsync("Te laat");
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Instellingen voor de opvolging" }));
        await Expect(page.Locator("#settings-form")).ToBeVisibleAsync();
        await session.OpenAsync(org.Url("/followup"));
        await Expect(page.Locator($"#followup-trajectory-{trajectoryId}")).ToContainTextAsync("Goedgekeurd op");
    }
}
