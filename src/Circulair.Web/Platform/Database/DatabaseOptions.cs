namespace Circulair.Web.Platform.Database;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Bound from the "Database" section (env: Database__Provider, Database__MigrateOnStartup).</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. Operators who migrate separately turn it off.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
