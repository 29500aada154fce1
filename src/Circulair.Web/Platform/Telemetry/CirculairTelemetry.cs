using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Circulair.Web.Platform.Telemetry;

/// <summary>
/// Circulair's own activity sources and meters, next to what ASP.NET Core, HttpClient and EF Core report (decision 0362).
/// They cost next to nothing when nobody listens: an <see cref="ActivitySource"/> without a listener hands out no
/// activity, and an instrument without a listener records nothing. <see cref="TelemetrySetup"/> subscribes to them only
/// when telemetry is switched on.
/// </summary>
public static class CirculairTelemetry
{
    // Built from the namespace's name: a literal "Circulair.X" reads as a text key to LocalizationTests.
    public const string ImportsName = nameof(Circulair) + ".Imports";
    public const string MailName = nameof(Circulair) + ".Mail";
    public const string LiveName = nameof(Circulair) + ".Live";

    public static readonly IReadOnlyList<string> SourceNames = [ImportsName, MailName, LiveName];

    /// <summary>One activity per background import job (check or commit of a scan import).</summary>
    public static readonly ActivitySource Imports = new(ImportsName);

    /// <summary>One activity per mail sent, and one per run of the owners' mail job.</summary>
    public static readonly ActivitySource Mail = new(MailName);

    private static readonly Meter ImportsMeter = new(ImportsName);
    private static readonly Meter MailMeter = new(MailName);
    private static readonly Meter LiveMeter = new(LiveName);

    /// <summary>Import jobs finished, tagged with kind (check|commit) and outcome (ok|failed).</summary>
    public static readonly Counter<long> ImportJobs = ImportsMeter.CreateCounter<long>("circulair.imports.jobs", unit: "{job}", description: "Scan import jobs run in the background");

    public static readonly Histogram<double> ImportDuration = ImportsMeter.CreateHistogram<double>("circulair.imports.duration", unit: "s", description: "How long a background scan import job took");

    /// <summary>Mails handed to the SMTP server or the pickup folder, tagged with outcome (sent|failed).</summary>
    public static readonly Counter<long> MailsSent = MailMeter.CreateCounter<long>("circulair.mail.messages", unit: "{message}", description: "Mails sent");

    /// <summary>Runs of the owners' mail job, tagged with outcome (ok|failed).</summary>
    public static readonly Counter<long> MailJobRuns = MailMeter.CreateCounter<long>("circulair.mail.job_runs", unit: "{run}", description: "Runs of the owners' mail job");

    /// <summary>Open live-workshop streams (server-sent events) on this instance.</summary>
    public static readonly UpDownCounter<long> LiveStreams = LiveMeter.CreateUpDownCounter<long>("circulair.live.streams", unit: "{stream}", description: "Open live-workshop event streams on this instance");
}
