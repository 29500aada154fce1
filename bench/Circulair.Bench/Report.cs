using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Circulair.Bench;

/// <summary>
/// Reads the wrk outputs of one bench/run (files wrk-&lt;endpoint&gt;-&lt;round&gt;.txt in --results) and the run's
/// facts (meta.env there), checks them (every response 2xx, each the size expected) and writes the results
/// block for the database into docs/performance.md, between <c>&lt;!-- bench:results:NAME --&gt;</c> markers.
/// </summary>
public static partial class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Options options)
    {
        var folder = options.Required("results");
        var doc = options.Get("doc", "");
        var meta = await ReadMetaAsync(Path.Combine(folder, "meta.env"));
        var endpoints = new (string Key, string Label)[]
        {
            ("dashboard", meta.GetValueOrDefault("PAGE_LABEL", $"dashboard `/o/{meta["BENCH_SLUG"]}`, logged-in member")),
            ("limit", "limit: the same bytes from memory, bare Kestrel"),
            ("hello", "bare Kestrel `/hello`"),
        };
        if (meta.ContainsKey("BENCH_PUBLIC"))
        {
            // The public page revalidated: If-None-Match with its current ETag, answered 304 without a body (decision 0310).
            endpoints = [.. endpoints, ("notmodified", $"the public page revalidated (`If-None-Match`, 304), anonymous")];
            if (Directory.GetFiles(folder, "wrk-limit304-*.txt").Length > 0)
            {
                // Results from before the 304's own limit existed have only hello to compare with.
                endpoints = [.. endpoints, ("limit304", "limit of the 304: the same header lines from memory, bare Kestrel")];
            }
        }
        var runs = new Dictionary<string, List<WrkRun>>();
        var problems = new List<string>();
        var notes = new List<string>();
        foreach (var (key, _) in endpoints)
        {
            var files = Directory.GetFiles(folder, $"wrk-{key}-*.txt").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new ArgumentException($"No wrk output for {key} in {folder}.");
            }
            runs[key] = [];
            foreach (var file in files)
            {
                var run = WrkRun.Parse(await File.ReadAllTextAsync(file));
                runs[key].Add(run);
                if (run.Non2xx > 0)
                {
                    problems.Add($"{Path.GetFileName(file)}: {run.Non2xx} responses were not 2xx/3xx");
                }
                if (run.SocketErrors is { Length: > 0 } errors)
                {
                    // Timeouts (no answer within wrk's 2 s) happen on a crowded machine; noted, not fatal.
                    notes.Add($"{Path.GetFileName(file)}: socket errors ({errors})");
                }
            }
        }
        // wrk counts a 302 to the log-in page as a success: check that the average response is the page we captured.
        var expected = long.Parse(meta["PAGE_BYTES"], Inv);
        foreach (var key in new[] { "dashboard", "limit" })
        {
            foreach (var run in runs[key])
            {
                // wrk rounds its byte total (e.g. "1.52GB read"): allow that rounding for large pages. Responses still
                // in flight when the run ends (one per connection at most) or cut off by a timeout add bytes but no
                // response: with a large page and few responses that is a visible share.
                var body = run.BytesPerResponse;
                var rounding = Math.Max(1024, expected * 0.005);
                var inFlight = Connections(meta["WRK_ARGS"]) * (expected + 1024.0) / run.Requests;
                if (body < expected - rounding || body > expected + 1024 + rounding + inFlight && run.SocketErrors.Length == 0)
                {
                    problems.Add($"{key}: {body:F0} bytes per response on average, expected the {expected}-byte page plus headers");
                }
            }
        }

        var median = runs.ToDictionary(r => r.Key, r => r.Value.OrderBy(x => x.RequestsPerSecond).ElementAt(r.Value.Count / 2));
        var ratio = median["dashboard"].RequestsPerSecond / median["limit"].RequestsPerSecond;
        var paired = runs["dashboard"].Zip(runs["limit"], (d, l) => d.RequestsPerSecond / l.RequestsPerSecond).ToList();

        var sb = new StringBuilder();
        var database = meta["DATABASE"];
        // bench/run names the page it measured; older results folders have no PAGE_NAME.
        var pageName = meta.GetValueOrDefault("PAGE_NAME")
            ?? (meta.ContainsKey("BENCH_PUBLIC") ? "public progress page" : meta.ContainsKey("BENCH_STRATEGY_TABLE") ? "action table" : "dashboard");
        sb.AppendLine(Inv, $"### {database}, {pageName}, {meta["DATE"]}");
        sb.AppendLine();
        sb.AppendLine(Inv, $"- command: `{meta["COMMAND"]}`");
        sb.AppendLine(Inv, $"- machine: {meta["NPROC"]} cores, {meta["CPU"]}, {meta["MEMORY"]}; {meta["DOTNET"]}; commit `{meta["COMMIT"]}`");
        sb.AppendLine(Inv, $"- data: {meta["BENCH_SEEDED"]}; the page is {expected} bytes");
        if (meta.TryGetValue("PAGE_CACHE", out var cache))
        {
            sb.AppendLine(Inv, $"- page cache (decision 0171): {cache}");
        }
        sb.AppendLine(Inv, $"- wrk {meta["WRK_ARGS"]}, each endpoint warmed up {meta["WARMUP"]} first (the {pageName} until its req/s settled), {runs["dashboard"].Count} round(s) taken in turn ({pageName}, limit, hello{(runs.ContainsKey("limit304") ? ", 304, its limit" : runs.ContainsKey("notmodified") ? ", 304" : "")}); the table shows the median round");
        sb.AppendLine(Inv, $"- load average (uptime) before: {meta["LOAD_BEFORE"]}; after: {meta["LOAD_AFTER"]}");
        sb.AppendLine();
        sb.AppendLine("| endpoint | req/s | p50 | p90 | p99 | server CPU per request | req/s of each round |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var (key, label) in endpoints)
        {
            var m = median[key];
            sb.AppendLine(Inv, $"| {label} | {m.RequestsPerSecond:N0} | {Ms(m.P50)} | {Ms(m.P90)} | {Ms(m.P99)} | {m.CpuMicrosecondsPerRequest:N0} µs | {string.Join(", ", runs[key].Select(r => r.RequestsPerSecond.ToString("N0", Inv)))} |");
        }
        sb.AppendLine();
        var cpuRatio = median["limit"].CpuMicrosecondsPerRequest / median["dashboard"].CpuMicrosecondsPerRequest;
        sb.AppendLine(Inv, $"**{pageName} ÷ limit = {ratio:F3}** (round by round: {string.Join(", ", paired.Select(p => p.ToString("F3", Inv)))}); "
            + $"by server CPU per request, limit ÷ {pageName} = {cpuRatio:F3}.");
        if (median.TryGetValue("notmodified", out var notModified))
        {
            // The limit of a 304 is bare Kestrel giving the same answer from memory: status 304 and the same header lines
            // (as the page's limit gives the same bytes); /hello, bare Kestrel's smallest answer, is shown beside it.
            var revalidated = runs["notmodified"].Zip(runs["hello"], (n, h) => n.RequestsPerSecond / h.RequestsPerSecond).ToList();
            sb.AppendLine();
            if (median.TryGetValue("limit304", out var limit304))
            {
                var own = runs["notmodified"].Zip(runs["limit304"], (n, l) => n.RequestsPerSecond / l.RequestsPerSecond).ToList();
                sb.AppendLine(Inv, $"**304 ÷ its limit = {notModified.RequestsPerSecond / limit304.RequestsPerSecond:F3}** (round by round: {string.Join(", ", own.Select(p => p.ToString("F3", Inv)))}); "
                    + $"304 ÷ hello = {notModified.RequestsPerSecond / median["hello"].RequestsPerSecond:F3} (round by round: {string.Join(", ", revalidated.Select(p => p.ToString("F3", Inv)))}).");
            }
            else
            {
                sb.AppendLine(Inv, $"**304 ÷ hello = {notModified.RequestsPerSecond / median["hello"].RequestsPerSecond:F3}** (round by round: {string.Join(", ", revalidated.Select(p => p.ToString("F3", Inv)))}).");
            }
        }
        var timings = new (string Key, string Label)[]
        {
            ("TIMING_TABLE", "action table (Tool 8), HTML, first page of 100"),
            ("TIMING_TABLEALL", "action table with every action (`?size=all`), HTML"),
            ("TIMING_MATRIX", "impact/effort matrix (Tool 6), HTML"),
            ("TIMING_EXPORT", "action table as XLSX"),
        };
        if (timings.Any(t => meta.ContainsKey(t.Key)))
        {
            sb.AppendLine();
            sb.AppendLine(Inv, $"Single requests, one at a time ({meta.GetValueOrDefault("BENCH_STRATEGY_ACTIONS", "?")} actions; curl's total time on 127.0.0.1 after 5 warm-up requests, 30 timed):");
            sb.AppendLine();
            sb.AppendLine("| request | median | p90 | slowest | bytes |");
            sb.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var (key, label) in timings.Where(t => meta.ContainsKey(t.Key)))
            {
                var v = meta[key].Split(' ');
                sb.AppendLine(Inv, $"| {label} | {v[0]} ms | {v[1]} ms | {v[2]} ms | {long.Parse(v[3], Inv):N0} |");
            }
        }
        if (notes.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Notes: " + string.Join("; ", notes) + ".");
        }
        if (problems.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Problems: " + string.Join("; ", problems) + ".");
        }
        var block = sb.ToString();
        Console.WriteLine(block);

        if (doc.Length > 0)
        {
            await WriteBlockAsync(doc, meta["DATABASE_KEY"], block);
            Console.WriteLine($"Written to {doc}.");
        }
        return problems.Count > 0 ? 1 : 0;
    }

    private static int Connections(string wrkArgs) =>
        ConnectionsArg().Match(wrkArgs) is { Success: true } m ? int.Parse(m.Groups[1].Value, Inv) : 0;

    private static string Ms(double ms) => ms >= 10 ? ms.ToString("F0", Inv) + " ms" : ms.ToString("F2", Inv) + " ms";

    private static async Task WriteBlockAsync(string doc, string key, string block)
    {
        var start = $"<!-- bench:results:{key} -->";
        var end = $"<!-- /bench:results:{key} -->";
        var text = File.Exists(doc) ? await File.ReadAllTextAsync(doc) : "";
        var replacement = $"{start}\n{block}{end}";
        var i = text.IndexOf(start, StringComparison.Ordinal);
        var j = text.IndexOf(end, StringComparison.Ordinal);
        text = i >= 0 && j > i
            ? text[..i] + replacement + text[(j + end.Length)..]
            : text.TrimEnd() + "\n\n" + replacement + "\n";
        await File.WriteAllTextAsync(doc, text);
    }

    private static async Task<Dictionary<string, string>> ReadMetaAsync(string path)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in await File.ReadAllLinesAsync(path))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                meta[line[..eq]] = line[(eq + 1)..].Trim('\'');
            }
        }
        return meta;
    }

    /// <summary>What one wrk --latency run printed.</summary>
    public sealed record WrkRun(double RequestsPerSecond, double P50, double P90, double P99, long Requests, double BytesRead, long Non2xx, string SocketErrors, double ServerCpuSeconds)
    {
        public double BytesPerResponse => BytesRead / Requests;

        /// <summary>The server's CPU time per response, in microseconds: less sensitive to a busy machine than req/s.</summary>
        public double CpuMicrosecondsPerRequest => ServerCpuSeconds * 1_000_000 / Requests;

        public static WrkRun Parse(string text)
        {
            var rps = double.Parse(Match(RequestsPerSecondLine(), text, "Requests/sec").Groups[1].Value, Inv);
            var total = Match(TotalLine(), text, "requests in");
            var socket = SocketErrorsLine().Match(text);
            var non2xx = Non2xxLine().Match(text);
            var cpu = Match(ServerCpuLine(), text, "SERVER_CPU_SECONDS");
            return new WrkRun(
                rps,
                Percentile(text, 50),
                Percentile(text, 90),
                Percentile(text, 99),
                long.Parse(total.Groups[1].Value, Inv),
                Size(total.Groups[2].Value, total.Groups[3].Value),
                non2xx.Success ? long.Parse(non2xx.Groups[1].Value, Inv) : 0,
                socket.Success ? socket.Groups[1].Value.Trim() : "",
                double.Parse(cpu.Groups[1].Value, Inv) / double.Parse(cpu.Groups[2].Value, Inv));
        }

        private static double Percentile(string text, int p)
        {
            var m = Match(new Regex($@"^\s*{p}%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline), text, $"{p}% latency");
            var value = double.Parse(m.Groups[1].Value, Inv);
            return m.Groups[2].Value switch
            {
                "us" => value / 1000,
                "ms" => value,
                "s" => value * 1000,
                _ => value * 60_000,
            };
        }

        private static double Size(string value, string unit) => double.Parse(value, Inv) * unit switch
        {
            "B" => 1,
            "KB" => 1024,
            "MB" => 1024 * 1024,
            "GB" => 1024d * 1024 * 1024,
            _ => 1024d * 1024 * 1024 * 1024,
        };

        private static Match Match(Regex regex, string text, string what)
        {
            var m = regex.Match(text);
            return m.Success ? m : throw new ArgumentException($"wrk output has no {what} line:\n{text}");
        }
    }

    [GeneratedRegex(@"-c(\d+)")]
    private static partial Regex ConnectionsArg();

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s*(\d+) requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB|TB) read", RegexOptions.Multiline)]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^\s*Socket errors:(.*)$", RegexOptions.Multiline)]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"^SERVER_CPU_SECONDS=(\d+)/(\d+)", RegexOptions.Multiline)]
    private static partial Regex ServerCpuLine();

    [GeneratedRegex(@"^\s*Non-2xx or 3xx responses:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex Non2xxLine();
}
