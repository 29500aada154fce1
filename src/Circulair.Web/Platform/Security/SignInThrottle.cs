using System.Collections.Concurrent;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Slows password guessing without a lockout a stranger could trigger (decision 0240). Failed sign-ins are counted per
/// (account, client address) and per client address. After a few failures that client must wait before its next try
/// for that account — 1 s, then 2 s, 4 s … up to 15 minutes — and a client failing for many accounts waits in the same
/// way for all of them. Another client, such as the account's owner, is not held back by those failures: the only
/// effect per account is that, once an account has had many recent failures, a client waits after its first wrong
/// try for it instead of after a few. A refused try gets the same answer as a wrong password, whether or not the
/// account exists. Counters live in this instance's memory and are forgotten after an hour without failures.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IConfiguration configuration)
{
    private static readonly TimeSpan Forget = TimeSpan.FromHours(1);
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);

    private readonly int _freePerAccountAndClient = Math.Max(1, configuration.GetValue("Security:SignInFailuresBeforeDelay", 3));
    private readonly int _freePerClient = Math.Max(1, configuration.GetValue("Security:SignInFailuresPerClient", 20));
    private readonly int _accountUnderAttack = Math.Max(1, configuration.GetValue("Security:SignInFailuresPerAccount", 10));
    private readonly ConcurrentDictionary<string, Counter> _pairs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> _accounts = new(StringComparer.Ordinal);

    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";

    /// <summary>True when this client must wait before trying this account again: the password is then not even checked.</summary>
    public bool MustWait(string account, string client)
    {
        var now = clock.GetUtcNow();
        return Get(_pairs, PairKey(account, client), now).BlockedUntil > now
            || Get(_clients, client, now).BlockedUntil > now;
    }

    public void Failed(string account, string client)
    {
        var now = clock.GetUtcNow();
        var accountFailures = Add(_accounts, Normal(account), now, freeFailures: int.MaxValue);
        Add(_pairs, PairKey(account, client), now, accountFailures >= _accountUnderAttack ? 1 : _freePerAccountAndClient);
        Add(_clients, client, now, _freePerClient);
        if (_pairs.Count > 100_000)
        {
            Prune(now);
        }
    }

    /// <summary>The right password: this client's failures for this account are forgotten.</summary>
    public void Succeeded(string account, string client) => _pairs.TryRemove(PairKey(account, client), out _);

    private static string Normal(string account) => account.Trim().ToUpperInvariant();

    private static string PairKey(string account, string client) => Normal(account) + "\n" + client;

    private static Counter Get(ConcurrentDictionary<string, Counter> counters, string key, DateTimeOffset now) =>
        counters.TryGetValue(key, out var c) && now - c.LastFailure < Forget ? c : default;

    private static int Add(ConcurrentDictionary<string, Counter> counters, string key, DateTimeOffset now, int freeFailures)
    {
        var updated = counters.AddOrUpdate(key,
            _ => Next(default, now, freeFailures),
            (_, old) => Next(now - old.LastFailure < Forget ? old : default, now, freeFailures));
        return updated.Failures;
    }

    private static Counter Next(Counter old, DateTimeOffset now, int freeFailures)
    {
        var failures = old.Failures + 1;
        var blockedUntil = old.BlockedUntil;
        if (failures >= freeFailures)
        {
            var doublings = Math.Min(failures - freeFailures, 20);
            var delay = TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << doublings, MaxDelay.Ticks));
            blockedUntil = now + delay;
        }
        return new Counter(failures, now, blockedUntil);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var counters in new[] { _pairs, _clients, _accounts })
        {
            foreach (var (key, c) in counters)
            {
                if (now - c.LastFailure >= Forget)
                {
                    counters.TryRemove(key, out _);
                }
            }
        }
    }

    private readonly record struct Counter(int Failures, DateTimeOffset LastFailure, DateTimeOffset BlockedUntil);
}
