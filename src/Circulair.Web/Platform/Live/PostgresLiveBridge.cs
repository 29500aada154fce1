using Npgsql;

namespace Circulair.Web.Platform.Live;

/// <summary>
/// Carries workshop changes between app instances that share one PostgreSQL database, with LISTEN/NOTIFY.
/// Each instance keeps one dedicated listening connection (reconnecting after a failure) and publishes with
/// pg_notify on a pooled connection. A change is delivered to this instance's own streams at once; the copy
/// that comes back through PostgreSQL carries this instance's id and is ignored. Start-up waits until LISTEN
/// is in place (at most ten seconds), so an instance that reports "started" hears every later change.
/// </summary>
public sealed class PostgresLiveBridge : IHostedService, ILiveNotifier, IAsyncDisposable
{
    public const string Channel = "circulair_live";

    private readonly LiveHub _hub;
    private readonly ILogger<PostgresLiveBridge> _log;
    private readonly string _listenConnectionString;
    private readonly NpgsqlDataSource _publisher;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];
    private readonly CancellationTokenSource _stopping = new();
    private NpgsqlConnection? _listener;
    private Task? _loop;
    private int _disposed;

    public PostgresLiveBridge(string connectionString, LiveHub hub, ILogger<PostgresLiveBridge> log)
    {
        _hub = hub;
        _log = log;
        // The listener is a connection of its own, outside the pool, with TCP keepalive so a dead link is noticed.
        _listenConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ToString();
        _publisher = NpgsqlDataSource.Create(connectionString);
    }

    public async Task PublishAsync(LiveEvent e, CancellationToken ct = default)
    {
        _hub.Deliver(e);
        try
        {
            await using var command = _publisher.CreateCommand("SELECT pg_notify(@channel, @payload)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", LivePayload.Format(_instance, e));
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // The change is saved; other instances' screens catch up on their next refresh.
            _log.LogWarning(ex, "Could not notify other instances of a change in workshop {Workshop}", e.WorkshopId);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await ListenAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            _log.LogWarning(ex, "Live updates between instances are not connected yet; retrying in the background");
        }
        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A test host may dispose the container before it stops the hosted services; then there is nothing to stop.
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(_listenConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            connection.Notification += OnNotification;
            await using var command = new NpgsqlCommand($"LISTEN {Channel}", connection);
            await command.ExecuteNonQueryAsync(ct);
            _listener = connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (_listener is null)
                {
                    await ListenAsync(ct);
                    _log.LogInformation("Live updates between instances connected");
                }
                await _listener!.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _log.LogWarning(ex, "Live updates between instances lost their connection; reconnecting");
                await DropListenerAsync();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        await DropListenerAsync();
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs args)
    {
        if (LivePayload.TryParse(args.Payload, out var instance, out var e) && instance != _instance)
        {
            _hub.Deliver(e);
        }
    }

    private async Task DropListenerAsync()
    {
        if (_listener is { } listener)
        {
            _listener = null;
            listener.Notification -= OnNotification;
            await listener.DisposeAsync();
        }
    }

    /// <summary>Idempotent: the container disposes the bridge once per registration (hosted service and notifier).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stopping.CancelAsync();
        await DropListenerAsync();
        await _publisher.DisposeAsync();
        _stopping.Dispose();
    }
}
