using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Circulair.Web.Platform.Telemetry;

/// <summary>
/// OpenTelemetry for operators (decision 0362). Off unless configured: <c>Telemetry:Enabled=true</c> collects traces and
/// metrics in process (a test adds its own exporter), and <c>Telemetry:Otlp:Endpoint</c> (or the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT variable) also switches it on and sends traces, metrics and logs there over OTLP.
/// Every log line carries the trace and span id of the request it belongs to, with or without OpenTelemetry
/// (the JSON console shows them in its scopes).
/// </summary>
public static class TelemetrySetup
{
    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue("Telemetry:Enabled", false) || OtlpEndpoint(configuration) is not null;

    /// <summary>Our setting, or the standard variable (which the exporter then reads itself, with its protocol).</summary>
    private static string? OtlpEndpoint(IConfiguration configuration) =>
        configuration["Telemetry:Otlp:Endpoint"] is { Length: > 0 } endpoint ? endpoint
        : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } standard ? standard
        : null;

    /// <summary>
    /// Telemetry:Otlp:Endpoint with Telemetry:Otlp:Protocol ("grpc", the default, or "http/protobuf": then each signal
    /// gets its own path under the endpoint, as the OTLP specification asks). Without our setting the exporter follows
    /// the OTEL_EXPORTER_OTLP_* variables.
    /// </summary>
    private static Action<OtlpExporterOptions> Otlp(IConfiguration configuration, string signalPath) => o =>
    {
        if (configuration["Telemetry:Otlp:Endpoint"] is not { Length: > 0 } endpoint)
        {
            return;
        }
        var http = string.Equals(configuration["Telemetry:Otlp:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase);
        o.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        o.Endpoint = new Uri(http ? endpoint.TrimEnd('/') + signalPath : endpoint);
    };

    /// <summary>The category ASP.NET Core's hosting logs each request under (and starts its per-request Activity for).</summary>
    internal const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static void AddCirculairTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Trace and span ids in every log scope: a log line can be found from a trace and the other way round.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (!IsEnabled(configuration))
        {
            if (!configuration.GetValue("Logging:Json", false) && configuration[$"Logging:LogLevel:{HostingDiagnostics}"] is null)
            {
                // Nothing reads a request's trace: no exporter, and no log line shows its scope. ASP.NET Core's hosting
                // still starts an Activity and a logging scope for every request whenever its own logger is enabled at
                // any level (it only logs each request at Information, below the shipped Warning); with that category
                // off it starts neither: a quarter of the CPU of a repeated public page or a 304 (decision 0455).
                // Setting the category in configuration (e.g. to Information, for request logs) brings both back.
                builder.Logging.AddFilter(HostingDiagnostics, LogLevel.None);
            }
            return;
        }
        var endpoint = OtlpEndpoint(configuration);
        var serviceName = configuration.GetValue("Telemetry:ServiceName", "circulair")!;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o =>
                    // Health probes every few seconds would drown the traces that matter.
                    o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                 .AddHttpClientInstrumentation()
                 .AddEntityFrameworkCoreInstrumentation()
                 .AddSource([.. CirculairTelemetry.SourceNames]);
                if (endpoint is not null)
                {
                    t.AddOtlpExporter(Otlp(configuration, "/v1/traces"));
                }
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation()
                 .AddHttpClientInstrumentation()
                 .AddMeter([.. CirculairTelemetry.SourceNames]);
                if (endpoint is not null)
                {
                    m.AddOtlpExporter(Otlp(configuration, "/v1/metrics"));
                }
            });
        if (endpoint is not null)
        {
            otel.WithLogging(l => l.AddOtlpExporter(Otlp(configuration, "/v1/logs")), o => o.IncludeScopes = true);
        }
    }
}
