using Circulair.Organisations;
using Circulair.Web.Platform.Security;
using Npgsql;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// Hears the data-version raises of every app instance on one PostgreSQL database (<c>pg_notify</c> on
/// <see cref="OrganisationDataVersion.Channel"/>, sent in the raising transaction) and makes
/// <see cref="DataVersionTracker"/> forget them. While the listening connection is down the tracker trusts nothing
/// (every request asks the database); on every (re)connection it starts from nothing, so no announcement missed
/// meanwhile can leave a stale version behind (decision 0172).
/// </summary>
public sealed class PostgresVersionListener(string connectionString, DataVersionTracker tracker, UserSessions sessions, ILogger<PostgresVersionListener> log)
    : BackgroundService
{
    private readonly string _connectionString =
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15 }.ToString();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += OnNotification;
                // Ended sessions travel on the same connection, so the front door never trusts a missed one (decision 0240).
                await using (var listen = new NpgsqlCommand($"LISTEN {OrganisationDataVersion.Channel}; LISTEN {UserSessions.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                sessions.ForgetAll();
                tracker.ForgetAll(trustAfterwards: true);
                try
                {
                    while (true)
                    {
                        await connection.WaitAsync(stoppingToken);
                    }
                }
                finally
                {
                    tracker.ForgetAll(trustAfterwards: false);
                    sessions.ForgetAll();
                    connection.Notification -= OnNotification;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.IO.IOException or InvalidOperationException)
            {
                log.LogWarning(ex, "Data-version announcements between instances are not heard; pages are checked against the database until they are");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs args)
    {
        if (args.Channel == UserSessions.Channel)
        {
            sessions.Heard(args.Payload.Split(',', StringSplitOptions.RemoveEmptyEntries));
            return;
        }
        var ids = OrganisationDataVersion.ParsePayload(args.Payload);
        if (ids.Count > 0)
        {
            tracker.Forget(ids);
        }
        else
        {
            // Not a payload we understand: forget everything rather than guess.
            tracker.ForgetAll(trustAfterwards: true);
        }
    }
}
