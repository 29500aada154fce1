using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Circulair.Web.Platform.Live;

/// <summary>What changed in a workshop. Phones follow only <see cref="State"/>; the projector follows both.</summary>
public enum LiveChange
{
    /// <summary>The facilitator changed what happens (an activity opened or closed, a round, the timer, the end).</summary>
    State = 1,

    /// <summary>A participant's input changed the results.</summary>
    Results = 2,
}

/// <param name="Origin">The participant whose input caused the change, or 0; lets a load test match a vote to its update.</param>
public readonly record struct LiveEvent(int WorkshopId, LiveChange Change, int Origin);

/// <summary>
/// The in-process broadcast: server-sent-event streams of this instance subscribe per workshop; a notifier
/// delivers each change to them. Events are only signals (workshop, kind, origin); clients fetch the fragment
/// they show. Each subscription buffers at most 64 events and drops the oldest beyond that (a stalled client
/// only needs to know that something changed).
/// </summary>
public sealed class LiveHub
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<LiveSubscription, byte>> _workshops = new();
    private int _count;

    /// <summary>Open subscriptions on this instance (server-sent-event connections).</summary>
    public int Count => Volatile.Read(ref _count);

    public LiveSubscription Subscribe(int workshopId, bool stateOnly)
    {
        var subscription = new LiveSubscription(this, workshopId, stateOnly);
        _workshops.GetOrAdd(workshopId, _ => new()).TryAdd(subscription, 0);
        Interlocked.Increment(ref _count);
        return subscription;
    }

    public void Deliver(LiveEvent e)
    {
        if (!_workshops.TryGetValue(e.WorkshopId, out var subscribers))
        {
            return;
        }
        foreach (var subscription in subscribers.Keys)
        {
            if (!subscription.StateOnly || e.Change == LiveChange.State)
            {
                subscription.Writer.TryWrite(e);
            }
        }
    }

    internal void Remove(LiveSubscription subscription)
    {
        if (_workshops.TryGetValue(subscription.WorkshopId, out var subscribers) && subscribers.TryRemove(subscription, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}

public sealed class LiveSubscription : IDisposable
{
    private readonly LiveHub _hub;
    private readonly Channel<LiveEvent> _channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(64)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    internal LiveSubscription(LiveHub hub, int workshopId, bool stateOnly)
    {
        _hub = hub;
        WorkshopId = workshopId;
        StateOnly = stateOnly;
    }

    public int WorkshopId { get; }
    public bool StateOnly { get; }
    public ChannelReader<LiveEvent> Reader => _channel.Reader;
    internal ChannelWriter<LiveEvent> Writer => _channel.Writer;

    public void Dispose()
    {
        _hub.Remove(this);
        _channel.Writer.TryComplete();
    }
}

/// <summary>Tells every instance's streams that a workshop changed. Call after the change is saved.</summary>
public interface ILiveNotifier
{
    Task PublishAsync(LiveEvent e, CancellationToken ct = default);
}

/// <summary>One instance (SQLite, or no bridge configured): the hub is the whole story.</summary>
public sealed class InProcessNotifier(LiveHub hub) : ILiveNotifier
{
    public Task PublishAsync(LiveEvent e, CancellationToken ct = default)
    {
        hub.Deliver(e);
        return Task.CompletedTask;
    }
}

/// <summary>The wire format between instances: "instance|workshop|change|origin", a few dozen bytes.</summary>
public static class LivePayload
{
    public static string Format(string instance, LiveEvent e) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{instance}|{e.WorkshopId}|{(int)e.Change}|{e.Origin}");

    public static bool TryParse(string payload, out string instance, out LiveEvent e)
    {
        var parts = payload.Split('|');
        instance = parts.Length > 0 ? parts[0] : "";
        e = default;
        if (parts.Length != 4
            || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var workshop)
            || !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var change)
            || !int.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out var origin)
            || !Enum.IsDefined((LiveChange)change))
        {
            return false;
        }
        e = new LiveEvent(workshop, (LiveChange)change, origin);
        return true;
    }
}
