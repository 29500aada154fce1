using System.Net;
using Circulair.Persistence;
using Circulair.Web.Tests.Features.Initiatives;
using Circulair.Web.Tests.Features.Stakeholders;
using Microsoft.EntityFrameworkCore;
using Page = Circulair.TestKit.Page;
using static Circulair.Web.Tests.Platform.OpenXml.SheetFiles;

namespace Circulair.Web.Tests.Platform.OpenXml;

/// <summary>
/// The register's and the inventory's imports share one table of waiting imports: one kind never discards or
/// confirms the other, and a new upload of the same kind replaces the person's earlier one.
/// </summary>
public sealed class SheetImportDraftTests(SharedApp app)
{
    private static async Task<Page> PreviewAsync(AppClient client, TestOrganisation org, string path, byte[] bytes)
    {
        var preview = await Upload(client, await client.OpenAsync(org.Url(path)), "import.xlsx", bytes);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.NotNull(preview.Document.QuerySelector("#confirm-form"));
        return preview;
    }

    private static string DraftId(Page preview) => preview.Document.QuerySelector("#confirm-form input[name=DraftId]")!.GetAttribute("value")!;

    private static byte[] Stakeholder(string name) => Sheet("Stakeholders", ["Naam", "Stakeholdergroep", "Macht", "Belang"], [name, "Politiek", "hoog", "laag"]);

    private static byte[] Initiative(string name) => Sheet("Initiatieven", ["Naam", "Domein", "Doelgroepen", "Status"], [name, "1", "Burgers", "lopend"]);

    [Fact]
    public async Task A_waiting_register_import_and_a_waiting_inventory_import_of_one_person_both_stay_confirmable()
    {
        var (org, client) = await app.SignedInAsync();
        var register = await PreviewAsync(client, org, "/stakeholders/import", Stakeholder("Milieuraad"));
        var inventory = await PreviewAsync(client, org, "/initiatives/import", Initiative("Wijkcompost"));

        Assert.Equal([SheetImportKind.Initiatives, SheetImportKind.Stakeholders],
            await app.WithDbAsync((db, _) => db.SheetImportDrafts.Where(d => d.OrganisationId == org.Id).Select(d => d.Kind).OrderBy(k => k).ToListAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(register, "#confirm-form", new Dictionary<string, string?>())).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(inventory, "#confirm-form", new Dictionary<string, string?>())).Status);
        Assert.Equal(["Milieuraad"], (await app.StakeholdersAsync(org)).Select(s => s.Name));
        Assert.Equal(["Wijkcompost"], (await app.InitiativesAsync(org)).Select(i => i.Name));
        Assert.False(await app.WithDbAsync((db, _) => db.SheetImportDrafts.AnyAsync(d => d.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task A_waiting_import_cannot_be_confirmed_through_another_kind_of_import()
    {
        var (org, client) = await app.SignedInAsync();
        var register = await PreviewAsync(client, org, "/stakeholders/import", Stakeholder("Milieuraad"));
        var inventoryPage = await client.OpenAsync(org.Url("/initiatives/import"));

        var refused = await client.PostAsync(org.Url("/initiatives/import?handler=Confirm"),
            [new("DraftId", DraftId(register)), new("__RequestVerificationToken", inventoryPage.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("verlopen of hoort niet bij jou", refused.FieldError("Upload"), StringComparison.Ordinal);
        Assert.Empty(await app.InitiativesAsync(org));
        Assert.Empty(await app.StakeholdersAsync(org));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(register, "#confirm-form", new Dictionary<string, string?>())).Status);
    }

    [Fact]
    public async Task A_new_upload_replaces_the_persons_earlier_waiting_import_of_that_kind()
    {
        var (org, client) = await app.SignedInAsync();
        var first = await PreviewAsync(client, org, "/stakeholders/import", Stakeholder("Milieuraad"));
        var second = await PreviewAsync(client, org, "/stakeholders/import", Stakeholder("Jeugdraad"));

        var stale = await client.SubmitAsync(first, "#confirm-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.Status);
        Assert.Empty(await app.StakeholdersAsync(org));

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(second, "#confirm-form", new Dictionary<string, string?>())).Status);
        Assert.Equal(["Jeugdraad"], (await app.StakeholdersAsync(org)).Select(s => s.Name));
    }
}
