using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Circulair.Persistence;
using Circulair.Web.Platform.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.Archive;

/// <summary>
/// Writes everything of one organisation into an archive (decision 0320): one JSON Lines entry per table, read with a
/// forward-only reader inside one read transaction, so the archive is a consistent snapshot and a table of a million
/// scan figures never sits in memory; then the stored files; then <c>archive.json</c> with every entry's SHA-256.
/// </summary>
public sealed class OrganisationExport(CirculairDbContext db, IFileStore files, TimeProvider clock)
{
    public static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes the archive of organisation <paramref name="organisationId"/> to <paramref name="output"/> (left open).</summary>
    public async Task<ArchiveManifest> WriteAsync(int organisationId, Stream output, CancellationToken ct)
    {
        var model = ArchiveModel.For(db);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        try
        {
            // A deferred read transaction on SQLite (a snapshot that blocks no writer in WAL mode); repeatable read on
            // PostgreSQL: either way every table is read as of one moment.
            await using var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true)
                : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            var organisation = await ReadOrganisationAsync(connection, transaction, organisationId, ct);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            var tables = new List<ArchiveTableEntry>();
            var fileKeys = new List<string>();
            var accountIds = new HashSet<long>();
            foreach (var table in model.Tables)
            {
                tables.Add(await WriteTableAsync(zip, connection, transaction, table, organisationId, fileKeys, accountIds, ct));
            }
            var fileEntries = new List<ArchiveFileEntry>();
            foreach (var key in fileKeys.Distinct(StringComparer.Ordinal))
            {
                if (await WriteFileAsync(zip, key, fileEntries.Count + 1, ct) is { } entry)
                {
                    fileEntries.Add(entry);
                }
            }
            var manifest = new ArchiveManifest
            {
                SchemaVersion = ArchiveCatalogue.SchemaVersion,
                ExportedAt = clock.GetUtcNow().UtcDateTime,
                Organisation = organisation.Name,
                Slug = organisation.Slug,
                Tables = tables,
                Files = fileEntries,
                Accounts = await ReadAccountsAsync(connection, transaction, accountIds, ct),
            };
            var manifestEntry = zip.CreateEntry(ArchiveManifest.EntryName, CompressionLevel.Optimal);
            await using (var stream = manifestEntry.Open())
            {
                await JsonSerializer.SerializeAsync(stream, manifest, ManifestJson, ct);
            }
            await transaction.CommitAsync(ct);
            return manifest;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<(string Name, string Slug)> ReadOrganisationAsync(DbConnection connection, DbTransaction transaction, int organisationId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT \"Name\", \"Slug\" FROM \"Organisations\" WHERE \"Id\" = @id";
        var p = command.CreateParameter();
        p.ParameterName = "@id";
        p.Value = organisationId;
        command.Parameters.Add(p);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException($"Organisation {organisationId} does not exist.");
        }
        return (reader.GetString(0), reader.GetString(1));
    }

    private static async Task<ArchiveTableEntry> WriteTableAsync(ZipArchive zip, DbConnection connection, DbTransaction transaction, ArchiveTable table,
        int organisationId, List<string> fileKeys, HashSet<long> accountIds, CancellationToken ct)
    {
        var entryName = $"tables/{table.Name}.jsonl";
        var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest);
        long rows = 0;
        string sha;
        await using (var stream = entry.Open())
        await using (var hashing = new HashingStream(stream))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = ArchiveSql.Select(table);
            var p = command.CreateParameter();
            p.ParameterName = "@org";
            p.Value = organisationId;
            command.Parameters.Add(p);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            var newline = "\n"u8.ToArray();
            await using (var writer = new Utf8JsonWriter(hashing, new JsonWriterOptions { SkipValidation = true }))
            {
                while (await reader.ReadAsync(ct))
                {
                    writer.WriteStartArray();
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        var column = table.Columns[i];
                        var value = column.Read(reader, i);
                        if (value is not null && column.IsFile)
                        {
                            fileKeys.Add((string)value);
                        }
                        if (value is not null && column.ReferencesAccount)
                        {
                            accountIds.Add(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                        }
                        ArchiveValues.Write(writer, value);
                    }
                    writer.WriteEndArray();
                    // Synchronous: the entry is a deflate stream over a temporary file, and a flush per row is cheap.
                    writer.Flush();
                    hashing.Write(newline);
                    writer.Reset();
                    rows++;
                }
            }
            sha = hashing.Hash();
        }
        return new ArchiveTableEntry(table.Name, entryName, [.. table.Columns.Select(c => c.Name)], rows, sha);
    }

    private async Task<ArchiveFileEntry?> WriteFileAsync(ZipArchive zip, string key, int number, CancellationToken ct)
    {
        Stream? content;
        try
        {
            content = await files.OpenReadAsync(key, ct);
        }
        catch (ArgumentException)
        {
            content = null;
        }
        await using var _ = content;
        if (content is null)
        {
            // A row names a file the store no longer has; the import keeps the row and its key, as here.
            return null;
        }
        var entryName = $"files/{number:D6}";
        var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest);
        await using var stream = entry.Open();
        await using var hashing = new HashingStream(stream);
        await content.CopyToAsync(hashing, ct);
        return new ArchiveFileEntry(key, entryName, hashing.Length, hashing.Hash());
    }

    private static async Task<List<ArchiveAccount>> ReadAccountsAsync(DbConnection connection, DbTransaction transaction, HashSet<long> ids, CancellationToken ct)
    {
        var accounts = new List<ArchiveAccount>();
        foreach (var id in ids.Order())
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT \"Email\", \"DisplayName\" FROM \"AspNetUsers\" WHERE \"Id\" = @id";
            var p = command.CreateParameter();
            p.ParameterName = "@id";
            p.Value = (int)id;
            command.Parameters.Add(p);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                accounts.Add(new ArchiveAccount(id, reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }
        return accounts;
    }
}

/// <summary>The SQL the archive runs, the same on SQLite and PostgreSQL (double-quoted names, named parameters).</summary>
internal static class ArchiveSql
{
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Select(ArchiveTable table) =>
        $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.ColumnName)))} FROM {Quote(table.TableName)} " +
        $"WHERE {Quote(table.Scope.ColumnName)} = @org ORDER BY {string.Join(", ", table.Key.Select(c => Quote(c.ColumnName)))}";
}

/// <summary>Passes writes through and keeps their SHA-256 and length.</summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override long Length => _length;
    private long _length;

    public string Hash() => Convert.ToHexString(_hash.GetHashAndReset()).ToLowerInvariant();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _length += buffer.Length;
        inner.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _hash.AppendData(buffer.Span);
        _length += buffer.Length;
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
