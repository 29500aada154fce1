using System.Collections.Concurrent;
using System.Threading.Tasks.Sources;

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
/// they show. Each subscription buffers at most <see cref="LiveSubscription.Capacity"/> events and drops the
/// oldest beyond that (a stalled client only needs to know that something changed). One shared timer asks every
/// open stream to send its keep-alive comment (<see cref="KeepAlive"/>), rather than a timer per stream.
/// </summary>
public sealed class LiveHub : IDisposable
{
    /// <summary>How often every stream sends a comment line, so proxies keep idle connections open.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<int, ConcurrentDictionary<LiveSubscription, byte>> _workshops = new();
    private readonly Timer _ticker;
    private int _count;

    public LiveHub()
    {
        _ticker = new Timer(static hub => ((LiveHub)hub!).Tick(), this, KeepAlive, KeepAlive);
    }

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
                subscription.Post(e);
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

    private void Tick()
    {
        foreach (var subscribers in _workshops.Values)
        {
            foreach (var subscription in subscribers.Keys)
            {
                subscription.Ping();
            }
        }
    }

    public void Dispose() => _ticker.Dispose();
}

/// <summary>
/// One stream's mailbox: a few pending events, a "send a keep-alive" flag and one reusable waiter, so a stream that
/// waits allocates nothing per wait (no channel, no task per wait, no timer of its own). Closed when the stream
/// ends; a closed subscription wakes its waiter with false.
/// </summary>
public sealed class LiveSubscription : IDisposable, IValueTaskSource<bool>
{
    /// <summary>Events kept for a slow stream; older ones are dropped (a signal only says "fetch again").</summary>
    public const int Capacity = 16;

    private readonly LiveHub _hub;
    private readonly Lock _gate = new();
    private ManualResetValueTaskSourceCore<bool> _waiter = new() { RunContinuationsAsynchronously = true };
    private LiveEvent[]? _pending;
    private int _first;
    private int _count;
    private bool _ping;
    private bool _waiting;
    private bool _closed;

    internal LiveSubscription(LiveHub hub, int workshopId, bool stateOnly)
    {
        _hub = hub;
        WorkshopId = workshopId;
        StateOnly = stateOnly;
    }

    public int WorkshopId { get; }
    public bool StateOnly { get; }

    /// <summary>Completes with true when an event or a keep-alive is pending, false once the subscription is closed. One waiter at a time.</summary>
    public ValueTask<bool> WaitAsync()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return new(false);
            }
            if (_count > 0 || _ping)
            {
                return new(true);
            }
            _waiter.Reset();
            _waiting = true;
            return new(this, _waiter.Version);
        }
    }

    /// <summary>Takes the oldest pending event.</summary>
    public bool TryRead(out LiveEvent e)
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                e = default;
                return false;
            }
            e = _pending![_first];
            _first = (_first + 1) % Capacity;
            _count--;
            return true;
        }
    }

    /// <summary>True once per keep-alive tick: the stream should write its comment line.</summary>
    public bool TakePing()
    {
        lock (_gate)
        {
            var ping = _ping;
            _ping = false;
            return ping;
        }
    }

    internal void Post(LiveEvent e)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }
            _pending ??= new LiveEvent[Capacity];
            if (_count == Capacity)
            {
                _first = (_first + 1) % Capacity;
                _count--;
            }
            _pending[(_first + _count) % Capacity] = e;
            _count++;
            WakeLocked();
        }
    }

    internal void Ping()
    {
        lock (_gate)
        {
            _ping = true;
            WakeLocked();
        }
    }

    /// <summary>Ends the subscription: the waiter (if any) wakes with false and later events are ignored.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            WakeLocked();
        }
    }

    public void Dispose()
    {
        _hub.Remove(this);
        Close();
    }

    private void WakeLocked()
    {
        if (_waiting)
        {
            _waiting = false;
            _waiter.SetResult(!_closed);
        }
    }

    bool IValueTaskSource<bool>.GetResult(short token) => _waiter.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _waiter.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _waiter.OnCompleted(continuation, state, token, flags);
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
