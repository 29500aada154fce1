using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Circulair.Persistence;
using Circulair.Web.Platform.Archive;
using Circulair.Web.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform.Archive;

/// <summary>
/// A generic comparer over the model: all content of one organisation, table by table, with every id (keys and the
/// columns that point to them) replaced by the row's position in its table ordered by key, so two organisations with
/// the same content under different ids read the same. Columns the import must change (slug, secret token hashes,
/// workshop codes, accounts, the parent) are left out; stored files are compared by their content's SHA-256.
/// Timestamps are compared to the microsecond, what PostgreSQL keeps; decimals by value, not by scale.
/// </summary>
public static class OrganisationContent
{
    public static Task<Dictionary<string, List<string>>> ReadAsync(CirculairFactory app, int organisationId) =>
        app.WithDbAsync(async (db, sp) =>
        {
            var files = sp.GetRequiredService<IFileStore>();
            var model = ArchiveModel.For(db);
            var raw = new Dictionary<Type, List<object?[]>>();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            foreach (var table in model.Tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ArchiveSql.Select(table);
                var p = command.CreateParameter();
                p.ParameterName = "@org";
                p.Value = organisationId;
                command.Parameters.Add(p);
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<object?[]>();
                while (await reader.ReadAsync())
                {
                    rows.Add([.. table.Columns.Select((c, i) => c.Read(reader, i))]);
                }
                raw[table.ClrType] = rows;
            }
            // Position of each id in its table (rows come ordered by key).
            var rank = new Dictionary<Type, Dictionary<long, int>>();
            foreach (var table in model.Tables.Where(t => t.GeneratedKey is not null))
            {
                var at = table.Columns.ToList().IndexOf(table.GeneratedKey!);
                rank[table.ClrType] = raw[table.ClrType].Select((r, i) => (Id: Convert.ToInt64(r[at], CultureInfo.InvariantCulture), i)).ToDictionary(x => x.Id, x => x.i);
            }
            string Rank(Type type, object id) =>
                rank.TryGetValue(type, out var map) && map.TryGetValue(Convert.ToInt64(id, CultureInfo.InvariantCulture), out var r) ? "#" + r : "#missing:" + id;

            var content = new Dictionary<string, List<string>>();
            foreach (var table in model.Tables)
            {
                var lines = new List<string>();
                foreach (var row in raw[table.ClrType])
                {
                    var cells = new List<string>();
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        var column = table.Columns[i];
                        var value = row[i];
                        string cell;
                        if (column.ReferencesAccount || column.InstanceUnique is not null || (table.ClrType == typeof(Circulair.Organisations.Organisation) && column.Name == "ParentId"))
                        {
                            continue;
                        }
                        if (value is null)
                        {
                            cell = "null";
                        }
                        else if (column == table.GeneratedKey)
                        {
                            cell = Rank(table.ClrType, value);
                        }
                        else if (column.References is { } target)
                        {
                            cell = Rank(target, value);
                        }
                        else if (column.IsFile)
                        {
                            await using var file = await files.OpenReadAsync((string)value, CancellationToken.None);
                            cell = file is null ? "file:missing" : "file:" + Convert.ToHexString(await SHA256.HashDataAsync(file));
                        }
                        else if (table.ClrType == typeof(Circulair.Audit.AuditEntry) && column.Name == "EntityId"
                            && model.ByName.TryGetValue((string)row[table.Columns.ToList().FindIndex(c => c.Name == "EntityType")]!, out var about) && about.GeneratedKey is not null
                            && long.TryParse((string)value, out _))
                        {
                            cell = Rank(about.ClrType, value);
                        }
                        else if ((table.ClrType == typeof(Circulair.FollowUp.AdoptedVersion) || table.ClrType == typeof(Circulair.FollowUp.StrategyVersion)) && column.Name == "SnapshotJson")
                        {
                            // Ids inside the adopted strategy, by position too; accounts left out like the account columns.
                            cell = AdoptedSnapshotIds.Rewrite((string)value, (type, id) =>
                                type == typeof(Circulair.Accounts.AppUser) ? null : rank.TryGetValue(type, out var m) && m.TryGetValue(id, out var r) ? r : -1);
                        }
                        else
                        {
                            cell = value switch
                            {
                                DateTime d => new DateTime(d.Ticks - d.Ticks % 10, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
                                double d => d.ToString("R", CultureInfo.InvariantCulture),
                                // SQLite keeps a decimal's scale as written, PostgreSQL's numeric as the column says: 3000.0 = 3000.00.
                                decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
                                _ => JsonSerializer.Serialize(value, value.GetType()),
                            };
                        }
                        cells.Add(column.Name + "=" + cell);
                    }
                    lines.Add(string.Join("|", cells));
                }
                // Rows of tables without a generated key (composite keys) are compared as a set.
                if (table.GeneratedKey is null)
                {
                    lines.Sort(StringComparer.Ordinal);
                }
                content[table.Name] = lines;
            }
            await db.Database.CloseConnectionAsync();
            return content;
        });

    /// <summary>Asserts equal content, naming the first table and row that differ.</summary>
    public static void AssertEqual(Dictionary<string, List<string>> expected, Dictionary<string, List<string>> actual)
    {
        var report = new StringBuilder();
        foreach (var (table, rows) in expected)
        {
            var other = actual[table];
            if (rows.Count != other.Count)
            {
                report.AppendLine($"{table}: {rows.Count} rows expected, {other.Count} found");
                continue;
            }
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] != other[i])
                {
                    report.AppendLine($"{table} row {i}:\n  expected {rows[i]}\n  actual   {other[i]}");
                    break;
                }
            }
        }
        Assert.True(report.Length == 0, report.ToString());
    }
}
