using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Pilots;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Bench;

/// <summary>
/// Phase 3 and pilot content that both the Seeder (bench/run) and bench/pages add to the measured organisation:
/// issue 15's indicators with ten years of measurements each, and issue 17's pilot with its test cards.
/// </summary>
public static class BenchContent
{
    /// <summary>Adds indicators until the organisation has <paramref name="count"/>, over two levels and both directions.</summary>
    public static async Task AddIndicatorsAsync(CirculairDbContext db, int organisationId, int count, DateTime now)
    {
        var existing = await db.Set<Indicator>().CountAsync(i => i.OrganisationId == organisationId);
        for (var i = existing; i < count; i++)
        {
            db.Set<Indicator>().Add(new Indicator(organisationId, new IndicatorDetails
            {
                Level = i % 2 == 0 ? IndicatorLevel.Middelen : IndicatorLevel.Activiteiten,
                Name = $"Indicator {i + 1:D2} (bench)",
                Definition = "Een maat die de bench elk jaar meet.",
                Unit = i % 3 == 0 ? "ton" : "aantal",
                Direction = i % 2 == 0 ? IndicatorDirection.HigherIsBetter : IndicatorDirection.LowerIsBetter,
                Instrument = MeasurementInstrument.Expertanalyse,
                Frequency = MeasurementFrequency.Jaarlijks,
                BaselineValue = 100,
                BaselineYear = 2016,
                Source = "Bench",
            }, null, now));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Ten yearly measurements (2016–2025) on every indicator of the organisation that has none. Returns how many were added.</summary>
    public static async Task<int> AddMeasurementsAsync(CirculairDbContext db, int organisationId, int userId, string userName, DateTime now)
    {
        var indicators = await db.Set<Indicator>().Where(i => i.OrganisationId == organisationId)
            .Where(i => !db.Set<Measurement>().Any(m => m.IndicatorId == i.Id)).ToListAsync();
        var measurements = 0;
        foreach (var indicator in indicators)
        {
            for (var year = 2016; year <= 2025; year++)
            {
                db.Set<Measurement>().Add(new Measurement(indicator, new MeasurementDetails { Year = year, Value = 100 + (year - 2016) * 3.5, Source = "Bench" }, userId, userName, now));
                measurements++;
            }
        }
        await db.SaveChangesAsync();
        return measurements;
    }

    /// <summary>Test cards on the pilot up to <paramref name="count"/>, spread over the board's four columns. Returns the pilot's cards.</summary>
    public static async Task<int> AddTestCardsAsync(CirculairDbContext db, Pilot pilot, int count, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var cards = await db.PilotTestCards.CountAsync(c => c.PilotId == pilot.Id);
        for (var i = cards; i < count; i++)
        {
            var card = new PilotTestCard(pilot, new TestCardDetails
            {
                Name = $"Test {i + 1:D2} (bench)",
                Hypothesis = "Wij geloven dat inwoners een herstelpunt in de wijk gebruiken.",
                Test = "Een herstelcafé op zaterdag.",
                Metric = "Bezoekers per zaterdag",
                Criterion = "Minstens twintig bezoekers",
            }, now);
            var stage = (TestStage)(i % 4 + 1);
            if (stage != TestStage.Backlog)
            {
                card.MoveTo(stage, today);
            }
            db.PilotTestCards.Add(card);
        }
        await db.SaveChangesAsync();
        return Math.Max(cards, count);
    }
}
