using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
#pragma warning disable EF1001 // SqliteAnnotationProvider is "internal" API; it is the provider's service we extend, not replace.
using Microsoft.EntityFrameworkCore.Sqlite.Metadata.Internal;

namespace Circulair.Migrations.Sqlite;

/// <summary>
/// The SQLite provider as the app and `dotnet ef` (<see cref="DesignTimeFactory"/>) both configure it: this assembly's
/// migrations, and the SQLite table options of the model (<see cref="SqliteTableOptions"/>) carried as annotations into
/// the migrations and turned into SQL by them, so a script made by `dotnet ef` creates the same tables as the app.
/// </summary>
public static class CirculairSqlite
{
    public static DbContextOptionsBuilder UseCirculairSqlite(this DbContextOptionsBuilder db, string connectionString) =>
        db.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(CirculairSqlite).Assembly.GetName().Name))
            .ReplaceService<IRelationalAnnotationProvider, TableOptionsAnnotationProvider>()
            .ReplaceService<IMigrationsSqlGenerator, TableOptionsSqlGenerator>();
}

/// <summary>
/// Puts the table options of the entity types mapped to a table on the table, where the migrations differ sees them:
/// a new option becomes an annotation of a CreateTable or AlterTable operation in the next migration.
/// </summary>
public sealed class TableOptionsAnnotationProvider(RelationalAnnotationProviderDependencies dependencies) : SqliteAnnotationProvider(dependencies)
{
    public override IEnumerable<IAnnotation> For(ITable table, bool designTime)
    {
        foreach (var annotation in base.For(table, designTime))
        {
            yield return annotation;
        }
        if (table.EntityTypeMappings.Any(m => m.TypeBase.FindAnnotation(SqliteTableOptions.WithoutRowId)?.Value as bool? == true))
        {
            yield return new Annotation(SqliteTableOptions.WithoutRowId, true);
        }
    }
}

/// <summary>
/// SQLite's migrations SQL generator, honouring the table options on CreateTable operations: those written in a
/// migration and those SQLite's table rebuild makes (the ef_temp_ table, which takes the table's annotations from the
/// migration's target model). An AlterTable operation that changes an option is a rebuild in SQLite's generator.
/// </summary>
public sealed class TableOptionsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        if (operation[SqliteTableOptions.WithoutRowId] as bool? != true)
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }
        if (operation.PrimaryKey is null)
        {
            throw new InvalidOperationException($"Table {operation.Name} is marked WITHOUT ROWID but has no primary key; SQLite requires one.");
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
