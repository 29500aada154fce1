using System.Text;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>What the wizard's "Kolommen" step proposes before the person changes anything.</summary>
public sealed class ScanWizardSuggestionTests(SharedApp app)
{
    private static async Task<Circulair.TestKit.Page> MappingStepAsync(AppClient client, TestOrganisation org, int datasetId, string fileName, byte[] content)
    {
        var upload = await UploadAsync(client, org, datasetId, fileName, content);
        var format = await client.OpenAsync(upload.Location!);
        return await client.OpenAsync((await client.SubmitAsync(format, new Dictionary<string, string?>())).Location!);
    }

    [Fact]
    public async Task A_file_whose_only_year_column_is_2022_is_read_as_one_column_per_year_and_imports_without_a_missing_year()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var csv = Encoding.UTF8.GetBytes("NIS-code;Gemeente;Sector;2022\n41002;Aalst;41;1.180\n41002;Aalst;43;2.010\n");

        var mapping = await MappingStepAsync(client, org, datasetId, "2022.csv", csv);

        Assert.Equal("WideYears", mapping.Document.QuerySelector("input[name='Input.Layout']:checked")?.GetAttribute("value"));
        var report = await ImportUntilCheckedAsync(client, org, datasetId, "2022.csv", csv);
        Assert.Null(report.Document.QuerySelector("#problems tr[data-kind='YearMissing']"));
        await ConfirmAsync(client, report);
        Assert.Equal(2, await ObservationCountAsync(app, org.Id));
    }

    [Fact]
    public async Task The_value_column_is_preselected_when_one_of_its_cells_holds_a_word()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);

        var mapping = await MappingStepAsync(client, org, datasetId, "text-in-value.csv", Fixture("text-in-value.csv"));

        Assert.Equal("Long", mapping.Document.QuerySelector("input[name='Input.Layout']:checked")?.GetAttribute("value"));
        Assert.Equal("4", mapping.Document.QuerySelector("select[name='Input.ValueColumn'] option[selected]")?.GetAttribute("value"));
    }
}
