using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Files;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Circulair.Web.Platform.Archive;

/// <summary>Why an archive was refused: a string key (Organisations.Archive.Error.*) and its arguments.</summary>
public sealed record ArchiveRefusal(string Key, params object[] Arguments)
{
    /// <summary>Set when the slug is taken: a free one to offer.</summary>
    public string? SuggestedSlug { get; init; }
}

public sealed record ArchiveImportResult(int? OrganisationId, string? Slug, ArchiveRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;
    public static ArchiveImportResult Refused(ArchiveRefusal refusal) => new(null, null, refusal);
}

/// <param name="Slug">The new organisation's slug; null: the archive's own.</param>
/// <param name="ImportingUserId">Becomes Beheerder of the new organisation, and stands in for accounts the target does not have where a column requires one.</param>
public sealed record ArchiveImportRequest(string? Slug = null, int? ImportingUserId = null);

/// <summary>
/// Recreates an archived organisation under new ids (decision 0320). First everything is checked without writing:
/// the zip opens, <c>archive.json</c> is of a known format and a schema version not newer than ours, every entry
/// exists with its SHA-256 and row count, every table and column is known, the slug is free. Then all rows go in
/// inside one transaction, in an order where referenced rows come first, each id column rewritten through the map
/// of old to new ids; a failure rolls everything back and removes the files already stored.
/// </summary>
public sealed class OrganisationImport(CirculairDbContext db, IFileStore files, TimeProvider clock, ILogger<OrganisationImport> logger)
{
    /// <param name="archive">A seekable stream: it is read twice (checked, then imported).</param>
    public async Task<ArchiveImportResult> RunAsync(Stream archive, ArchiveImportRequest request, CancellationToken ct)
    {
        var model = ArchiveModel.For(db);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            return ArchiveImportResult.Refused(new ArchiveRefusal("Organisations.Archive.Error.NotAnArchive"));
        }
        using (zip)
        {
            var (manifest, refusal) = await CheckAsync(zip, model, ct);
            if (refusal is not null)
            {
                return ArchiveImportResult.Refused(refusal);
            }
            var slug = string.IsNullOrWhiteSpace(request.Slug) ? manifest!.Slug : request.Slug.Trim();
            if (Slug.From(slug) != slug)
            {
                return ArchiveImportResult.Refused(new ArchiveRefusal("Organisations.Archive.Error.SlugInvalid", slug) { SuggestedSlug = Slug.From(slug) });
            }
            if (await db.Organisations.AnyAsync(o => o.Slug == slug, ct))
            {
                var taken = (await db.Organisations.Where(o => o.Slug.StartsWith(slug)).Select(o => o.Slug).ToListAsync(ct)).ToHashSet();
                var suggestion = Slug.Unique(slug, taken);
                return ArchiveImportResult.Refused(new ArchiveRefusal("Organisations.Archive.Error.SlugTaken", slug, suggestion) { SuggestedSlug = suggestion });
            }
            return await WriteAsync(zip, manifest!, model, slug, request, ct);
        }
    }

    private static async Task<(ArchiveManifest?, ArchiveRefusal?)> CheckAsync(ZipArchive zip, ArchiveModel model, CancellationToken ct)
    {
        ArchiveManifest? manifest;
        try
        {
            var entry = zip.GetEntry(ArchiveManifest.EntryName);
            if (entry is null)
            {
                return (null, new ArchiveRefusal("Organisations.Archive.Error.NotAnArchive"));
            }
            await using var stream = entry.Open();
            manifest = await JsonSerializer.DeserializeAsync<ArchiveManifest>(stream, OrganisationExport.ManifestJson, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException or NotSupportedException)
        {
            return (null, new ArchiveRefusal("Organisations.Archive.Error.Damaged", ArchiveManifest.EntryName));
        }
        if (manifest is null || manifest.Format != ArchiveManifest.FormatName || manifest.SchemaVersion < 1)
        {
            return (null, new ArchiveRefusal("Organisations.Archive.Error.NotAnArchive"));
        }
        if (manifest.SchemaVersion > ArchiveCatalogue.SchemaVersion)
        {
            return (null, new ArchiveRefusal("Organisations.Archive.Error.NewerVersion", manifest.SchemaVersion, ArchiveCatalogue.SchemaVersion));
        }
        foreach (var table in manifest.Tables)
        {
            if (!model.ByName.TryGetValue(table.Name, out var known)
                || table.Columns.FirstOrDefault(c => known.Columns.All(k => k.Name != c)) is { } _
                || known.Columns.Any(k => !k.IsNullable && !table.Columns.Contains(k.Name) && k != known.GeneratedKey))
            {
                return (null, new ArchiveRefusal("Organisations.Archive.Error.UnknownTable", table.Name));
            }
        }
        if (!manifest.Tables.Any(t => t.Name == nameof(Organisation) && t.Rows == 1))
        {
            return (null, new ArchiveRefusal("Organisations.Archive.Error.Damaged", nameof(Organisation)));
        }
        var entries = manifest.Tables.Select(t => (t.Entry, t.Sha256, Rows: (long?)t.Rows))
            .Concat(manifest.Files.Select(f => (f.Entry, f.Sha256, Rows: (long?)null)));
        foreach (var (name, sha, rows) in entries)
        {
            var entry = zip.GetEntry(name);
            if (entry is null)
            {
                return (null, new ArchiveRefusal("Organisations.Archive.Error.Damaged", name));
            }
            try
            {
                await using var stream = entry.Open();
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                long lines = 0;
                int read;
                while ((read = await stream.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    lines += buffer.AsSpan(0, read).Count((byte)'\n');
                }
                if (Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant() != sha)
                {
                    return (null, new ArchiveRefusal("Organisations.Archive.Error.Checksum", name));
                }
                if (rows is { } expected && lines != expected)
                {
                    return (null, new ArchiveRefusal("Organisations.Archive.Error.Damaged", name));
                }
            }
            catch (InvalidDataException)
            {
                return (null, new ArchiveRefusal("Organisations.Archive.Error.Damaged", name));
            }
        }
        return (manifest, null);
    }

    private async Task<ArchiveImportResult> WriteAsync(ZipArchive zip, ArchiveManifest manifest, ArchiveModel model, string slug, ArchiveImportRequest request, CancellationToken ct)
    {
        var storedFiles = new List<string>();
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var connection = db.Database.GetDbConnection();
                var dbTransaction = transaction.GetDbTransaction();
                var fileKeys = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var file in manifest.Files)
                {
                    await using var content = zip.GetEntry(file.Entry)!.Open();
                    var key = await files.SaveAsync(content, ct);
                    storedFiles.Add(key);
                    fileKeys[file.Key] = key;
                }
                var writer = new Writer(connection, dbTransaction, model, slug, request, fileKeys, await MapAccountsAsync(manifest, ct));
                foreach (var table in model.Tables)
                {
                    if (manifest.Tables.FirstOrDefault(t => t.Name == table.Name) is { } archived)
                    {
                        await writer.InsertAsync(table, archived, zip.GetEntry(archived.Entry)!, ct);
                    }
                }
                await writer.FinishAsync(ct);
                var organisationId = (int)writer.NewId(typeof(Organisation), writer.OldOrganisationId);
                if (request.ImportingUserId is { } userId)
                {
                    db.Memberships.Add(new Membership(organisationId, userId, OrganisationRole.Beheerder, clock.GetUtcNow().UtcDateTime));
                    await db.SaveChangesAsync(ct);
                }
                await transaction.CommitAsync(ct);
                logger.LogInformation("Imported organisation {Slug} from an archive of {Organisation} (schema {Version}).", slug, manifest.Organisation, manifest.SchemaVersion);
                return new ArchiveImportResult(organisationId, slug, null);
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Import of an organisation archive failed; nothing was kept.");
            foreach (var key in storedFiles)
            {
                await files.DeleteAsync(key, CancellationToken.None);
            }
            return ArchiveImportResult.Refused(new ArchiveRefusal(e is ArchiveContentException ? "Organisations.Archive.Error.Damaged" : "Organisations.Archive.Error.Failed",
                e is ArchiveContentException content ? content.Where : e.GetType().Name));
        }
    }

    /// <summary>Old account id → account of the target with the same e-mail address.</summary>
    private async Task<Dictionary<long, int>> MapAccountsAsync(ArchiveManifest manifest, CancellationToken ct)
    {
        var map = new Dictionary<long, int>();
        foreach (var account in manifest.Accounts.Where(a => !string.IsNullOrWhiteSpace(a.Email)))
        {
            var normalized = account.Email!.ToUpperInvariant();
            var id = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            if (id is { } found)
            {
                map[account.Id] = found;
            }
        }
        return map;
    }

    /// <summary>Writes rows with plain SQL on the context's connection and transaction (no tracking, no audit per row).</summary>
    private sealed class Writer(DbConnection connection, DbTransaction transaction, ArchiveModel model, string slug,
        ArchiveImportRequest request, Dictionary<string, string> fileKeys, Dictionary<long, int> accounts)
    {
        private readonly Dictionary<Type, Dictionary<long, long>> _ids = [];
        private readonly List<(ArchiveTable Table, ArchiveColumn Column, long NewId, long OldTarget)> _deferred = [];

        public long OldOrganisationId { get; private set; }

        public long NewId(Type type, long oldId) =>
            _ids.TryGetValue(type, out var map) && map.TryGetValue(oldId, out var id) ? id : throw new ArchiveContentException($"{type.Name} {oldId}");

        public async Task InsertAsync(ArchiveTable table, ArchiveTableEntry archived, ZipArchiveEntry entry, CancellationToken ct)
        {
            var ids = _ids[table.ClrType] = [];
            var positions = archived.Columns.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
            var columns = table.Columns.Where(c => c != table.GeneratedKey && positions.ContainsKey(c.Name)).ToList();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {ArchiveSql.Quote(table.TableName)} ({string.Join(", ", columns.Select(c => ArchiveSql.Quote(c.ColumnName)))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})" +
                (table.GeneratedKey is { } k ? $" RETURNING {ArchiveSql.Quote(k.ColumnName)}" : "");
            var parameters = columns.Select((c, i) => c.AddParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), null)).ToArray();
            var self = new List<(ArchiveColumn Column, long OldTarget)>();
            await using var stream = entry.Open();
            using var lines = new StreamReader(stream, Encoding.UTF8);
            var lineNumber = 0;
            while (await lines.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                using var row = ParseRow(line, table, lineNumber);
                var values = row.RootElement;
                self.Clear();
                var rowValues = new object?[columns.Count];
                for (var i = 0; i < columns.Count; i++)
                {
                    var column = columns[i];
                    object? value;
                    try
                    {
                        value = ArchiveValues.Read(values[positions[column.Name]], column.ClrType);
                    }
                    catch (Exception e) when (e is FormatException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
                    {
                        throw new ArchiveContentException($"{table.Name}, regel {lineNumber}, {column.Name}");
                    }
                    rowValues[i] = await RewriteAsync(table, column, value, self, ct);
                }
                if (table.ClrType == typeof(AuditEntry))
                {
                    PointAuditEntryAtNewRow(columns, rowValues);
                }
                if (table.ClrType == typeof(Circulair.FollowUp.AdoptedVersion) || table.ClrType == typeof(Circulair.FollowUp.StrategyVersion))
                {
                    // Both hold the same snapshot shape (AdoptedStrategy), whose ids are rewritten the same way.
                    var at = columns.FindIndex(c => c.Name == nameof(Circulair.FollowUp.AdoptedVersion.SnapshotJson));
                    if (at >= 0 && rowValues[at] is string snapshot)
                    {
                        rowValues[at] = AdoptedSnapshotIds.Rewrite(snapshot, MapForSnapshot);
                    }
                }
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = rowValues[i] is { } v ? ConvertToProvider(columns[i], v) : DBNull.Value;
                }
                var oldId = table.GeneratedKey is { } key ? Convert.ToInt64(ArchiveValues.Read(values[positions[key.Name]], key.ClrType), CultureInfo.InvariantCulture) : 0;
                if (table.GeneratedKey is not null)
                {
                    var newId = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
                    ids[oldId] = newId;
                    if (table.ClrType == typeof(Organisation))
                    {
                        OldOrganisationId = oldId;
                    }
                    foreach (var (column, oldTarget) in self)
                    {
                        _deferred.Add((table, column, newId, oldTarget));
                    }
                }
                else
                {
                    await command.ExecuteNonQueryAsync(ct);
                }
            }
        }

        /// <summary>
        /// The trail names the row an entry is about by its class name and id as text (AuditEntry comes last, so every
        /// other table has its new ids by now). An id of a row that no longer exists stays as it was.
        /// </summary>
        private void PointAuditEntryAtNewRow(List<ArchiveColumn> columns, object?[] values)
        {
            var typeAt = columns.FindIndex(c => c.Name == nameof(AuditEntry.EntityType));
            var idAt = columns.FindIndex(c => c.Name == nameof(AuditEntry.EntityId));
            if (typeAt < 0 || idAt < 0 || values[typeAt] is not string typeName || values[idAt] is not string oldText
                || !model.ByName.TryGetValue(typeName, out var target) || target.GeneratedKey is null
                || !long.TryParse(oldText, NumberStyles.None, CultureInfo.InvariantCulture, out var oldId)
                || !_ids.TryGetValue(target.ClrType, out var map) || !map.TryGetValue(oldId, out var newId))
            {
                return;
            }
            values[idAt] = newId.ToString(CultureInfo.InvariantCulture);
        }

        private long? MapForSnapshot(Type type, long oldId)
        {
            if (ArchiveCatalogue.IsAccount(type))
            {
                return accounts.TryGetValue(oldId, out var account) ? account : null;
            }
            return _ids.TryGetValue(type, out var map) && map.TryGetValue(oldId, out var id) ? id : null;
        }

        private static object ConvertToProvider(ArchiveColumn column, object value)
        {
            var converter = column.Property.GetTypeMapping().Converter;
            return converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        private static JsonDocument ParseRow(string line, ArchiveTable table, int lineNumber)
        {
            try
            {
                var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new JsonException();
                }
                return document;
            }
            catch (JsonException)
            {
                throw new ArchiveContentException($"{table.Name}, regel {lineNumber}");
            }
        }

        private async Task<object?> RewriteAsync(ArchiveTable table, ArchiveColumn column, object? value, List<(ArchiveColumn, long)> self, CancellationToken ct)
        {
            if (table.ClrType == typeof(Organisation))
            {
                if (column.Name == nameof(Organisation.ParentId))
                {
                    // The parent is another organisation, not in this archive.
                    return null;
                }
                if (column.InstanceUnique == InstanceUniqueRule.ChosenOnImport)
                {
                    return slug;
                }
            }
            if (column.InstanceUnique == InstanceUniqueRule.NewSecret && value is string)
            {
                return Convert.ToHexString(SHA256.HashData(RandomNumberGenerator.GetBytes(32)));
            }
            if (column.InstanceUnique == InstanceUniqueRule.NewWorkshopCodeWhenTaken && value is string code)
            {
                while (await IsTakenAsync(table, column, code, ct))
                {
                    code = WorkshopCode.New();
                }
                return code;
            }
            if (value is null)
            {
                return null;
            }
            if (column.IsFile)
            {
                return fileKeys.GetValueOrDefault((string)value, (string)value);
            }
            if (column.ReferencesAccount)
            {
                var old = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                if (accounts.TryGetValue(old, out var mapped))
                {
                    return Cast(column, mapped);
                }
                return column.IsNullable ? null : Cast(column, request.ImportingUserId ?? 0);
            }
            if (column.References is { } target)
            {
                var old = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                if (target == table.ClrType && table.GeneratedKey is not null)
                {
                    if (!column.IsNullable)
                    {
                        throw new ArchiveContentException($"{table.Name}.{column.Name}");
                    }
                    // Points into the table being written: set once every row of it has its new id.
                    self.Add((column, old));
                    return null;
                }
                return Cast(column, NewId(target, old));
            }
            return value;
        }

        private static object Cast(ArchiveColumn column, long id) => column.ClrType == typeof(long) ? id : checked((int)id);

        private async Task<bool> IsTakenAsync(ArchiveTable table, ArchiveColumn column, string value, CancellationToken ct)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT COUNT(*) FROM {ArchiveSql.Quote(table.TableName)} WHERE {ArchiveSql.Quote(column.ColumnName)} = @v";
            column.AddParameter(command, "@v", value);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
        }

        /// <summary>Sets the references that point into their own table, now that every row of it has its new id.</summary>
        public async Task FinishAsync(CancellationToken ct)
        {
            foreach (var (table, column, newId, oldTarget) in _deferred)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"UPDATE {ArchiveSql.Quote(table.TableName)} SET {ArchiveSql.Quote(column.ColumnName)} = @v WHERE {ArchiveSql.Quote(table.GeneratedKey!.ColumnName)} = @id";
                column.AddParameter(command, "@v", Cast(column, NewId(table.ClrType, oldTarget)));
                table.GeneratedKey.AddParameter(command, "@id", Cast(table.GeneratedKey, newId));
                await command.ExecuteNonQueryAsync(ct);
            }
        }

    }
}

/// <summary>An archive whose checksums match but whose content does not fit (a value of the wrong kind, a missing row).</summary>
public sealed class ArchiveContentException(string where) : Exception($"The archive's content does not fit at {where}.")
{
    public string Where { get; } = where;
}
