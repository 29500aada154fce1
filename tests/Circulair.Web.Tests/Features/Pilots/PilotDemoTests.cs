using System.Net;
using Circulair.Pilots;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Pilots;

/// <summary>The demo organisation's pilot: a materials bank in step 3 with its test cards, on the dashboard's pilot card.</summary>
public sealed class PilotDemoTests
{
    [Fact]
    public async Task The_demo_has_a_materials_bank_in_step_3_with_one_validated_one_invalidated_and_one_unclear_test_shown_on_the_dashboard()
    {
        await using var demoApp = new CirculairFactory();
        await demoApp.InitializeAsync();
        var password = await demoApp.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));
        var (pilot, cards) = await demoApp.WithDbAsync(async (db, _) => (
            await db.Pilots.Include(p => p.Moves).Include(p => p.RolePeriods).Include(p => p.Actions).SingleAsync(),
            await db.PilotTestCards.ToListAsync()));
        Assert.Equal((PilotTemplate.Materialenbank, PilotStep.SchaalProject), (pilot.Template, pilot.Step));
        Assert.Equal(3, pilot.Moves.Count);
        Assert.Equal(2, pilot.RolePeriods.Count);
        Assert.Single(pilot.Actions);
        Assert.Equal([LearningResult.Gevalideerd, LearningResult.NietGevalideerd, LearningResult.Onduidelijk], cards.Where(c => c.Result is not null).Select(c => c.Result!.Value).Order());

        using var client = await demoApp.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));
        var b = $"/o/demostad/pilots/{pilot.Id}";
        foreach (var path in new[] { "/o/demostad/pilots", b, $"{b}/tests", $"{b}/tests/{cards[0].Id}", $"{b}/step", $"{b}/roles/new", $"{b}/edit", $"{b}/tests/new" })
        {
            var page = await client.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"GET {path} answered {(int)page.Status}");
        }
        var dashboard = await client.OpenAsync("/o/demostad");
        var card = dashboard.Text("#phase-Pilot");
        Assert.Contains("Aantal pilootprojecten: 1; het verste staat in stap 3.", card, StringComparison.Ordinal);
        Assert.Contains("Testkaarten: 4 (gevalideerd: 1, niet gevalideerd: 1, onduidelijk: 1).", card, StringComparison.Ordinal);
        Assert.Equal(["/o/demostad/pilots", $"{b}/tests"],
            dashboard.Document.QuerySelectorAll("#phase-Pilot a.cx-tool__name").Select(a => a.GetAttribute("href")));
    }
}
