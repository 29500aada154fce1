using System.Data.Common;
using System.Reflection;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Circulair.Web.Platform.Archive;

/// <summary>
/// The archive's view of the EF model: per included table its columns, how each is read and written on the current
/// provider, and what each id-like column points to. Built from <see cref="ArchiveCatalogue"/> and the context's model,
/// so a column added to an entity is carried without touching the archive code.
/// </summary>
public sealed class ArchiveModel
{
    private ArchiveModel(IReadOnlyList<ArchiveTable> tables)
    {
        Tables = tables;
        ByName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        ByType = tables.ToDictionary(t => t.ClrType);
    }

    /// <summary>The tables in an order where every table comes after the tables it refers to (self-references aside).</summary>
    public IReadOnlyList<ArchiveTable> Tables { get; }

    public IReadOnlyDictionary<string, ArchiveTable> ByName { get; }

    public IReadOnlyDictionary<Type, ArchiveTable> ByType { get; }

    public static ArchiveModel For(CirculairDbContext db)
    {
        var model = db.Model;
        var tables = new List<ArchiveTable>();
        foreach (var type in ArchiveCatalogue.Included)
        {
            var entityType = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is in the archive catalogue but not in the model.");
            tables.Add(ArchiveTable.From(entityType));
        }
        return new ArchiveModel(Sort(tables));
    }

    /// <summary>Orders tables so that referenced tables come first; keeps the catalogue's order otherwise.</summary>
    private static List<ArchiveTable> Sort(List<ArchiveTable> tables)
    {
        var byType = tables.ToDictionary(t => t.ClrType);
        var done = new HashSet<Type>();
        var visiting = new HashSet<Type>();
        var sorted = new List<ArchiveTable>();
        void Visit(ArchiveTable table)
        {
            if (done.Contains(table.ClrType))
            {
                return;
            }
            if (!visiting.Add(table.ClrType))
            {
                throw new InvalidOperationException($"The archive's tables refer to each other in a circle through {table.Name}; break it with a nullable column handled after the insert.");
            }
            foreach (var target in table.Columns.Select(c => c.References).OfType<Type>().Where(t => t != table.ClrType).Distinct())
            {
                if (byType.TryGetValue(target, out var referenced))
                {
                    Visit(referenced);
                }
            }
            visiting.Remove(table.ClrType);
            done.Add(table.ClrType);
            sorted.Add(table);
        }
        foreach (var table in tables)
        {
            Visit(table);
        }
        // The audit trail goes last: its entity ids are rewritten with the new ids of every other table.
        return [.. sorted.Where(t => t.ClrType != typeof(Circulair.Audit.AuditEntry)), .. sorted.Where(t => t.ClrType == typeof(Circulair.Audit.AuditEntry))];
    }
}

public sealed class ArchiveTable
{
    private ArchiveTable(IEntityType entityType, string table, IReadOnlyList<ArchiveColumn> columns, IReadOnlyList<ArchiveColumn> key, ArchiveColumn? generatedKey)
    {
        EntityType = entityType;
        TableName = table;
        Columns = columns;
        Key = key;
        GeneratedKey = generatedKey;
        Scope = columns.FirstOrDefault(c => c.Name == "OrganisationId") ?? (entityType.ClrType == typeof(Circulair.Organisations.Organisation) ? generatedKey : null)
            ?? throw new InvalidOperationException($"{Name} has no OrganisationId column; the archive selects rows by it.");
    }

    public IEntityType EntityType { get; }
    public Type ClrType => EntityType.ClrType;

    /// <summary>The table's name in the archive: the entity's class name (unique in the model; a test checks).</summary>
    public string Name => EntityType.ClrType.Name;

    public string TableName { get; }
    public IReadOnlyList<ArchiveColumn> Columns { get; }
    public IReadOnlyList<ArchiveColumn> Key { get; }

    /// <summary>A single integer key the database generates: the import leaves it out and maps the old id to the new one.</summary>
    public ArchiveColumn? GeneratedKey { get; }

    /// <summary>The column that selects one organisation's rows.</summary>
    public ArchiveColumn Scope { get; }

    internal static ArchiveTable From(IEntityType entityType)
    {
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.ClrType.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var references = new Dictionary<string, Type>();
        foreach (var fk in entityType.GetForeignKeys())
        {
            foreach (var property in fk.Properties)
            {
                references[property.Name] = fk.PrincipalEntityType.ClrType;
            }
        }
        var columns = new List<ArchiveColumn>();
        foreach (var property in entityType.GetProperties())
        {
            var key = (entityType.ClrType, property.Name);
            var target = references.GetValueOrDefault(property.Name) ?? ArchiveCatalogue.ImplicitReferences.GetValueOrDefault(key);
            var isAccount = (target is not null && ArchiveCatalogue.IsAccount(target)) || ArchiveCatalogue.ImplicitUserReferences.Contains(key);
            columns.Add(new ArchiveColumn(
                property,
                property.GetColumnName(store) ?? property.Name,
                isAccount ? null : target,
                isAccount,
                ArchiveCatalogue.FileColumns.Contains(key),
                ArchiveCatalogue.InstanceUnique.TryGetValue(key, out var rule) ? rule : null));
        }
        var primaryKey = entityType.FindPrimaryKey()!;
        var keyColumns = primaryKey.Properties.Select(p => columns.Single(c => c.Property == p)).ToList();
        var generated = keyColumns.Count == 1 && keyColumns[0].Property.ValueGenerated == ValueGenerated.OnAdd
            && (keyColumns[0].ClrType == typeof(int) || keyColumns[0].ClrType == typeof(long)) ? keyColumns[0] : null;
        return new ArchiveTable(entityType, table, columns, keyColumns, generated);
    }
}

/// <param name="References">The archived table this column points to (a foreign key or an implicit reference), if any.</param>
/// <param name="ReferencesAccount">Points to an account: mapped by e-mail address on import.</param>
public sealed class ArchiveColumn(IProperty property, string columnName, Type? references, bool referencesAccount, bool isFile, InstanceUniqueRule? instanceUnique)
{
    private readonly RelationalTypeMapping _mapping = (RelationalTypeMapping)property.GetTypeMapping();
    private Func<DbDataReader, int, object>? _read;

    public IProperty Property { get; } = property;
    public string Name => Property.Name;
    public string ColumnName { get; } = columnName;
    public Type? References { get; } = references;
    public bool ReferencesAccount { get; } = referencesAccount;
    public bool IsFile { get; } = isFile;
    public InstanceUniqueRule? InstanceUnique { get; } = instanceUnique;
    public bool IsNullable => Property.IsNullable;

    /// <summary>The model's CLR type without Nullable.</summary>
    public Type ClrType { get; } = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;

    private ValueConverter? Converter => _mapping.Converter;

    /// <summary>Reads the column as the model sees it (the value converter undone).</summary>
    public object? Read(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }
        _read ??= MakeReader(Converter?.ProviderClrType ?? _mapping.ClrType);
        var value = _read(reader, ordinal);
        return Converter is { } converter ? converter.ConvertFromProvider(value) : value;
    }

    /// <summary>Adds a parameter holding a model value; the mapping applies the value converter.</summary>
    public DbParameter AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = _mapping.CreateParameter(command, name, value, IsNullable);
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static Func<DbDataReader, int, object> MakeReader(Type providerType)
    {
        var type = Nullable.GetUnderlyingType(providerType) ?? providerType;
        var method = typeof(ArchiveColumn).GetMethod(nameof(ReadAs), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return method.CreateDelegate<Func<DbDataReader, int, object>>();
    }

    private static object ReadAs<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
}
