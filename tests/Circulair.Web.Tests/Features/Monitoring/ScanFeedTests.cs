using System.Net;
using System.Text;
using Circulair.Monitoring;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Monitoring;

/// <summary>
/// The scan feeds the standard indicators beyond residual waste (issue 15 item 4): the share collected separately,
/// CO2 in total and per inhabitant, the share of circular jobs; kept in step on re-import with the dataset as source.
/// And the scan's comparison falls back on the shipped Flemish figure when the file has no benchmark area.
/// </summary>
public sealed class ScanFeedTests(SharedApp app)
{
    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text.Replace("\r", "", StringComparison.Ordinal));

    private static async Task AdoptAsync(AppClient client, TestOrganisation org, params string[] codes)
    {
        foreach (var code in codes)
        {
            var page = await client.OpenAsync(org.Url("/monitoring/standard-set"));
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "#adopt-form", Form(("Codes", code)))).Status);
        }
    }

    private Task<List<Measurement>> MeasurementsAsync(int organisationId, string code) =>
        app.WithDbAsync((db, _) => db.Measurements.Where(m => m.OrganisationId == organisationId && m.Indicator.StandardCode == code).OrderBy(m => m.Year).ToListAsync());

    [Fact]
    public async Task The_share_collected_separately_follows_the_waste_dataset_and_its_reimport_with_the_dataset_as_source()
    {
        var (org, _, client) = await AalstAsync(app);
        await AdoptAsync(client, org, "SELECTIEF-AANDEEL");
        var name = Scenario.Unique("Huishoudafval Aalst");
        var dataset = await NewDatasetAsync(client, org, "Huishoudafval", "OvamWasteFractions", "OVAM", name);

        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, dataset, "afval.csv", Csv("""
            NIS;Jaar;Fractie;Ton
            41002;2022;Restafval;9000
            41002;2022;Papier en karton;3000
            41002;2022;Gft;4000
            41002;2022;Pmd;2000
            41002;2023;Restafval;8000
            41002;2023;Papier en karton;3000
            41002;2023;Gft;4000
            41002;2023;Pmd;4000
            """), LongMapping()));

        var fed = await MeasurementsAsync(org.Id, "SELECTIEF-AANDEEL");
        Assert.Equal([(2022, 50.0), (2023, 57.9)], fed.Select(m => (m.Year, m.Value)));
        Assert.All(fed, m => Assert.Equal($"{name} (OVAM)", m.Source));
        Assert.All(fed, m => Assert.Equal(dataset, m.ScanDatasetId));

        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, dataset, "afval-2023.csv", Csv("""
            NIS;Jaar;Fractie;Ton
            41002;2023;Restafval;4000
            41002;2023;Papier en karton;3000
            41002;2023;Gft;4000
            41002;2023;Pmd;4000
            """), LongMapping()));

        Assert.Equal([(2022, 50.0), (2023, 73.3)], (await MeasurementsAsync(org.Id, "SELECTIEF-AANDEEL")).Select(m => (m.Year, m.Value)));

        // Only Aalst in the file: no benchmark area, so the comparison shows the Flemish figure Circulair ships.
        var analysis = await client.OpenAsync(org.Url($"/scan/datasets/{dataset}?year=2023"));
        Assert.Null(analysis.Document.QuerySelector("#benchmark"));
        var flemish = analysis.Text("#flemish-reference");
        Assert.Contains("140 kg per inwoner (2021)", flemish, StringComparison.Ordinal);
        Assert.Contains("Vlaams Gewest", flemish, StringComparison.Ordinal);
        Assert.Contains("geen vergelijkingsgebied", analysis.Text("#flemish-fallback"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Co2_in_total_and_per_inhabitant_and_the_share_of_circular_jobs_are_fed_from_their_datasets()
    {
        var (org, _, client) = await AalstAsync(app);
        await AdoptAsync(client, org, "CO2-TOTAAL", "CO2-INWONER", "CIRCULAIRE-JOBS");
        var co2 = await NewDatasetAsync(client, org, "Co2Uitstoot", "VekaCo2Sectors", "VEKA", Scenario.Unique("CO2 Aalst"));
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, co2, "co2.csv", Csv("""
            NIS;Jaar;Sector;Ton
            41002;2021;Huishoudens;200000
            41002;2021;Tertiair;80000
            41002;2021;Transport;120000
            41002;2021;Eigen gebouwen en vloot;5000
            """), LongMapping()));
        var jobs = await NewDatasetAsync(client, org, name: Scenario.Unique("Jobs Aalst"));
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, jobs, "jobs.csv", Csv("""
            NIS;Jaar;Sector;Banen
            41002;2023;41;1000
            41002;2023;38;150
            41002;2023;95;50
            """), LongMapping()));

        Assert.Equal([(2021, 400000.0)], (await MeasurementsAsync(org.Id, "CO2-TOTAAL")).Select(m => (m.Year, m.Value)));
        var population = await app.WithDbAsync((db, _) => db.Organisations.Where(o => o.Id == org.Id).Select(o => o.Population).SingleAsync());
        Assert.NotNull(population);
        Assert.Equal([(2021, Math.Round(400000.0 / population!.Value, 2))], (await MeasurementsAsync(org.Id, "CO2-INWONER")).Select(m => (m.Year, m.Value)));
        var circular = Assert.Single(await MeasurementsAsync(org.Id, "CIRCULAIRE-JOBS"));
        Assert.Equal((2023, 16.7, jobs), (circular.Year, circular.Value, circular.ScanDatasetId!.Value));
    }
}
