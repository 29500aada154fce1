using Circulair.Web.Platform.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform;

/// <summary>An app configured with Live:Transport=Redis on the server named by CIRCULAIR_TEST_REDIS, on a channel of its own.</summary>
public sealed class RedisApp(string channel) : CirculairFactory
{
    public static string? RedisServer => Environment.GetEnvironmentVariable("CIRCULAIR_TEST_REDIS") is { Length: > 0 } s ? s : null;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Live:Transport"] = "Redis",
        ["Live:Redis"] = RedisServer,
        ["Live:RedisChannel"] = channel,
    };
}

/// <summary>
/// Redis pub/sub between two app instances (decision 0192). Runs when a Redis server is given in
/// CIRCULAIR_TEST_REDIS ("127.0.0.1:6379"); .ci/run starts one. Each instance delivers its own change once
/// (the echo from Redis is ignored) and hears the other's.
/// </summary>
public sealed class RedisLiveTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_change_published_on_one_instance_reaches_the_streams_of_the_other_once()
    {
        Assert.SkipWhen(RedisApp.RedisServer is null, "Needs a Redis server: set CIRCULAIR_TEST_REDIS=127.0.0.1:6379.");
        var channel = "circulair_test_" + Guid.NewGuid().ToString("N")[..10];
        await using var a = new RedisApp(channel);
        await a.InitializeAsync();
        await using var b = new RedisApp(channel);
        await b.InitializeAsync();
        var notifierA = a.Services.GetRequiredService<ILiveNotifier>();
        var notifierB = b.Services.GetRequiredService<ILiveNotifier>();
        Assert.IsType<RedisLiveBridge>(notifierA);
        using var onA = a.Services.GetRequiredService<LiveHub>().Subscribe(4242, stateOnly: false);
        using var onB = b.Services.GetRequiredService<LiveHub>().Subscribe(4242, stateOnly: false);
        using var otherWorkshopOnB = b.Services.GetRequiredService<LiveHub>().Subscribe(4243, stateOnly: false);

        await notifierA.PublishAsync(new LiveEvent(4242, LiveChange.Results, 7), TestContext.Current.CancellationToken);
        await notifierB.PublishAsync(new LiveEvent(4242, LiveChange.State, 0), TestContext.Current.CancellationToken);

        // Each instance delivers its own change at once and the other's when Redis brings it: both arrive, in either order.
        using var timeout = new CancellationTokenSource(Patience);
        LiveEvent[] both = [new(4242, LiveChange.Results, 7), new(4242, LiveChange.State, 0)];
        Assert.Equivalent(both, new[] { await ReadAsync(onB, timeout.Token), await ReadAsync(onB, timeout.Token) });
        Assert.Equivalent(both, new[] { await ReadAsync(onA, timeout.Token), await ReadAsync(onA, timeout.Token) });
        // A marker sent last: had an echo been delivered twice, it would come before the marker.
        await notifierA.PublishAsync(new LiveEvent(4242, LiveChange.State, 99), TestContext.Current.CancellationToken);
        Assert.Equal(new LiveEvent(4242, LiveChange.State, 99), await ReadAsync(onB, timeout.Token));
        Assert.Equal(new LiveEvent(4242, LiveChange.State, 99), await ReadAsync(onA, timeout.Token));
        Assert.False(otherWorkshopOnB.TryRead(out _));
    }

    /// <summary>The next event of a subscription; a timeout closes it, which fails the test.</summary>
    private static async Task<LiveEvent> ReadAsync(LiveSubscription subscription, CancellationToken ct)
    {
        using var closeOnTimeout = ct.Register(subscription.Close);
        while (await subscription.WaitAsync())
        {
            if (subscription.TryRead(out var e))
            {
                return e;
            }
            subscription.TakePing();
        }
        throw new TimeoutException("No event arrived.");
    }
}
