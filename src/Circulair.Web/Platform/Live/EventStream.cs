using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Circulair.Web.Platform.Live;

/// <summary>
/// Writes a text/event-stream response for one workshop until the client goes away or the app stops.
/// The stream opens with "retry" and a "hello" event (sent after the subscription exists, so a client that
/// saw hello hears every later change), then one event per change ("state" or "results", data "o=origin"),
/// and a comment line every 20 seconds so proxies keep the connection open.
/// </summary>
public static class EventStream
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    private static readonly byte[] Hello = Encoding.UTF8.GetBytes("retry: 3000\nevent: hello\ndata: 0\n\n");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes(": ping\n\n");

    public static async Task WriteAsync(HttpContext http, LiveHub hub, int workshopId, bool stateOnly, CancellationToken stopping)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var ct = lifetime.Token;
        using var subscription = hub.Subscribe(workshopId, stateOnly);
        try
        {
            await response.Body.WriteAsync(Hello, ct);
            await response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                var wait = subscription.Reader.WaitToReadAsync(ct).AsTask();
                var ready = await Task.WhenAny(wait, Task.Delay(KeepAlive, ct)) == wait && await wait;
                if (!ready)
                {
                    if (wait.IsCompleted)
                    {
                        break;
                    }
                    await response.Body.WriteAsync(Ping, ct);
                }
                while (subscription.Reader.TryRead(out var e))
                {
                    var name = e.Change == LiveChange.State ? "state" : "results";
                    await response.Body.WriteAsync(Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"event: {name}\ndata: o={e.Origin}\n\n")), ct);
                }
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The client left or the app is stopping: the stream simply ends.
        }
        catch (IOException)
        {
            // The connection broke mid-write.
        }
    }
}
