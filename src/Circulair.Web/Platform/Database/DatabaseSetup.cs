using Circulair.Audit;
using Circulair.Migrations.Sqlite;
using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Circulair.Web.Platform.Database;

/// <summary>
/// The one place that chooses the database provider and its migrations assembly. Relative SQLite paths
/// are resolved against the directory the app was started from, so the default ./data/circulair.db lands
/// where the user ran the command.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Circulair";

    public static IServiceCollection AddCirculairDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Database");
        var providerText = section["Provider"];
        if (providerText is not null && !Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out _))
        {
            throw new StartupException($"Unknown Database:Provider '{providerText}'; use Sqlite or PostgreSql.");
        }
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupException($"ConnectionStrings:{ConnectionStringName} is empty; give a connection string for {options.Provider}.");
        }
        services.AddSingleton(options);
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<DataVersionReadGuard>();
        var resolved = options.Provider == DatabaseProvider.Sqlite ? PrepareSqlite(connectionString) : ValidatePostgreSql(connectionString);
        // The data versions this instance knows, for the page cache's front door (decision 0172). On SQLite one process
        // makes every change, so its commit hook hears them all; on PostgreSQL other instances' raises are heard by LISTEN.
        var frontDoor = configuration.GetValue("PageCache:FrontDoor", true);
        services.AddSingleton(sp =>
        {
            var tracker = new DataVersionTracker(sp.GetRequiredService<IHttpContextAccessor>());
            tracker.Configure(frontDoor, shared: options.Provider == DatabaseProvider.PostgreSql);
            return tracker;
        });
        services.AddSingleton(sp => new DataVersionCommitInterceptor(sp.GetRequiredService<DataVersionTracker>()));
        if (frontDoor && options.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddHostedService(sp => new PostgresVersionListener(resolved, sp.GetRequiredService<DataVersionTracker>(), sp.GetRequiredService<Circulair.Web.Platform.Security.UserSessions>(), sp.GetRequiredService<ILogger<PostgresVersionListener>>()));
        }
        // Contexts are pooled and their options built once (docs/performance.md): building options and a context's services
        // for every request was most of the cost of a simple page. The scoped context is leased from the pool and
        // named after the scope's audit actor on every lease (BeginUse), so no state of a previous request survives;
        // disposing the scope returns it to the pool.
        services.AddPooledDbContextFactory<CirculairDbContext>((sp, db) =>
        {
            Configure(db, options.Provider, resolved);
            db.EnableThreadSafetyChecks(options.ThreadSafetyChecks);
            db.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<DataVersionReadGuard>(), sp.GetRequiredService<DataVersionCommitInterceptor>());
            // Interceptors registered as services by the Web tests and bench/pages (a counter of each page's SQL commands,
            // decision 0340); the app itself registers none.
            db.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<CirculairDbContext>>().CreateDbContext();
            db.BeginUse(sp.GetService<IAuditActor>());
            return db;
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                db.UseCirculairSqlite(connectionString);
                break;
            case DatabaseProvider.PostgreSql:
                db.UseNpgsql(connectionString, o => o.MigrationsAssembly("Circulair.Migrations.PostgreSql"));
                break;
            default:
                throw new StartupException($"Unknown database provider {provider}; use Sqlite or PostgreSql.");
        }
        // EF Core's check, before migrating, that the model has no changes its migrations lack: it builds a second,
        // design-time model and compares it with the latest snapshot, about half a second of every start-up
        // (decision 0510). scripts/check-migrations makes the same comparison for both providers before the tests,
        // in CI and on every developer's run of scripts/test, so a build that ships has passed it.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    private static string PrepareSqlite(string connectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"Invalid SQLite database connection string: {e.Message}");
        }
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && !path.StartsWith("file:", StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(path, Directory.GetCurrentDirectory());
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StartupException($"Cannot create the folder for the SQLite database {full}: {e.Message}");
            }
            builder.DataSource = full;
        }
        return builder.ToString();
    }

    private static bool HasKey(string connectionString, string key) =>
        connectionString.Split(';').Any(part => part.Split('=')[0].Trim().Equals(key, StringComparison.OrdinalIgnoreCase));

    internal static string ValidatePostgreSql(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            // Pages repeat the same commands, some wide (the dashboard's row of counts took 15 ms to plan on a large
            // organisation): prepare each after a few uses and keep it on the pooled connection (decision 0395). JIT
            // compilation pays off for long analytical queries, not for ours: a plan above its cost threshold would add
            // tens of milliseconds to a page. Both stay as the operator sets them in the connection string.
            if (!HasKey(connectionString, "Max Auto Prepare") && !HasKey(connectionString, "MaxAutoPrepare"))
            {
                builder.MaxAutoPrepare = 100;
            }
            if (string.IsNullOrEmpty(builder.Options))
            {
                builder.Options = "-c jit=off";
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"Invalid PostgreSQL database connection string: {e.Message}");
        }
    }

    /// <summary>Checks the connection and applies migrations when configured. Throws <see cref="StartupException"/> with one readable sentence.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        try
        {
            if (options.MigrateOnStartup)
            {
                await db.Database.MigrateAsync(ct);
            }
            else if (!await db.Database.CanConnectAsync(ct))
            {
                throw new StartupException($"The {options.Provider} database cannot be reached.");
            }
        }
        catch (Exception e) when (e is not StartupException and not OperationCanceledException)
        {
            throw new StartupException($"The {options.Provider} database cannot be reached or migrated: {Innermost(e).Message}");
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        return e;
    }
}

/// <summary>A configuration or environment problem that stops start-up. Logged as one line, without a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
