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

    /// <summary>
    /// EF Core's check that a context is never used by two operations at once. Off in what ships: it costs several small
    /// allocations for every row a query reads (more than half of a rendered dashboard's 3 MB, decision 0500). The test suites
    /// switch it on, so that a page or job that misuses a context still fails there with EF Core's own message.
    /// </summary>
    public bool ThreadSafetyChecks { get; set; }
}
