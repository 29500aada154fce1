using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Circulair.Bench;

/// <summary>
/// The limit for a page: bare Kestrel answering GET /page with the page's bytes, held in memory, and the
/// same content type; GET /hello answers "hello". No middleware besides routing, no logging, no server header
/// (the app sends none either). With --not-modified FILE, GET /not-modified answers 304 with the header lines in FILE
/// ("Name: value", as the app's own 304 carried them), held in memory: the limit of a revalidation.
/// </summary>
public static class LimitServer
{
    public static async Task<int> RunAsync(Options options)
    {
        var bytes = await File.ReadAllBytesAsync(options.Required("file"));
        var contentType = options.Get("content-type", "text/html; charset=utf-8");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Required("urls"));
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var app = builder.Build();
        var hello = "hello"u8.ToArray();
        app.MapGet("/page", http => Write(http, bytes, contentType));
        app.MapGet("/hello", http => Write(http, hello, "text/plain"));
        if (options.Get("not-modified", "") is { Length: > 0 } headersFile)
        {
            var headers = (await File.ReadAllLinesAsync(headersFile))
                .Select(line => line.Split(':', 2))
                .Where(parts => parts.Length == 2 && parts[0].Trim().Length > 0)
                .Select(parts => (Name: parts[0].Trim(), Value: new Microsoft.Extensions.Primitives.StringValues(parts[1].Trim())))
                .ToArray();
            app.MapGet("/not-modified", http =>
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                foreach (var (name, value) in headers)
                {
                    http.Response.Headers[name] = value;
                }
                return Task.CompletedTask;
            });
        }
        await app.RunAsync();
        return 0;
    }

    private static Task Write(HttpContext http, byte[] body, string contentType)
    {
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        return http.Response.Body.WriteAsync(body, 0, body.Length);
    }
}
