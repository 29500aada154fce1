using Circulair.Scan;
using Circulair.Strategy;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.Library;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Library;

/// <summary>The demo organisation cloned two cases into its plan: one idea and one action, each showing its source.</summary>
public sealed class LibraryDemoTests : IClassFixture<LibraryDemoTests.DemoApp>
{
    private readonly DemoApp _app;

    public LibraryDemoTests(DemoApp app) => _app = app;

    public sealed class DemoApp : CirculairFactory
    {
        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            await WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, CancellationToken.None));
        }
    }

    [Fact]
    public async Task The_demo_has_cloned_two_cases_into_its_plan()
    {
        var (ideas, actions) = await _app.WithDbAsync(async (db, _) =>
        {
            var demo = await db.Organisations.SingleAsync(o => o.IsDemo);
            return (await db.StrategyIdeas.Where(i => i.OrganisationId == demo.Id && i.SourceCaseKey != null).Select(i => i.SourceCaseKey).ToListAsync(),
                await db.PlannedActions.Where(a => a.OrganisationId == demo.Id && a.SourceCaseKey != null).Select(a => a.SourceCaseKey).ToListAsync());
        });

        Assert.Equal(["deelfabriek-kortrijk"], ideas);
        Assert.Equal(["materialenbank-leuven"], actions);
    }

    [Fact]
    public async Task The_demo_town_without_a_municipality_estimates_from_its_scan_population_and_its_funding_card_counts_its_applications()
    {
        var (found, latest, cards) = await _app.WithDbAsync(async (db, sp) =>
        {
            var demo = await db.Organisations.SingleAsync(o => o.IsDemo);
            var latest = await db.ScanPopulations.Where(p => p.OrganisationId == demo.Id).OrderByDescending(p => p.Year).Select(p => new { p.Population, p.Year }).FirstAsync();
            var cards = ActivatorUtilities.CreateInstance<LibraryProgress>(sp).For(await DashboardFactsQuery.LoadAsync(db, demo.Id, demo.Slug, sp.GetRequiredService<TimeProvider>(), CancellationToken.None));
            return (await PopulationSource.FindAsync(db, demo.Id, CancellationToken.None), (latest.Population, latest.Year), cards);
        });

        Assert.Equal(latest, found);
        Assert.All(cards, c => Assert.True(c.HasContent, $"{c.NameKey} has no content in the demo"));
    }
}
