using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Scan;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>Table and column names of <see cref="ScanObservation"/> as the EF model maps them (quoted for both providers).</summary>
internal sealed record ObservationTable(string Table, string[] Columns)
{
    public static ObservationTable Of(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(ScanObservation))!;
        string Column(string property) => "\"" + entity.FindProperty(property)!.GetColumnName() + "\"";
        return new ObservationTable("\"" + entity.GetTableName() + "\"",
        [
            Column(nameof(ScanObservation.OrganisationId)), Column(nameof(ScanObservation.ScanDatasetId)), Column(nameof(ScanObservation.AreaCode)),
            Column(nameof(ScanObservation.Year)), Column(nameof(ScanObservation.CategoryCode)), Column(nameof(ScanObservation.Value)), Column(nameof(ScanObservation.Unit)),
        ]);
    }
}

/// <summary>
/// SQLite: one statement that inserts <see cref="RowsPerStatement"/> rows at a time, prepared once on the
/// connection's native handle and reused for every batch, inside the caller's transaction. Values are bound by
/// position straight into SQLite (no ADO.NET parameter objects, no boxing, no lookup of parameter names, which
/// made statements with many rows slower through Microsoft.Data.Sqlite), and the few distinct codes and units
/// are turned into UTF-8 once. The connection's page cache is raised for the duration of the write so that a
/// large import does not spill pages (and, in rollback-journal mode, lock out readers) before it commits.
/// </summary>
public sealed class SqliteObservationWriter : IObservationBulkWriter
{
    public const int RowsPerStatement = 32;

    /// <summary>Page cache of the importing connection while it writes, in KiB (SQLite's default is 2,000).</summary>
    public const int ImportCacheKibibytes = 16 * 1024;

    public async Task<long> WriteAsync(CirculairDbContext db, IEnumerable<ObservationRow> rows, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        _ = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk writer runs inside a transaction.");
        var table = ObservationTable.Of(db);
        var cacheBefore = Pragma(connection, "PRAGMA cache_size");
        Execute(connection, $"PRAGMA cache_size = -{ImportCacheKibibytes}");
        try
        {
            using var full = new NativeInsert(connection, table, RowsPerStatement);
            using var single = new NativeInsert(connection, table, 1);
            var batch = new ObservationRow[RowsPerStatement];
            var n = 0;
            long written = 0;
            var organisations = new OrganisationsSeen();
            foreach (var row in rows)
            {
                organisations.Add(row.OrganisationId);
                batch[n++] = row;
                if (n == RowsPerStatement)
                {
                    full.Run(batch);
                    written += n;
                    n = 0;
                    if ((written & 0xFFFF) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }
                }
            }
            for (var i = 0; i < n; i++)
            {
                single.Run(batch.AsSpan(i, 1));
                written++;
            }
            await OrganisationDataVersion.RaiseAsync(db, organisations.Ids, ct);
            return written;
        }
        finally
        {
            Execute(connection, $"PRAGMA cache_size = {cacheBefore}");
        }
    }

    private static long Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A multi-row INSERT prepared on the native handle; values bound by position.</summary>
    private sealed class NativeInsert : IDisposable
    {
        private readonly SQLitePCL.sqlite3 _db;
        private readonly SQLitePCL.sqlite3_stmt _statement;
        private readonly Utf8Cache _text = new();

        public NativeInsert(SqliteConnection connection, ObservationTable table, int rows)
        {
            _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
            var values = string.Join(',', Enumerable.Repeat("(?,?,?,?,?,?,?)", rows));
            Check(SQLitePCL.raw.sqlite3_prepare_v2(_db, $"INSERT INTO {table.Table} ({string.Join(',', table.Columns)}) VALUES {values}", out _statement));
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Run(ReadOnlySpan<ObservationRow> rows)
        {
            var s = _statement;
            for (var r = 0; r < rows.Length; r++)
            {
                var row = rows[r];
                var b = r * 7;
                SQLitePCL.raw.sqlite3_bind_int(s, b + 1, row.OrganisationId);
                SQLitePCL.raw.sqlite3_bind_int(s, b + 2, row.ScanDatasetId);
                SQLitePCL.raw.sqlite3_bind_text(s, b + 3, _text.Of(row.AreaCode));
                SQLitePCL.raw.sqlite3_bind_int(s, b + 4, row.Year);
                SQLitePCL.raw.sqlite3_bind_text(s, b + 5, _text.Of(row.CategoryCode));
                SQLitePCL.raw.sqlite3_bind_double(s, b + 6, row.Value);
                SQLitePCL.raw.sqlite3_bind_text(s, b + 7, _text.Of(row.Unit));
            }
            var rc = SQLitePCL.raw.sqlite3_step(s);
            SQLitePCL.raw.sqlite3_reset(s);
            if (rc != SQLitePCL.raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }

        private void Check(int rc)
        {
            if (rc is not SQLitePCL.raw.SQLITE_OK and not SQLitePCL.raw.SQLITE_DONE)
            {
                throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
            }
        }

        public void Dispose() => _statement?.Dispose();
    }

    /// <summary>UTF-8 bytes of the few distinct codes and units of an import, made once each.</summary>
    private sealed class Utf8Cache
    {
        private readonly Dictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

        public ReadOnlySpan<byte> Of(string text)
        {
            if (!_bytes.TryGetValue(text, out var bytes))
            {
                bytes = System.Text.Encoding.UTF8.GetBytes(text);
                if (_bytes.Count < 100_000)
                {
                    _bytes[text] = bytes;
                }
            }
            return bytes;
        }
    }
}

/// <summary>PostgreSQL: binary COPY through Npgsql, inside the caller's transaction.</summary>
public sealed class PostgresObservationWriter : IObservationBulkWriter
{
    public async Task<long> WriteAsync(CirculairDbContext db, IEnumerable<ObservationRow> rows, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var table = ObservationTable.Of(db);
        long written = 0;
        var organisations = new OrganisationsSeen();
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table.Table} ({string.Join(',', table.Columns)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            // Synchronous writes fill Npgsql's buffer; it flushes to the server as the buffer fills.
            organisations.Add(row.OrganisationId);
            copy.StartRow();
            copy.Write(row.OrganisationId, NpgsqlDbType.Integer);
            copy.Write(row.ScanDatasetId, NpgsqlDbType.Integer);
            copy.Write(row.AreaCode, NpgsqlDbType.Text);
            copy.Write(row.Year, NpgsqlDbType.Integer);
            copy.Write(row.CategoryCode, NpgsqlDbType.Text);
            copy.Write(row.Value, NpgsqlDbType.Double);
            copy.Write(row.Unit, NpgsqlDbType.Text);
            written++;
        }
        await copy.CompleteAsync(ct);
        await copy.DisposeAsync();
        await OrganisationDataVersion.RaiseAsync(db, organisations.Ids, ct);
        return written;
    }
}

/// <summary>
/// The organisations whose figures a bulk write touched: the writer raises their data versions itself (the rows never
/// pass the change tracker, so the audit interceptor does not see them), in the caller's transaction.
/// </summary>
internal sealed class OrganisationsSeen
{
    private int _last = -1;

    public HashSet<int> Ids { get; } = [];

    public void Add(int organisationId)
    {
        if (organisationId != _last)
        {
            Ids.Add(organisationId);
            _last = organisationId;
        }
    }
}
