using StackExchange.Redis;

namespace Circulair.Web.Platform.Live;

/// <summary>
/// Carries workshop changes between app instances through Redis pub/sub, for installations that run Redis
/// anyway or whose PostgreSQL sits behind a pooler that does not pass LISTEN/NOTIFY through (decision 0192).
/// Same contract as <see cref="PostgresLiveBridge"/>: a change is delivered to this instance's own streams at
/// once and published as "instance|workshop|change|origin"; the echo of this instance's own message is ignored.
/// Start-up waits (at most ten seconds) until the subscription is in place; after that the multiplexer
/// reconnects and resubscribes by itself.
/// </summary>
public sealed class RedisLiveBridge(string configuration, string channel, LiveHub hub, ILogger<RedisLiveBridge> log) : IHostedService, ILiveNotifier, IAsyncDisposable
{
    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];
    private readonly RedisChannel _channel = RedisChannel.Literal(channel);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ConnectionMultiplexer? _redis;
    private Task? _connecting;
    private int _disposed;

    /// <summary>For the readiness probe: false while Redis is down (changes then stay on this instance).</summary>
    public bool IsConnected => _redis is { IsConnected: true };

    public async Task PublishAsync(LiveEvent e, CancellationToken ct = default)
    {
        hub.Deliver(e);
        if (_redis is not { IsConnected: true } redis)
        {
            log.LogWarning("Redis is not connected: other instances miss a change in workshop {Workshop}", e.WorkshopId);
            return;
        }
        try
        {
            await redis.GetSubscriber().PublishAsync(_channel, LivePayload.Format(_instance, e));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The change is saved; other instances' screens catch up on their next refresh.
            log.LogWarning(ex, "Could not publish a change in workshop {Workshop} to Redis", e.WorkshopId);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connecting = Task.Run(() => ConnectAsync(_stopping.Token), CancellationToken.None);
        try
        {
            await _subscribed.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            log.LogWarning("Live updates between instances (Redis) are not connected yet; retrying in the background");
        }
    }

    /// <summary>Connects and subscribes, retrying every two seconds until it works; the multiplexer keeps the subscription across reconnects.</summary>
    private async Task ConnectAsync(CancellationToken ct)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ClientName ??= "circulair-" + _instance;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                _redis ??= await ConnectionMultiplexer.ConnectAsync(options);
                await _redis.GetSubscriber().SubscribeAsync(_channel, (_, message) =>
                {
                    if (LivePayload.TryParse(message.ToString(), out var instance, out var e) && instance != _instance)
                    {
                        hub.Deliver(e);
                    }
                });
                _subscribed.TrySetResult();
                log.LogInformation("Live updates between instances connected (Redis channel {Channel})", channel);
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                log.LogWarning(ex, "Live updates between instances (Redis) could not subscribe; retrying");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stopping.CancelAsync();
        }
        if (_connecting is not null)
        {
            await _connecting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Idempotent: the container disposes the bridge under each of its registrations (itself and <see cref="ILiveNotifier"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stopping.CancelAsync();
        if (_connecting is not null)
        {
            await _connecting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
        _stopping.Dispose();
    }
}
