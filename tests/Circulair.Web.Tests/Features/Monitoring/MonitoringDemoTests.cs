using System.Net;
using Circulair.HealthCheck;
using Circulair.Monitoring;
using Circulair.Scan;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Monitoring;

/// <summary>The demo's monitoring: the adopted set, residual waste fed from the demo scan and kept in step, three outcome indicators.</summary>
public sealed class MonitoringDemoTests
{
    [Fact]
    public async Task The_demo_adopts_the_set_feeds_residual_waste_from_its_scan_dataset_and_follows_three_outcome_indicators()
    {
        await using var demoApp = new CirculairFactory();
        await demoApp.InitializeAsync();
        var password = await demoApp.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));
        // Demostad's own indicators: the demo region's invented neighbours adopt indicators of their own (issue 19).
        var demostad = await demoApp.WithDbAsync((db, _) => db.Organisations.Where(o => o.Slug == "demostad").Select(o => o.Id).SingleAsync());
        var (indicators, measurements, dataset) = await demoApp.WithDbAsync(async (db, _) => (
            await db.Indicators.Include(i => i.Targets).Where(i => i.OrganisationId == demostad).ToListAsync(),
            await db.Measurements.Where(m => m.OrganisationId == demostad).ToListAsync(),
            await db.ScanDatasets.SingleAsync(d => d.Kind == DatasetKind.Huishoudafval)));

        Assert.Equal(StandardIndicatorSet.Instance.All.Count, indicators.Count(i => i.StandardCode is not null));
        var waste = indicators.Single(i => i.StandardCode == StandardIndicatorSet.ResidualWaste);
        var fed = measurements.Where(m => m.IndicatorId == waste.Id).OrderBy(m => m.Year).ToList();
        Assert.Equal([2019, 2020, 2021, 2022, 2023], fed.Select(m => m.Year));
        Assert.All(fed, m => Assert.Equal(dataset.Id, m.ScanDatasetId));
        Assert.All(fed, m => Assert.StartsWith(dataset.Name, m.Source, StringComparison.Ordinal));
        Assert.Equal((2019, fed[0].Value), (waste.BaselineYear!.Value, waste.BaselineValue!.Value));
        Assert.Equal([new TargetValue(2030, 90)], waste.Details.Targets);
        var outcomes = indicators.Where(i => i.Level == IndicatorLevel.Outcome && measurements.Any(m => m.IndicatorId == i.Id)).ToList();
        Assert.Equal(3, outcomes.Count);
        Assert.All(outcomes, i => Assert.NotNull(i.Path));

        // The dataset imported again with one year corrected and one gone: the fed values follow it.
        await demoApp.WithDbAsync(async db =>
        {
            var rows = await db.ScanObservations.Where(o => o.ScanDatasetId == dataset.Id && o.CategoryCode == "restafval" && (o.Year == 2023 || o.Year == 2019)).ToListAsync();
            db.ScanObservations.RemoveRange(rows.Where(r => r.Year == 2019));
            await db.SaveChangesAsync();
            await db.ScanObservations.Where(o => o.ScanDatasetId == dataset.Id && o.CategoryCode == "restafval" && o.Year == 2023).ExecuteUpdateAsync(u => u.SetProperty(o => o.Value, 4835));
            await ScanFeed.RunAsync(db, waste.OrganisationId, DateTime.UtcNow, CancellationToken.None);
        });
        var after = await demoApp.WithDbAsync((db, _) => db.Measurements.Where(m => m.IndicatorId == waste.Id).OrderBy(m => m.Year).Select(m => new { m.Year, m.Value }).ToListAsync());
        Assert.Equal([2020, 2021, 2022, 2023], after.Select(m => m.Year));
        Assert.Equal(100, after[^1].Value);

        using var client = await demoApp.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));
        var page = await client.OpenAsync("/o/demostad/monitoring");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Op koers", "Achter", "Uit koers"], outcomes.OrderBy(i => i.StandardCode switch { "PARTNERSCHAPPEN" => 0, "PILOTS" => 1, _ => 2 })
            .Select(i => page.Text($"#indicator-{i.Id} td .cx-tag")));
        Assert.Contains(waste.Name, page.Text("#no-recent-data"), StringComparison.Ordinal);
        var latestRound = await demoApp.WithDbAsync((db, _) => db.HealthCheckRounds.Where(r => r.OrganisationId == waste.OrganisationId)
            .OrderByDescending(r => r.OpenedAt).Select(r => new { r.Id, r.Title }).FirstAsync());
        Assert.Contains($"Laatste ronde: {latestRound.Title}", page.Text("#health-check"), StringComparison.Ordinal);
        Assert.Equal($"/o/demostad/health-check/{latestRound.Id}", page.Document.QuerySelector("#health-check a")!.GetAttribute("href"));
        var shown = await client.OpenAsync($"/o/demostad/monitoring/indicators/{waste.Id}");
        Assert.NotNull(shown.Document.QuerySelector("figure.cx-chart svg"));
        Assert.Contains("fictief voorbeeld", shown.Text("#measurement-table"), StringComparison.Ordinal);
    }
}
