using Circulair.Web.Platform.Database;

namespace Circulair.Web.Platform.Live;

/// <summary>
/// Chooses how workshop changes reach the screens. "Live:Transport" = Auto (default), InProcess or PostgreSql.
/// Auto bridges instances through PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL, and stays in
/// process under SQLite (which serves one instance). See docs/decisions/0191-live-updates.md.
/// </summary>
public static class LiveSetup
{
    public static IServiceCollection AddCirculairLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LiveHub>();
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var transport = configuration.GetValue("Live:Transport", "Auto");
        var postgres = string.Equals(transport, "PostgreSql", StringComparison.OrdinalIgnoreCase)
            || string.Equals(transport, "Auto", StringComparison.OrdinalIgnoreCase) && database.Provider == DatabaseProvider.PostgreSql;
        if (postgres)
        {
            var connectionString = configuration.GetConnectionString("Circulair")
                ?? throw new StartupException("Live updates over PostgreSQL need ConnectionStrings:Circulair.");
            services.AddSingleton(sp => new PostgresLiveBridge(connectionString, sp.GetRequiredService<LiveHub>(), sp.GetRequiredService<ILogger<PostgresLiveBridge>>()));
            services.AddSingleton<ILiveNotifier>(sp => sp.GetRequiredService<PostgresLiveBridge>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresLiveBridge>());
        }
        else
        {
            services.AddSingleton<ILiveNotifier, InProcessNotifier>();
        }
        return services;
    }
}
