using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Circulair.Web.Tests.Platform;

/// <summary>An app of its own with telemetry switched on and an in-memory exporter instead of OTLP.</summary>
public sealed class TelemetryApp : CirculairFactory
{
    public SpanList Spans { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans)));
    }

    /// <summary>The exporter adds from the thread that ends a span while the test reads: a list with a lock.</summary>
    public sealed class SpanList : Collection<Activity>
    {
        protected override void InsertItem(int index, Activity item)
        {
            lock (this)
            {
                base.InsertItem(index, item);
            }
        }

        public List<Activity> Snapshot()
        {
            lock (this)
            {
                return [.. this];
            }
        }
    }
}

/// <summary>OpenTelemetry (decision 0362): a request's trace reaches the exporter with the database work inside it.</summary>
public sealed class TelemetryTests(TelemetryApp app) : IClassFixture<TelemetryApp>
{
    [Fact]
    public async Task A_request_is_traced_with_its_ef_core_spans_in_the_same_trace()
    {
        var (org, client) = await app.SignedInAsync();
        using (client)
        {
            var path = org.Url("/stakeholders");

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).Status);

            // The server span ends just after the response has gone out: wait for it (no time is asserted).
            Activity? request = null;
            for (var i = 0; i < 200 && request is null; i++)
            {
                request = app.Spans.Snapshot().FirstOrDefault(a => a.Kind == ActivityKind.Server && Equals(a.GetTagItem("url.path"), path));
                if (request is null)
                {
                    await Task.Delay(25);
                }
            }
            Assert.NotNull(request);
            var database = app.Spans.Snapshot()
                .Where(a => a.TraceId == request.TraceId && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(database);
            Assert.All(database, a => Assert.Equal(ActivityKind.Client, a.Kind));
        }
    }
}

/// <summary>An app whose configuration names the hosting category, as an operator who wants request logs would.</summary>
public sealed class RequestLogsApp : CirculairFactory
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information" };
}

/// <summary>
/// Without telemetry or JSON logs nothing reads a request's trace, so ASP.NET Core's hosting category is off and hosting
/// starts no Activity and no logging scope per request (decision 0455); telemetry or an explicit level brings it back.
/// </summary>
public sealed class HostingDiagnosticsTests(SharedApp plain, TelemetryApp traced, RequestLogsApp logged) : IClassFixture<TelemetryApp>, IClassFixture<RequestLogsApp>
{
    private static Microsoft.Extensions.Logging.ILogger Logger(CirculairFactory app, string category) =>
        app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().CreateLogger(category);

    [Fact]
    public void Hosting_logs_nothing_per_request_unless_something_reads_the_trace_or_the_operator_asks_for_request_logs()
    {
        const string hosting = "Microsoft.AspNetCore.Hosting.Diagnostics";
        // The default app logs (other categories of ASP.NET Core still warn), but not under the hosting category.
        Assert.True(Logger(plain, "Microsoft.AspNetCore.Routing").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.False(Logger(plain, hosting).IsEnabled(Microsoft.Extensions.Logging.LogLevel.Critical));

        Assert.True(Logger(traced, hosting).IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.True(Logger(logged, hosting).IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
    }
}
