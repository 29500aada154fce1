using System.IO.Compression;
using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Platform.Archive;

/// <summary>The archive's two pages: a Beheerder downloads, a platform administrator imports.</summary>
public sealed class ArchivePagesTests(SharedApp app)
{
    private async Task<(TestOrganisation Org, byte[] Archive)> DownloadAsync()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Beheerder);
        var page = await client.OpenAsync(org.Url("/archive"));
        var download = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("application/zip", download.ContentType);
        return (org, download.Bytes);
    }

    [Fact]
    public async Task A_Beheerder_downloads_an_archive_that_a_platform_administrator_imports_as_a_new_organisation()
    {
        var (org, archive) = await DownloadAsync();
        using (var zip = new ZipArchive(new MemoryStream(archive)))
        {
            Assert.NotNull(zip.GetEntry("archive.json"));
        }
        var admin = await app.LoggedInClientAsync(app.Administrator);
        var form = await admin.OpenAsync("/organisations/import");
        var slug = "import-" + Guid.NewGuid().ToString("N")[..8];

        var done = await admin.SubmitWithFileAsync(form, "#import-form", new Dictionary<string, string?> { ["Slug"] = slug }, "Upload", "archief.zip", archive, "application/zip");

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal($"/o/{slug}", done.Location);
        var (name, role) = await app.WithDbAsync(async (db, _) =>
        {
            var created = await db.Organisations.SingleAsync(o => o.Slug == slug);
            var membership = await db.Memberships.SingleAsync(m => m.OrganisationId == created.Id);
            return (created.Name, (membership.UserId, membership.Role));
        });
        Assert.Equal(org.Name, name);
        Assert.Equal((app.Administrator.Id, OrganisationRole.Beheerder), role);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/o/{slug}")).Status);
    }

    [Fact]
    public async Task A_taken_slug_comes_back_with_the_error_summary_and_a_free_slug_filled_in()
    {
        var (org, archive) = await DownloadAsync();
        var admin = await app.LoggedInClientAsync(app.Administrator);
        var form = await admin.OpenAsync("/organisations/import");
        // Counted by slug: other tests create organisations in the same app at the same time.
        var count = await app.WithDbAsync((db, _) => db.Organisations.CountAsync(o => o.Slug.StartsWith(org.Slug)));

        var refused = await admin.SubmitWithFileAsync(form, "#import-form", new Dictionary<string, string?>(), "Upload", "archief.zip", archive, "application/zip");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title);
        Assert.Contains(refused.ErrorSummary, e => e.Contains(org.Slug, StringComparison.Ordinal));
        Assert.Equal(org.Slug + "-2", refused.ValueOf("Slug"));
        Assert.Equal(count, await app.WithDbAsync((db, _) => db.Organisations.CountAsync(o => o.Slug.StartsWith(org.Slug))));
    }

    [Fact]
    public async Task A_file_that_is_no_archive_or_no_file_at_all_is_refused_in_Dutch()
    {
        var admin = await app.LoggedInClientAsync(app.Administrator);
        var form = await admin.OpenAsync("/organisations/import");

        var notZip = await admin.SubmitWithFileAsync(form, "#import-form", new Dictionary<string, string?>(), "Upload", "archief.zip", "dit is geen zip"u8.ToArray(), "application/zip");
        var none = await admin.SubmitWithFileAsync(form, "#import-form", new Dictionary<string, string?>(), "Upload", null, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notZip.Status);
        Assert.Contains("geen volledig Circulair-archief", notZip.FieldError("Upload"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.Status);
        Assert.Contains("Kies een archiefbestand", none.FieldError("Upload"));
    }

    [Fact]
    public async Task Only_a_platform_administrator_finds_the_import_and_only_a_Beheerder_the_export()
    {
        var (org, coordinator) = await app.SignedInAsync(OrganisationRole.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/organisations/import")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(org.Url("/archive"))).Status);
    }
}
