using Circulair.Web.Platform.Database;

namespace Circulair.Web.Platform.Live;

/// <summary>
/// Chooses how workshop changes reach the screens. "Live:Transport" = Auto (default), InProcess, PostgreSql or
/// Redis. Auto bridges instances through PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL, and stays in
/// process under SQLite (which serves one instance). Redis uses pub/sub on the server in "Live:Redis" (a
/// StackExchange.Redis configuration string) and channel "Live:RedisChannel". See docs/decisions/0191 and 0192.
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
        if (string.Equals(transport, "Redis", StringComparison.OrdinalIgnoreCase))
        {
            var redis = configuration.GetValue<string>("Live:Redis") is { Length: > 0 } r
                ? r
                : throw new StartupException("Live:Transport=Redis needs Live:Redis (e.g. \"127.0.0.1:6379\").");
            var channel = configuration.GetValue("Live:RedisChannel", PostgresLiveBridge.Channel);
            services.AddSingleton(sp => new RedisLiveBridge(redis, channel, sp.GetRequiredService<LiveHub>(), sp.GetRequiredService<ILogger<RedisLiveBridge>>()));
            services.AddSingleton<ILiveNotifier>(sp => sp.GetRequiredService<RedisLiveBridge>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisLiveBridge>());
        }
        else if (postgres)
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
