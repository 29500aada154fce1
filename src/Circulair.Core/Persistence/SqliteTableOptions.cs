using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Persistence;

/// <summary>
/// Table options only SQLite has, kept as model annotations so that they are part of the migrations (and so of every
/// script made from them, `dotnet ef migrations script` included) rather than added when the app generates their SQL.
/// The SQLite migrations assembly turns them into SQL; other providers ignore them (decision 0230).
/// </summary>
public static class SqliteTableOptions
{
    /// <summary>On the entity type and, through the SQLite annotation provider, on its table and its CreateTable operations.</summary>
    public const string WithoutRowId = "Circulair:SqliteWithoutRowId";

    /// <summary>
    /// Stores the table as a <c>WITHOUT ROWID</c> table: one b-tree ordered by the primary key instead of a rowid table
    /// plus a separate index holding the same key. For large tables whose key is what every query seeks on.
    /// </summary>
    public static EntityTypeBuilder<T> IsSqliteWithoutRowId<T>(this EntityTypeBuilder<T> builder) where T : class =>
        builder.HasAnnotation(WithoutRowId, true);
}
