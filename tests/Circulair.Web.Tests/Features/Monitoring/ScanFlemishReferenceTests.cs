using System.Text;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Monitoring;

/// <summary>
/// Issue 15 item 4's remainder: when the imported file has no benchmark area, the scan's comparison uses the Flemish
/// figure Circulair ships for every kind of dataset the reference file has a comparable figure for, named as the source:
/// for CO2, the change since 2011 of the municipalities of the Covenant of Mayors beside the own territory's change.
/// </summary>
public sealed class ScanFlemishReferenceTests(SharedApp app)
{
    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text.Replace("\r", "", StringComparison.Ordinal));

    [Fact]
    public async Task A_co2_file_of_the_own_area_only_is_compared_with_the_covenant_municipalities_change_since_2011()
    {
        var (org, _, client) = await AalstAsync(app);
        var co2 = await NewDatasetAsync(client, org, "Co2Uitstoot", "VekaCo2Sectors", "VEKA", Scenario.Unique("CO2 Aalst"));
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, co2, "co2.csv", Csv("""
            NIS;Jaar;Sector;Ton
            41002;2011;Huishoudens;200000
            41002;2011;Transport;100000
            41002;2011;Eigen gebouwen en vloot;9000
            41002;2021;Huishoudens;180000
            41002;2021;Transport;90000
            41002;2021;Eigen gebouwen en vloot;1000
            """), LongMapping()));

        var analysis = await client.OpenAsync(org.Url($"/scan/datasets/{co2}?year=2021"));

        Assert.Null(analysis.Document.QuerySelector("#benchmark"));
        var flemish = analysis.Text("#flemish-reference");
        Assert.Contains("Burgemeestersconvenant ondertekenden: -5 % tussen 2011 en 2021", flemish, StringComparison.Ordinal);
        Assert.Contains(": -10 % tussen 2011 en 2021", flemish, StringComparison.Ordinal); // 309,000 → 279,000 without the own buildings: 300,000 → 270,000
        Assert.Contains("296 signatory municipalities; bron: vlaanderen.be", flemish, StringComparison.Ordinal);
        Assert.Contains("Burgemeestersconvenant resultaten 2011-2021", flemish, StringComparison.Ordinal);
        Assert.Contains("geen vergelijkingsgebied", analysis.Text("#flemish-fallback"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_figure_for_2011_the_flemish_change_is_shown_alone_and_says_why()
    {
        var (org, _, client) = await AalstAsync(app);
        var co2 = await NewDatasetAsync(client, org, "Co2Uitstoot", "VekaCo2Sectors", "VEKA", Scenario.Unique("CO2 Aalst"));
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, co2, "co2.csv", Csv("""
            NIS;Jaar;Sector;Ton
            41002;2022;Huishoudens;180000
            """), LongMapping()));

        var analysis = await client.OpenAsync(org.Url($"/scan/datasets/{co2}"));

        var flemish = analysis.Text("#flemish-reference");
        Assert.Contains("-5 % tussen 2011 en 2021", flemish, StringComparison.Ordinal);
        Assert.Contains("dit bestand heeft geen cijfer voor 2011", flemish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_co2_file_with_a_benchmark_area_or_a_kind_without_a_flemish_figure_shows_none()
    {
        var (org, _, client) = await AalstAsync(app);
        var co2 = await NewDatasetAsync(client, org, "Co2Uitstoot", "VekaCo2Sectors", "VEKA", Scenario.Unique("CO2 Aalst"));
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, co2, "co2.csv", Csv("""
            NIS;Jaar;Sector;Ton
            41002;2021;Huishoudens;180000
            02000;2021;Huishoudens;40000000
            """), LongMapping()));
        var jobs = await NewDatasetAsync(client, org, name: Scenario.Unique("Jobs Aalst"));
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, jobs, "jobs.csv", Csv("""
            NIS;Jaar;Sector;Banen
            41002;2023;41;1000
            """), LongMapping()));

        var withBenchmark = await client.OpenAsync(org.Url($"/scan/datasets/{co2}"));
        Assert.Null(withBenchmark.Document.QuerySelector("#flemish-reference"));
        var employment = await client.OpenAsync(org.Url($"/scan/datasets/{jobs}"));
        Assert.Null(employment.Document.QuerySelector("#flemish-reference"));
    }
}
