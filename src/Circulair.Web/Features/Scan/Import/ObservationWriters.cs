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
/// SQLite: one prepared statement that inserts <see cref="RowsPerStatement"/> rows at a time, reused for every
/// batch, inside the caller's transaction. Few rows per statement on purpose: Microsoft.Data.Sqlite binds every
/// parameter by name on each execution and SQLite looks names up linearly, so a 200-row statement (1,400
/// parameters) measured three times slower than 8–12 rows; one row per statement pays the per-call overhead.
/// </summary>
public sealed class SqliteObservationWriter : IObservationBulkWriter
{
    public const int RowsPerStatement = 10;

    public async Task<long> WriteAsync(CirculairDbContext db, IEnumerable<ObservationRow> rows, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk writer runs inside a transaction.");
        var table = ObservationTable.Of(db);
        var perStatement = RowsPerStatement;
        using var full = Command(connection, transaction, table, perStatement);
        using var single = Command(connection, transaction, table, 1);
        var batch = new ObservationRow[perStatement];
        var n = 0;
        long written = 0;
        var organisations = new OrganisationsSeen();
        foreach (var row in rows)
        {
            organisations.Add(row.OrganisationId);
            batch[n++] = row;
            if (n == perStatement)
            {
                Bind(full, batch, perStatement);
                await full.ExecuteNonQueryAsync(ct);
                written += n;
                n = 0;
            }
        }
        for (var i = 0; i < n; i++)
        {
            Bind(single, batch.AsSpan(i, 1), 1);
            await single.ExecuteNonQueryAsync(ct);
            written++;
        }
        await OrganisationDataVersion.RaiseAsync(db, organisations.Ids, ct);
        return written;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, ObservationTable table, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new System.Text.StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            values.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < 7; c++)
            {
                var name = "$p" + (r * 7 + c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                values.Append(c == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter(name, null));
            }
            values.Append(')');
        }
        command.CommandText = $"INSERT INTO {table.Table} ({string.Join(',', table.Columns)}) VALUES {values}";
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, ReadOnlySpan<ObservationRow> rows, int count)
    {
        var p = command.Parameters;
        for (var r = 0; r < count; r++)
        {
            var row = rows[r];
            var b = r * 7;
            p[b].Value = row.OrganisationId;
            p[b + 1].Value = row.ScanDatasetId;
            p[b + 2].Value = row.AreaCode;
            p[b + 3].Value = row.Year;
            p[b + 4].Value = row.CategoryCode;
            p[b + 5].Value = row.Value;
            p[b + 6].Value = row.Unit;
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
