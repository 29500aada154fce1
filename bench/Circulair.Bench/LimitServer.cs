using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Circulair.Bench;

/// <summary>
/// The limit for a page: bare Kestrel answering GET /page with the page's bytes, held in memory, and the
/// same content type; GET /hello answers "hello". No middleware besides routing, no logging, no server header
/// (the app sends none either).
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
