using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// Monitoring of "Demostad (voorbeeld)": the whole standard set adopted (the demo town has no municipality, so the main
/// cluster's 2030 target of 90 kg), residual waste per inhabitant filled from the demo scan's household-waste dataset
/// (2019–2023, so it also shows what "no recent data" looks like), and three outcome indicators with a baseline, a
/// target and measurements that land on track, behind and off track. Every figure is invented and marked so.
/// </summary>
public sealed class MonitoringDemo : IDemoContent
{
    public int Order => 80;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var set = StandardIndicatorSet.Instance;
        var added = await AdoptStandardSet.RunAsync(db, org, set.All.Select(s => s.Code), set.Cluster("main"), demo.Now, ct);
        var byCode = added.ToDictionary(i => i.StandardCode!);

        void Follow(string code, string owner, int baselineYear, double baseline, int targetYear, double target, params (int Year, double Value)[] values)
        {
            var indicator = byCode[code];
            indicator.Describe(indicator.Details with
            {
                Owner = owner, BaselineYear = baselineYear, BaselineValue = baseline, Targets = [new TargetValue(targetYear, target)],
            });
            foreach (var (year, value) in values)
            {
                db.Measurements.Add(new Measurement(indicator, new MeasurementDetails
                {
                    Year = year, Value = value, Source = indicator.Source + " (" + ScanDemo.Marker + ")",
                }, demo.Coordinator.Id, demo.Coordinator.DisplayName, demo.Now));
            }
        }
        Follow("PARTNERSCHAPPEN", "Dienst Economie", 2022, 3, 2028, 15, (2023, 5), (2024, 8), (2025, 10));
        Follow("PILOTS", "Dienst Milieu", 2022, 0, 2028, 6, (2023, 1), (2024, 1), (2025, 2));
        Follow("KENNISNIVEAU", "Communicatie", 2021, 20, 2029, 60, (2023, 24), (2025, 28));
        var waste = byCode[StandardIndicatorSet.ResidualWaste];
        waste.Describe(waste.Details with { Owner = "Dienst Milieu" });
        await db.SaveChangesAsync(ct);

        var goal = await db.StrategyGoals.InOrganisation(org).OrderBy(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
        var action = await db.PlannedActions.InOrganisation(org).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (goal is { } g)
        {
            db.IndicatorGoalLinks.Add(new IndicatorGoalLink(org, waste.Id, g));
            db.IndicatorGoalLinks.Add(new IndicatorGoalLink(org, byCode["PARTNERSCHAPPEN"].Id, g));
        }
        if (action is { } a)
        {
            db.IndicatorActionLinks.Add(new IndicatorActionLink(org, byCode["PILOTS"].Id, a));
        }
    }
}
