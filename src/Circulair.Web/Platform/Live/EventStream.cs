using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Circulair.Web.Platform.Live;

/// <summary>
/// Writes a text/event-stream response for one workshop until the client goes away or the app stops.
/// The stream opens with "retry" and a "hello" event (sent after the subscription exists, so a client that
/// saw hello hears every later change), then one event per change ("state" or "results", data "o=origin"),
/// and a comment line on every tick of the hub's shared keep-alive timer (<see cref="LiveHub.KeepAlive"/>) so
/// proxies keep the connection open. While it waits, a stream holds its subscription and one pending await,
/// nothing else of its own: no timer, no linked token source, no task per wait (docs/decisions/0193).
/// </summary>
public static class EventStream
{
    private static readonly byte[] Hello = Encoding.UTF8.GetBytes("retry: 3000\nevent: hello\ndata: 0\n\n");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes(": ping\n\n");

    public static async Task WriteAsync(HttpContext http, LiveHub hub, int workshopId, bool stateOnly, CancellationToken stopping)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var ct = http.RequestAborted;
        using var subscription = hub.Subscribe(workshopId, stateOnly);
        // Either the client leaving or the app stopping closes the subscription, which ends the wait below.
        using var left = ct.UnsafeRegister(static s => ((LiveSubscription)s!).Close(), subscription);
        using var stops = stopping.UnsafeRegister(static s => ((LiveSubscription)s!).Close(), subscription);
        byte[]? buffer = null;
        Telemetry.CirculairTelemetry.LiveStreams.Add(1);
        try
        {
            await response.Body.WriteAsync(Hello, ct);
            await response.Body.FlushAsync(ct);
            while (await subscription.WaitAsync())
            {
                if (subscription.TakePing())
                {
                    await response.Body.WriteAsync(Ping, ct);
                }
                while (subscription.TryRead(out var e))
                {
                    buffer ??= new byte[64];
                    await response.Body.WriteAsync(buffer.AsMemory(0, Format(e, buffer)), ct);
                }
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The client left mid-write: the stream simply ends.
        }
        catch (IOException)
        {
            // The connection broke mid-write.
        }
        finally
        {
            Telemetry.CirculairTelemetry.LiveStreams.Add(-1);
        }
    }

    /// <summary>"event: state|results\ndata: o=ORIGIN\n\n" into <paramref name="buffer"/>; returns its length.</summary>
    private static int Format(LiveEvent e, byte[] buffer)
    {
        var name = e.Change == LiveChange.State ? "state" : "results";
        System.Text.Unicode.Utf8.TryWrite(buffer, CultureInfo.InvariantCulture, $"event: {name}\ndata: o={e.Origin}\n\n", out var length);
        return length;
    }
}
