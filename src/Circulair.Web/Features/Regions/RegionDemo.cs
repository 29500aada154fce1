using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// The demo's region (issue 19 item 7): "Intercommunale Demoland (voorbeeld)" with three member municipalities —
/// Demostad and two invented neighbours — that share their residual waste per inhabitant, so the benchmark has
/// something to rank. The demo account is Beheerder of all four, like a facilitator who switches between them. The
/// region offers one indicator of its own, which Demodorp adopted, and one pilot template nobody answered yet. Only Demostad is marked as the demo organisation
/// (other code finds it as the single one); the others say "(voorbeeld)" in their name. Every figure is invented.
/// </summary>
public sealed class RegionDemo : IDemoContent
{
    public const string RegionName = "Intercommunale Demoland (voorbeeld)";
    public const string RegionSlug = "intercommunale-demoland";

    // After monitoring (80): Demostad's residual-waste indicator exists and is filled from its scan.
    public int Order => 90;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        if (demo.Personal)
        {
            // A person's example stays one organisation: no invented neighbours in their list of organisations.
            return;
        }
        var now = demo.Now;
        var region = new Organisation(RegionName, RegionSlug, OrganisationType.Intercommunale, now);
        var dorp = new Organisation("Demodorp (voorbeeld)", "demodorp", OrganisationType.Gemeente, now);
        var beek = new Organisation("Demobeek (voorbeeld)", "demobeek", OrganisationType.Gemeente, now);
        db.Organisations.AddRange(region, dorp, beek);
        await db.SaveChangesAsync(ct);
        foreach (var o in new[] { region, dorp, beek })
        {
            db.Memberships.Add(new Membership(o.Id, demo.Coordinator.Id, OrganisationRole.Beheerder, now));
        }
        await db.SaveChangesAsync(ct);

        var main = StandardIndicatorSet.Instance.Cluster("main");
        await AdoptStandardSet.RunAsync(db, dorp.Id, [StandardIndicatorSet.ResidualWaste], main, now, ct);
        await AdoptStandardSet.RunAsync(db, beek.Id, [StandardIndicatorSet.ResidualWaste], main, now, ct);
        async Task<Indicator> WasteOf(int organisationId) =>
            await db.Indicators.InOrganisation(organisationId).SingleAsync(i => i.StandardCode == StandardIndicatorSet.ResidualWaste, ct);
        var dorpWaste = await WasteOf(dorp.Id);
        var beekWaste = await WasteOf(beek.Id);
        void Measure(Indicator indicator, params (int Year, double Value)[] values)
        {
            foreach (var (year, value) in values)
            {
                db.Measurements.Add(new Measurement(indicator, new MeasurementDetails
                {
                    Year = year, Value = value, Source = "OVAM (" + ScanDemo.Marker + ")",
                }, demo.Coordinator.Id, demo.Coordinator.DisplayName, now));
            }
        }
        Measure(dorpWaste, (2019, 152), (2020, 147), (2021, 139), (2022, 133), (2023, 127));
        Measure(beekWaste, (2019, 119), (2020, 116), (2021, 111), (2022, 108), (2023, 104));
        await db.SaveChangesAsync(ct);

        var indicators = new Dictionary<int, Indicator> { [demo.Organisation.Id] = await WasteOf(demo.Organisation.Id), [dorp.Id] = dorpWaste, [beek.Id] = beekWaste };
        foreach (var (memberId, waste) in indicators)
        {
            var member = memberId == demo.Organisation.Id ? demo.Organisation : memberId == dorp.Id ? dorp : beek;
            var membership = RegionMembership.Invite(region, member, false, now.AddDays(-30));
            membership.Accept(now.AddDays(-28));
            db.RegionMemberships.Add(membership);
            await db.SaveChangesAsync(ct);
            db.RegionShares.Add(new RegionShare(memberId, membership.Id, waste.Id, now.AddDays(-28)));
        }

        var repair = new RegionIndicatorDefinition(region.Id, new IndicatorDetails
        {
            Level = IndicatorLevel.Output, Name = "Bezoekers van repaircafés", Unit = "aantal/jaar", Direction = IndicatorDirection.HigherIsBetter,
            Instrument = MeasurementInstrument.CijfersBijhouden, Frequency = MeasurementFrequency.Jaarlijks,
            Definition = "Het aantal bezoekers dat in een jaar een repaircafé op het grondgebied bezoekt, zoals de organisatoren het tellen (voorbeeld).",
            Source = "Tellingen van de repaircafés (" + ScanDemo.Marker + ")",
        }, now);
        db.RegionIndicatorDefinitions.Add(repair);
        db.Indicators.Add(Indicator.AdoptedFromRegion(dorp.Id, repair.Details, repair.Key, now));

        // A pilot template the region offers (decision 0375); no member answered it yet, so Demostad sees an open offer.
        db.RegionTemplates.Add(new RegionTemplate(region.Id, new Circulair.Library.Sharing.SharedSnapshot(
            Circulair.Library.Sharing.SharedItemKind.Pilot, "Gedeelde materialenbank voor de regio (voorbeeld)", null, null, null,
            [
                new("Template", nameof(Circulair.Pilots.PilotTemplate.Materialenbank), Circulair.Library.Sharing.SnapshotPart.Content),
                new("Description", "Een opslagplaats waar gemeenten en aannemers herbruikbare bouwmaterialen afgeven en ophalen, beheerd door de intercommunale (voorbeeld).", Circulair.Library.Sharing.SnapshotPart.Content),
            ]), now));
    }
}
