using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Circulair.FollowUp;
using Circulair.Web.Platform.Archive;
using Circulair.Web.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform.Archive;

/// <summary>
/// The organisation archive on the database of this test run: the demo organisation goes out and comes back under
/// new ids with equal content; each kind of bad archive is refused with its own message before anything is written.
/// </summary>
public sealed class OrganisationArchiveTests(ArchiveAppOfThisRun app) : IClassFixture<ArchiveAppOfThisRun>
{
    private static string NewSlug() => "kopie-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Gives one progress update of the demo an evidence file, so the round trip carries a stored file.</summary>
    private async Task<byte[]> AttachEvidenceAsync()
    {
        var content = Encoding.UTF8.GetBytes("bewijsstuk " + Guid.NewGuid());
        await app.WithDbAsync(async (db, sp) =>
        {
            var key = await sp.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(content), CancellationToken.None);
            var update = await db.Set<ProgressUpdate>().Where(u => u.OrganisationId == app.DemoOrganisationId).OrderBy(u => u.Id).FirstAsync();
            await db.Set<ProgressUpdate>().Where(u => u.Id == update.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EvidenceFileKey, key));
            return true;
        });
        return content;
    }

    [Fact]
    public async Task Demo_organisation_comes_back_under_new_ids_with_equal_content_and_its_files()
    {
        await AttachEvidenceAsync();
        var before = await OrganisationContent.ReadAsync(app, app.DemoOrganisationId);
        var archive = await app.ExportAsync(app.DemoOrganisationId);

        var slug = NewSlug();
        var result = await app.ImportAsync(archive, new ArchiveImportRequest(slug));

        Assert.True(result.Succeeded, result.Refusal?.Key);
        Assert.NotEqual(app.DemoOrganisationId, result.OrganisationId);
        Assert.Equal(slug, result.Slug);
        var after = await OrganisationContent.ReadAsync(app, result.OrganisationId!.Value);
        Assert.True(before["PlannedAction"].Count > 0 && before["ScanObservation"].Count > 0 && before["AuditEntry"].Count > 0 && before["AdoptedVersion"].Count > 0);
        OrganisationContent.AssertEqual(before, after);
        // The copy's rows are its own: no id of the original organisation is used by the copy.
        var shared = await app.WithDbAsync((db, _) => db.Set<Circulair.Strategy.PlannedAction>()
            .Where(a => a.OrganisationId == result.OrganisationId).Select(a => a.Id)
            .Intersect(db.Set<Circulair.Strategy.PlannedAction>().Where(a => a.OrganisationId == app.DemoOrganisationId).Select(a => a.Id)).CountAsync());
        Assert.Equal(0, shared);
    }

    [Fact]
    public async Task A_slug_that_is_taken_is_refused_with_a_free_one_offered_and_nothing_written()
    {
        var archive = await app.ExportAsync(app.DemoOrganisationId);
        var count = await OrganisationCountAsync();

        var result = await app.ImportAsync(archive);

        Assert.Equal("Organisations.Archive.Error.SlugTaken", result.Refusal?.Key);
        Assert.NotNull(result.Refusal!.SuggestedSlug);
        Assert.NotEqual("demostad", result.Refusal.SuggestedSlug);
        Assert.Equal(count, await OrganisationCountAsync());
    }

    [Fact]
    public async Task A_truncated_archive_is_refused_and_nothing_written()
    {
        var archive = await app.ExportAsync(app.DemoOrganisationId);
        await AssertRefusedAsync(archive[..(archive.Length / 2)], "Organisations.Archive.Error.NotAnArchive");
        await AssertRefusedAsync(Encoding.UTF8.GetBytes("geen zip"), "Organisations.Archive.Error.NotAnArchive");
    }

    [Fact]
    public async Task An_archive_of_a_newer_schema_version_is_refused()
    {
        var archive = Rewrite(await app.ExportAsync(app.DemoOrganisationId), manifest: m => m["schemaVersion"] = ArchiveCatalogue.SchemaVersion + 1);
        await AssertRefusedAsync(archive, "Organisations.Archive.Error.NewerVersion");
    }

    [Fact]
    public async Task An_entry_whose_checksum_does_not_match_is_refused()
    {
        var archive = Rewrite(await app.ExportAsync(app.DemoOrganisationId),
            table: ("tables/Stakeholder.jsonl", text => text.Replace("\"", "\"x", StringComparison.Ordinal)), fixChecksum: false);
        var refusal = await AssertRefusedAsync(archive, "Organisations.Archive.Error.Checksum");
        Assert.Equal("tables/Stakeholder.jsonl", refusal.Arguments[0]);
    }

    [Fact]
    public async Task An_import_that_fails_halfway_leaves_no_rows_and_no_files_behind()
    {
        await AttachEvidenceAsync();
        // A sound archive except that the last action points to an action line that is not in it: found only when
        // the actions are written, long after the organisation, its stakeholders and its files.
        var archive = Rewrite(await app.ExportAsync(app.DemoOrganisationId), table: ("tables/PlannedAction.jsonl", text =>
        {
            var lines = text.TrimEnd('\n').Split('\n');
            var header = ArchiveHeader(lines[0]);
            var row = JsonNode.Parse(lines[^1])!.AsArray();
            row[header.IndexOf("ActionLineId")] = 999_999_999;
            lines[^1] = row.ToJsonString();
            return string.Join('\n', lines) + "\n";
        }), fixChecksum: true);
        var stakeholders = await app.WithDbAsync((db, _) => db.Stakeholders.CountAsync());
        var files = Directory.EnumerateFiles(FileFolder(), "*", SearchOption.AllDirectories).Count();
        var count = await OrganisationCountAsync();

        await AssertRefusedAsync(archive, "Organisations.Archive.Error.Damaged", new ArchiveImportRequest(NewSlug()));

        Assert.Equal(count, await OrganisationCountAsync());
        Assert.Equal(stakeholders, await app.WithDbAsync((db, _) => db.Stakeholders.CountAsync()));
        Assert.Equal(files, Directory.EnumerateFiles(FileFolder(), "*", SearchOption.AllDirectories).Count());
    }

    private List<string> ArchiveHeader(string _) =>
        app.WithDbAsync((db, _) => Task.FromResult(ArchiveModel.For(db).ByName["PlannedAction"].Columns.Select(c => c.Name).ToList())).GetAwaiter().GetResult();

    private string FileFolder() => app.WithDbAsync((_, sp) => Task.FromResult(sp.GetRequiredService<FileStoreOptions>().Folder)).GetAwaiter().GetResult();

    private Task<int> OrganisationCountAsync() => app.WithDbAsync((db, _) => db.Organisations.CountAsync());

    private async Task<ArchiveRefusal> AssertRefusedAsync(byte[] archive, string key, ArchiveImportRequest? request = null)
    {
        var count = await OrganisationCountAsync();
        var result = await app.ImportAsync(archive, request ?? new ArchiveImportRequest(NewSlug()));
        Assert.Equal(key, result.Refusal?.Key);
        Assert.Equal(count, await OrganisationCountAsync());
        return result.Refusal!;
    }

    /// <summary>A copy of the archive with the manifest or one table entry changed; checksums recomputed when asked.</summary>
    internal static byte[] Rewrite(byte[] archive, Action<JsonObject>? manifest = null, (string Entry, Func<string, string> Change)? table = null, bool fixChecksum = true)
    {
        using var buffer = new MemoryStream();
        buffer.Write(archive);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var manifestEntry = zip.GetEntry(ArchiveManifest.EntryName)!;
            JsonObject document;
            using (var reader = new StreamReader(manifestEntry.Open()))
            {
                document = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
            }
            if (table is { } t)
            {
                var entry = zip.GetEntry(t.Entry)!;
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }
                var changed = Encoding.UTF8.GetBytes(t.Change(text));
                entry.Delete();
                using (var stream = zip.CreateEntry(t.Entry).Open())
                {
                    stream.Write(changed);
                }
                if (fixChecksum)
                {
                    var listed = document["tables"]!.AsArray().Single(x => (string)x!["entry"]! == t.Entry)!.AsObject();
                    listed["sha256"] = Convert.ToHexString(SHA256.HashData(changed)).ToLowerInvariant();
                }
            }
            manifest?.Invoke(document);
            manifestEntry.Delete();
            using var output = zip.CreateEntry(ArchiveManifest.EntryName).Open();
            output.Write(Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
        }
        return buffer.ToArray();
    }
}
