using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Circulair.Bench;

/// <summary>
/// Simulates a live workshop over HTTP and server-sent events against running app instances (127.0.0.1 only):
/// <list type="number">
/// <item>a facilitator signs in, makes a workshop with a dot vote of five items, opens it and shows its results;</item>
/// <item>a projector (a second signed-in client, on the last instance) follows the workshop's event stream and,
///   like live-projector.js, fetches the results fragment on every event with at most one fetch in flight;</item>
/// <item><c>--voters</c> phones join one after the other (so each join's event tells the phone's participant id),
///   then each casts <c>--votes-each</c> votes at random moments spread over <c>--spread</c> seconds, every vote a
///   plain form POST followed by the GET of its redirect, as a phone without JavaScript does;</item>
/// <item>before that, every voter votes once within ten seconds, unmeasured (warm-up);</item>
/// <item>the latency of a vote is from sending its POST to the end of the first fragment fetch that started after
///   the projector's stream announced that vote (its origin); the fragment's dot total is checked at the end;</item>
/// <item><c>--streams</c> more phones join and each holds the phone event stream open; the resident memory of
///   every app process (<c>--pids</c>, /proc/PID/status VmRSS) is read before and after, and the facilitator
///   closes the vote to time how long the 'state' event takes to reach every stream.</item>
/// </list>
/// Phones are spread over the instances round-robin, like a load balancer would. Prints a Markdown block.
/// </summary>
public static partial class WorkshopLoad
{
    public static async Task<int> RunAsync(Options options)
    {
        var urls = options.Required("urls").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToArray();
        if (urls.Any(u => u.Host != "127.0.0.1"))
        {
            throw new ArgumentException("The load tool only targets 127.0.0.1.");
        }
        var pids = options.Get("pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var email = options.Required("email");
        var password = options.Required("password");
        var org = options.Get("org", "demostad");
        var voters = options.Get("voters", 300);
        var votesEach = options.Get("votes-each", 2);
        var spread = options.Get("spread", 30);
        var streamCount = options.Get("streams", 2000);
        var hold = options.Get("hold", 5);
        var random = new Random(20260302);
        var log = Console.Error;

        var instances = urls.Select(u => new Instance(u)).ToArray();
        var rssStart = pids.Select(ProcessStats.Rss).ToArray();
        var facilitator = new Browser(instances[0]);
        await facilitator.LogInAsync(email, password);
        var projectorBrowser = new Browser(instances[^1]);
        await projectorBrowser.LogInAsync(email, password);

        // The workshop, its dot vote, open with results shown.
        var list = await facilitator.GetAsync($"/o/{org}/workshops");
        var session = SessionOption().Match(list, list.IndexOf("id=\"Input_TrajectorySessionId\"", StringComparison.Ordinal)).Groups[1].Value;
        var created = await facilitator.PostAsync($"/o/{org}/workshops", list, new() { ["Input.Title"] = "Belastingstest", ["Input.TrajectorySessionId"] = session });
        var workshopUrl = created.Location ?? throw new InvalidOperationException("No workshop made: " + created.Status);
        var code = CodeOnPage().Match(await facilitator.GetAsync(workshopUrl)).Groups[1].Value;
        var form = await facilitator.GetAsync(workshopUrl + "/activities/new");
        var added = await facilitator.PostAsync(workshopUrl + "/activities/new", form, new()
        {
            ["Input.Kind"] = "Stippenstemming", ["Input.Title"] = "Wat eerst?", ["Input.Dots"] = "5", ["Input.MaxPerItem"] = "3",
            ["Input.Items"] = "Herstelpunt\nDeelfietsen\nCompostbakken\nCirculair aankopen\nMinder voedselverlies",
        });
        var activityId = added.Location!.Split("#activity-")[1];
        var control = await facilitator.GetAsync(workshopUrl);
        await facilitator.PostAsync(workshopUrl + "?handler=open", control, new() { ["activityId"] = activityId });
        await facilitator.PostAsync(workshopUrl + "?handler=show", control, new() { ["activityId"] = activityId });
        log.WriteLine($"workshop {workshopUrl} code {code}, dot vote {activityId} open");

        await using var projector = await Projector.StartAsync(projectorBrowser, workshopUrl);

        // Voters join one by one; the projector hears each join with the new participant's id.
        var phones = new List<Phone>();
        for (var i = 0; i < voters; i++)
        {
            var phone = new Phone(instances[i % instances.Length], code);
            var known = projector.Origins.Count;
            await phone.JoinAsync($"Stemmer {i + 1}");
            phone.Id = await projector.NextNewOriginAsync(known, TimeSpan.FromSeconds(30));
            await phone.LoadVoteFormAsync();
            phones.Add(phone);
        }
        log.WriteLine($"{voters} voters joined");

        // Warm-up (not measured): every voter votes once within ten seconds, so the server has compiled its paths.
        await CastAsync(phones, 1, 10, random);
        await projector.QuietAsync(TimeSpan.FromSeconds(3));
        log.WriteLine("warm-up votes done");

        // Votes at random moments over the spread.
        var cpuBeforeVotes = pids.Select(ProcessStats.CpuSeconds).ToArray();
        var start = Stopwatch.GetTimestamp();
        var votes = await CastAsync(phones, votesEach, spread, random);
        var votingSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await projector.QuietAsync(TimeSpan.FromSeconds(3));
        var cpuVotes = pids.Select((p, i) => ProcessStats.CpuSeconds(p) - cpuBeforeVotes[i]).ToArray();
        var expectedDots = phones.Sum(p => p.LastVote!.Values.Sum());
        var shownDots = DotsInFragment().Matches(await projectorBrowser.GetAsync(workshopUrl + "/projector?handler=live")).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

        var latencies = new List<double>();
        var missing = 0;
        foreach (var vote in votes)
        {
            var update = projector.UpdateAfter(vote.Phone.Id, vote.Sent);
            if (update is null)
            {
                missing++;
            }
            else
            {
                latencies.Add(Ms(update.Value - vote.Sent));
            }
        }
        var posts = votes.Select(v => Ms(v.Answered - v.Sent)).ToList();
        var failed = votes.Count(v => v.Status != HttpStatusCode.Redirect);

        // Held streams: phones that joined and keep the phone event stream open.
        var rssBefore = pids.Select(ProcessStats.Rss).ToArray();
        var cpuBeforeStreams = pids.Select(ProcessStats.CpuSeconds).ToArray();
        var streams = new List<PhoneStream>();
        var joinStart = Stopwatch.GetTimestamp();
        using (var gate = new SemaphoreSlim(32))
        {
            var tasks = Enumerable.Range(0, streamCount).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var phone = new Phone(instances[i % instances.Length], code);
                    await phone.JoinAsync(null);
                    var stream = await PhoneStream.OpenAsync(phone);
                    lock (streams)
                    {
                        streams.Add(stream);
                    }
                }
                finally
                {
                    gate.Release();
                }
            });
            await Task.WhenAll(tasks);
        }
        var joinSeconds = Stopwatch.GetElapsedTime(joinStart).TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(hold));
        var rssHeld = pids.Select(ProcessStats.Rss).ToArray();
        var cpuStreams = pids.Select((p, i) => ProcessStats.CpuSeconds(p) - cpuBeforeStreams[i]).ToArray();
        // Every stream waits for the next 'state' event at once, so each notes its own arrival time.
        var controlPage = await facilitator.GetAsync(workshopUrl);
        var heard = streams.Select(s => s.NextStateAsync(TimeSpan.FromSeconds(60))).ToList();
        var closedAt = Stopwatch.GetTimestamp();
        await facilitator.PostAsync(workshopUrl + "?handler=close", controlPage, new() { ["activityId"] = activityId });
        var fanOut = (await Task.WhenAll(heard)).Select(t => t is { } at ? Ms(at - closedAt) : double.NaN).ToList();
        var rssAfter = pids.Select(ProcessStats.Rss).ToArray();
        var unheard = fanOut.Count(double.IsNaN);
        foreach (var stream in streams)
        {
            stream.Dispose();
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"- instances: {urls.Length} ({string.Join(", ", urls.Select(u => u.Authority))}); projector on the last, phones round-robin");
        text.AppendLine(CultureInfo.InvariantCulture, $"- voting: {voters} phones × {votesEach} votes spread over {spread} s = {votes.Length} votes in {votingSeconds:0.0} s; {failed} not answered 302");
        text.AppendLine(CultureInfo.InvariantCulture, $"- vote → projector update: p50 {P(latencies, 50):0} ms, p95 **{P(latencies, 95):0} ms**, p99 {P(latencies, 99):0} ms, max {latencies.DefaultIfEmpty().Max():0} ms ({latencies.Count} measured, {missing} without an update); fragment fetches: {projector.Fetches}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- vote POST alone: p50 {P(posts, 50):0} ms, p95 {P(posts, 95):0} ms; dots on the projector at the end: {shownDots} of {expectedDots} expected");
        text.AppendLine(CultureInfo.InvariantCulture, $"- held streams: {streams.Count} phone streams opened in {joinSeconds:0.0} s (join + stream); state event reached {streams.Count - unheard} of them: p50 {P(fanOut, 50):0} ms, p95 {P(fanOut, 95):0} ms, max {fanOut.Where(f => !double.IsNaN(f)).DefaultIfEmpty().Max():0} ms");
        for (var i = 0; i < pids.Length; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- RSS of instance {i + 1} (pid {pids[i]}): {rssStart[i]:0} MB at the start, {rssBefore[i]:0} MB before the streams, **{rssHeld[i]:0} MB holding them**, {rssAfter[i]:0} MB after the fan-out");
            text.AppendLine(CultureInfo.InvariantCulture, $"- CPU of instance {i + 1}: {cpuVotes[i]:0.0} s for the measured votes ({cpuVotes[i] * 1000 / Math.Max(1, votes.Length):0.0} ms per vote with its redirect and projector fetches), {cpuStreams[i]:0.0} s for opening the streams and holding them {hold} s");
        }
        Console.Write(text.ToString());
        return failed == 0 && missing == 0 && unheard == 0 && shownDots == expectedDots ? 0 : 1;
    }

    private static async Task<VoteResult[]> CastAsync(List<Phone> phones, int votesEach, int spread, Random random)
    {
        var plan = phones.SelectMany(p => Enumerable.Range(0, votesEach).Select(_ => (Phone: p, At: random.NextDouble() * spread, Dots: RandomDots(random, p.ItemIds)))).OrderBy(v => v.At).ToList();
        var start = Stopwatch.GetTimestamp();
        return await Task.WhenAll(plan.Select(async v =>
        {
            var due = start + (long)(v.At * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            return await v.Phone.VoteAsync(v.Dots);
        }));
    }

    private static Dictionary<string, int> RandomDots(Random random, IReadOnlyList<string> items)
    {
        var dots = items.ToDictionary(i => i, _ => 0);
        var left = 5;
        while (left > 0)
        {
            var item = items[random.Next(items.Count)];
            if (dots[item] < 3)
            {
                dots[item]++;
                left--;
            }
        }
        return dots;
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static double P(IReadOnlyList<double> values, int percentile)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    [GeneratedRegex("""<option value="(\d+)"[^>]*>[^<]*</option>""")]
    private static partial Regex SessionOption();

    [GeneratedRegex("""id="join-code">([A-Z0-9]{6})<""")]
    private static partial Regex CodeOnPage();

    [GeneratedRegex("""<td class="cx-table__num" data-dots>(\d+)</td>""")]
    private static partial Regex DotsInFragment();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|type="hidden" name="__RequestVerificationToken" value="([^"]+)"|name="__RequestVerificationToken" value="([^"]+)""")]
    internal static partial Regex Token();

    [GeneratedRegex("""name="dots\[(\d+)\]""")]
    internal static partial Regex DotField();

    internal static string TokenOf(string html)
    {
        var m = Token().Match(html);
        return m.Success ? m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value : throw new InvalidOperationException("No antiforgery token on the page.");
    }
}

/// <summary>One app instance: a connection pool shared by every simulated client (cookies are kept per client).</summary>
internal sealed class Instance(Uri baseAddress)
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };
}

/// <summary>A client with its own cookies (session, antiforgery, participant), like one browser.</summary>
internal class Browser(Instance instance)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public Instance Instance { get; } = instance;

    public async Task<string> GetAsync(string path)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        }
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<(HttpStatusCode Status, string? Location)> PostAsync(string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = WorkshopLoad.TokenOf(page);
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await Instance.Http.SendAsync(request, completion);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                if (value.Length == 0)
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }
        return response;
    }

    public async Task LogInAsync(string email, string password)
    {
        var login = await GetAsync("/login");
        var (status, _) = await PostAsync("/login", login, new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Log-in answered {(int)status}.");
        }
    }
}

internal sealed record VoteResult(Phone Phone, long Sent, long Answered, HttpStatusCode Status);

/// <summary>A phone without JavaScript: joins with the code, votes with a form, follows the redirect.</summary>
internal sealed class Phone(Instance instance, string code) : Browser(instance)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private string _votePage = "";

    public int Id { get; set; }
    public string Path { get; } = $"/w/{code}";
    public IReadOnlyList<string> ItemIds { get; private set; } = [];
    public Dictionary<string, int>? LastVote { get; private set; }

    public async Task JoinAsync(string? name)
    {
        var landing = await GetAsync(Path);
        var (status, _) = await PostAsync(Path + "?handler=join", landing, new() { ["DisplayName"] = name ?? "" });
        if (status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Join answered {(int)status}.");
        }
    }

    public async Task LoadVoteFormAsync()
    {
        _votePage = await GetAsync(Path);
        ItemIds = [.. WorkshopLoad.DotField().Matches(_votePage).Select(m => m.Groups[1].Value)];
        if (ItemIds.Count == 0)
        {
            throw new InvalidOperationException("The phone shows no vote form.");
        }
    }

    /// <summary>
    /// Votes as a person does: a vote due while the previous one is still being answered waits for it, so the
    /// phone's last vote is the one the server saved last (two votes racing would make the expected dots a guess).
    /// </summary>
    public async Task<VoteResult> VoteAsync(Dictionary<string, int> dots)
    {
        await _one.WaitAsync();
        try
        {
            var fields = dots.ToDictionary(d => $"dots[{d.Key}]", d => d.Value.ToString(CultureInfo.InvariantCulture));
            fields["activityId"] = ActivityIdOnPage().Match(_votePage).Groups[1].Value;
            var sent = Stopwatch.GetTimestamp();
            var (status, location) = await PostAsync(Path + "?handler=answer", _votePage, fields);
            var answered = Stopwatch.GetTimestamp();
            if (status == HttpStatusCode.Redirect)
            {
                LastVote = dots;
                _votePage = await GetAsync(location!);
            }
            return new VoteResult(this, sent, answered, status);
        }
        finally
        {
            _one.Release();
        }
    }

    private static readonly Regex ActivityIdRegex = new("""name="activityId" value="(\d+)""", RegexOptions.Compiled);

    private static Regex ActivityIdOnPage() => ActivityIdRegex;
}

/// <summary>
/// The projector as live-projector.js runs it: one event stream; on each event the fragment is fetched, never
/// two fetches at once, one more after a fetch when events came in meanwhile. Records when each origin's event
/// arrived and when each fetch started and ended.
/// </summary>
internal sealed class Projector : IAsyncDisposable
{
    private readonly Browser _browser;
    private readonly string _fragment;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _dirty = new(0, 1);
    private readonly List<(int Origin, long At)> _events = [];
    private readonly List<(long Start, long End)> _fetches = [];
    private Task _reader = Task.CompletedTask;
    private Task _fetcher = Task.CompletedTask;
    private long _lastEvent;
    private int _inFlight;

    private Projector(Browser browser, string workshopUrl)
    {
        _browser = browser;
        _fragment = workshopUrl + "/projector?handler=live";
    }

    public List<int> Origins { get; } = [];

    public int Fetches
    {
        get
        {
            lock (_fetches)
            {
                return _fetches.Count;
            }
        }
    }

    public static async Task<Projector> StartAsync(Browser browser, string workshopUrl)
    {
        var projector = new Projector(browser, workshopUrl);
        var request = new HttpRequestMessage(HttpMethod.Get, workshopUrl + "/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var hello = new TaskCompletionSource();
        projector._reader = Task.Run(() => projector.ReadAsync(response, reader, hello));
        projector._fetcher = Task.Run(projector.FetchLoopAsync);
        await hello.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return projector;
    }

    private async Task ReadAsync(HttpResponseMessage response, StreamReader reader, TaskCompletionSource hello)
    {
        using (response)
        {
            string? name = null;
            while (!_stop.IsCancellationRequested && await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
                {
                    var at = Stopwatch.GetTimestamp();
                    if (name == "hello")
                    {
                        hello.TrySetResult();
                    }
                    else
                    {
                        var origin = line.StartsWith("data: o=", StringComparison.Ordinal) ? int.Parse(line[8..], CultureInfo.InvariantCulture) : 0;
                        lock (_events)
                        {
                            _events.Add((origin, at));
                            if (origin != 0 && !Origins.Contains(origin))
                            {
                                Origins.Add(origin);
                            }
                        }
                        Volatile.Write(ref _lastEvent, at);
                        if (_dirty.CurrentCount == 0)
                        {
                            try
                            {
                                _dirty.Release();
                            }
                            catch (SemaphoreFullException)
                            {
                                // Already marked: one fetch after the current one covers this event too.
                            }
                        }
                    }
                    name = null;
                }
            }
        }
    }

    private async Task FetchLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await _dirty.WaitAsync(_stop.Token);
            Volatile.Write(ref _inFlight, 1);
            var start = Stopwatch.GetTimestamp();
            await _browser.GetAsync(_fragment);
            var end = Stopwatch.GetTimestamp();
            Volatile.Write(ref _inFlight, 0);
            lock (_fetches)
            {
                _fetches.Add((start, end));
            }
        }
    }

    public async Task<int> NextNewOriginAsync(int known, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            lock (_events)
            {
                if (Origins.Count > known)
                {
                    return Origins[known];
                }
            }
            await Task.Delay(5);
        }
        throw new TimeoutException("The projector did not hear the join.");
    }

    /// <summary>Waits until no event has come for <paramref name="quiet"/> and no fetch is pending or running.</summary>
    public async Task QuietAsync(TimeSpan quiet)
    {
        while (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastEvent)) < quiet || _dirty.CurrentCount > 0 || Volatile.Read(ref _inFlight) == 1)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>When the projector showed a vote sent at <paramref name="sent"/> by <paramref name="origin"/>: the end of the first fetch that started after that vote's event arrived.</summary>
    public long? UpdateAfter(int origin, long sent)
    {
        long arrived;
        lock (_events)
        {
            var e = _events.FirstOrDefault(x => x.Origin == origin && x.At >= sent);
            if (e.At == 0)
            {
                return null;
            }
            arrived = e.At;
        }
        lock (_fetches)
        {
            var f = _fetches.FirstOrDefault(x => x.Start >= arrived);
            return f.End == 0 ? null : f.End;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_reader, _fetcher);
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}

/// <summary>A phone holding its event stream open, noting when the next 'state' event came.</summary>
internal sealed class PhoneStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _stop = new();

    private PhoneStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<PhoneStream> OpenAsync(Phone phone)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, phone.Path + "/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await phone.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The phone stream answered {(int)response.StatusCode}.");
        }
        var stream = new PhoneStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        if (await stream.NextAsync("hello", TimeSpan.FromSeconds(60)) is null)
        {
            throw new TimeoutException("No hello on a phone stream.");
        }
        return stream;
    }

    public Task<long?> NextStateAsync(TimeSpan timeout) => NextAsync("state", timeout);

    private async Task<long?> NextAsync(string wanted, TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        cts.CancelAfter(timeout);
        try
        {
            while (await _reader.ReadLineAsync(cts.Token) is { } line)
            {
                if (line == "event: " + wanted)
                {
                    return Stopwatch.GetTimestamp();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        return null;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _reader.Dispose();
        _response.Dispose();
        _stop.Dispose();
    }
}
