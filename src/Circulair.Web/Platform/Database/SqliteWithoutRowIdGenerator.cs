using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Circulair.Web.Platform.Database;

/// <summary>
/// SQLite only: creates the tables listed in <see cref="Tables"/> as <c>WITHOUT ROWID</c> tables, stored as one
/// b-tree ordered by their primary key instead of a rowid table plus a separate index holding the same key.
/// Meant for large tables whose natural key is what every query seeks on (the scan's figures): half the size,
/// one b-tree to write per row and one lookup per row read. The migrations stay as EF generates them; the clause
/// is added when their SQL is generated, also when SQLite rebuilds such a table (ef_temp_ name).
/// </summary>
public sealed class SqliteWithoutRowIdGenerator(MigrationsSqlGeneratorDependencies dependencies, Microsoft.EntityFrameworkCore.Metadata.IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    public static readonly IReadOnlySet<string> Tables = new HashSet<string>(StringComparer.Ordinal) { "ScanObservations" };

    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        var name = operation.Name.StartsWith("ef_temp_", StringComparison.Ordinal) ? operation.Name["ef_temp_".Length..] : operation.Name;
        if (!Tables.Contains(name) || operation.PrimaryKey is null)
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }
        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (terminate)
        {
            builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
            EndStatement(builder);
        }
    }
}
