using Circulair.Web.Platform.Demo;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

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
}
