using Circulair.FollowUp;
using Circulair.HealthCheck;
using Circulair.Monitoring;
using Circulair.Publishing;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Vision;
using Circulair.Browser.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.PublicSite;

/// <summary>The public progress site read by a stranger, with JavaScript on and off: axe on every page (decision 0310).</summary>
public sealed class PublicSiteAccessibilityTests(SharedBrowserApp app)
{
    private async Task<string> PublishedOrganisationAsync()
    {
        var organisation = await app.NewOrganisationAsync();
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var trajectory = new StrategyTrajectory(organisation.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            var canvas = new VisionCanvas(organisation.Id, trajectory.Id, now);
            canvas.Describe("Grondstoffen worden schaars", "Minder restafval", "Een repaircafé in elke wijk", "In 2030 draait de gemeente rond", VisionFocus.None, now);
            db.VisionCanvases.Add(canvas);
            var domain = new StrategyDomain(organisation.Id, trajectory.Id, "gebouwde-omgeving");
            domain.Record(DomainSupport.Hoog, DomainDecision.Behouden, "Veel draagvlak", new DateOnly(2026, 2, 20));
            db.StrategyDomains.Add(domain);
            await db.SaveChangesAsync();
            var goal = new StrategyGoal(domain, 1, new GoalDetails { Statement = "Vanaf 2027 bouwt de stad circulair", Indicator = "Aandeel circulaire projecten", TargetValue = 40, Unit = "%" });
            db.StrategyGoals.Add(goal);
            await db.SaveChangesAsync();
            var line = new ActionLine(goal, 1, "Circulaire criteria in aanbestedingen", null);
            db.ActionLines.Add(line);
            await db.SaveChangesAsync();
            foreach (var (number, title) in new[] { ("A1", "Opleiding circulair aankopen"), ("A2", "Sloopinventaris") })
            {
                var action = new PlannedAction(organisation.Id, trajectory.Id, new ActionDetails { Number = number, Title = title, Status = ActionStatus.Lopend, Start = new DateOnly(2026, 1, 1) }, now);
                action.PlaceIn(line, await db.PlannedActions.Where(a => a.ActionLineId == line.Id).ToListAsync());
                db.PlannedActions.Add(action);
                await db.SaveChangesAsync();
            }
            var indicator = new Indicator(organisation.Id, new IndicatorDetails
            {
                Level = IndicatorLevel.Outcome, Name = "Restafval per inwoner", Unit = "kg", Direction = IndicatorDirection.LowerIsBetter, Instrument = MeasurementInstrument.CijfersBijhouden, Frequency = MeasurementFrequency.PerKwartaal,
                BaselineValue = 150, BaselineYear = 2022, Targets = [new TargetValue(2030, 100)],
            }, null, now);
            db.Indicators.Add(indicator);
            db.Measurements.Add(new Measurement(indicator, new MeasurementDetails { Year = 2024, Value = 140 }, null, null, now));
            var round = new HealthCheckRound(organisation.Id, "Najaar 2026", null, now);
            round.Rate(RaterKey.External(1), "Extern", BlockScore.Blocks.Select(b => new BlockScore(b, 3, null)), now);
            round.Close(now);
            db.HealthCheckRounds.Add(round);
            var site = new Circulair.Publishing.PublicSite(organisation.Id, now);
            site.Choose(true, PublicSections.All, now);
            db.PublicSites.Add(site);
            await db.SaveChangesAsync();
        });
        return organisation.Slug;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stranger_reads_the_progress_page_and_the_open_data_page_in_both_languages(bool javaScript)
    {
        var slug = await PublishedOrganisationAsync();
        await using var stranger = await BrowserSession.StartAsync(app, javaScript);

        var page = await stranger.OpenAsync($"/p/{slug}");
        await Expect(page.Locator("#vision-statement")).ToContainTextAsync("In 2030 draait de gemeente rond");
        await Expect(page.Locator("#indicators svg")).ToHaveCountAsync(1);
        await Expect(page.Locator("#health-table")).ToHaveCountAsync(1);
        await Expect(page.Locator("form")).ToHaveCountAsync(0);

        await stranger.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Dezelfde gegevens als open data (JSON en CSV)" }));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "actions.csv" })).ToHaveCountAsync(1);
        await stranger.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "English" }));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await stranger.OpenAsync($"/p/{slug}?lang=en");
        var cookies = await page.Context.CookiesAsync();
        Assert.Empty(cookies);
    }
}
