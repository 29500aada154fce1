using Circulair.Organisations;
using Circulair.Scan;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>The imports listed on a dataset's page show their time in Brussels, like every other time in the app.</summary>
public sealed class ImportHistoryTimeTests(SharedApp app)
{
    [Fact]
    public async Task An_import_started_at_noon_utc_in_summer_shows_14_00()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var at = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc);
        var datasetId = await app.WithDbAsync(async (db, _) =>
        {
            var dataset = new ScanDataset(org.Id, "Afval", DatasetKind.Andere, CategoryScheme.Free, "Test", at);
            db.ScanDatasets.Add(dataset);
            await db.SaveChangesAsync();
            var import = new ScanImport(org.Id, user.Id, dataset.Id, "afval.csv", 100, "stored", ImportFileKind.Csv, at, at.AddDays(1));
            import.Fail("Scan.Import.Error.Empty", "afval.csv");
            db.ScanImports.Add(import);
            await db.SaveChangesAsync();
            return dataset.Id;
        });
        using var client = await app.LoggedInClientAsync(user);

        var page = await client.OpenAsync(org.Url($"/scan/datasets/{datasetId}"));

        var row = page.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("afval.csv", StringComparison.Ordinal));
        Assert.Contains("14:00", row.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
    }
}
