using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Bench;

/// <summary>
/// Issue 20 item 3, a realistic mix, against running app instances (127.0.0.1 only; started by bench/mix):
/// <list type="number">
/// <item>from the seeded database (bench/Circulair.Bench seed) it picks <c>--organisations</c> organisations, in each one
///   editor (a member with the role Coördinator or Teamlid, who may edit a trajectory) and an equal share of the
///   <c>--readers</c> readers (members of any role), every account used once where the seed allows;</item>
/// <item>every virtual user has its own HTTP handler and cookie container (no automatic redirects) and logs in through
///   the real /login form with its antiforgery token; with several instances the users are spread over them round-robin,
///   like a load balancer with sticky sessions;</item>
/// <item>each editor, after a pause of 2–5 s (seeded random), opens the edit form of its organisation's first trajectory,
///   posts back every field of the form as a browser does with the title changed to carry a new marker ("Mix 07-0042"),
///   expects the app's redirect to the trajectory and follows it; the POST is the timed save;</item>
/// <item>each reader reads its organisation's dashboard, trajectory list and the edited trajectory in turn, with a think
///   time of 0.5–1.5 × <c>--think</c> ms between pages; a read of the list or the trajectory that started after a save
///   of its organisation was acknowledged must show that save's marker or a later one, otherwise it is stale;</item>
/// <item>after <c>--warmup</c> s (untimed) the requests that start in the next <c>--duration</c> s are timed; the app
///   processes' CPU time over that window and their RSS at the end are read from /proc (<c>--pids</c>).</item>
/// </list>
/// Prints (and with --out writes) a Markdown block. Exit code 1 when any request failed or any read was stale.
/// </summary>
public static partial class MixBench
{
    private const string TrajectoryTitleField = "Input.Title";

    public static async Task<int> RunAsync(Options options)
    {
        var provider = Enum.Parse<DatabaseProvider>(options.Required("provider"), ignoreCase: true);
        var connection = options.Required("connection");
        var urls = options.Required("urls").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToArray();
        if (urls.Length == 0 || urls.Any(u => u.Host != "127.0.0.1"))
        {
            throw new ArgumentException("The mix only targets 127.0.0.1.");
        }
        var pids = options.Get("pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (pids.Length != urls.Length)
        {
            throw new ArgumentException("--pids needs one process id per address in --urls.");
        }
        var readerCount = options.Get("readers", 200);
        var editorCount = options.Get("editors", 20);
        var organisationCount = options.Get("organisations", 20);
        var duration = options.Get("duration", 60);
        var warmup = options.Get("warmup", 10);
        var think = options.Get("think", 1000);
        var password = options.Get("password", Seeder.BenchPassword);
        var output = options.Get("out", "");
        var seed = options.Get("seed", 20261207);
        if (editorCount > organisationCount || readerCount < organisationCount || organisationCount < 1 || duration < 1 || warmup < 0 || think < 0)
        {
            throw new ArgumentException("Give at least one reader per organisation, at most one editor per organisation, a positive duration.");
        }
        var log = Console.Error;

        // The cast, from the database.
        var cast = await CastAsync(provider, connection, organisationCount, editorCount, readerCount);
        log.WriteLine($"{cast.Organisations.Count} organisations, {cast.Editors.Count} editors, {cast.Readers.Count} readers; {cast.Note}");

        // Every virtual user logs in through the form, eight at a time (password hashing is the expensive part).
        var users = new List<VirtualUser>();
        var all = cast.Editors.Select(e => (e.Email, Editor: true)).Concat(cast.Readers.Select(r => (r.Email, Editor: false))).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            users.Add(new VirtualUser(i % urls.Length, urls[i % urls.Length], all[i].Email));
        }
        for (var i = 0; i < cast.Editors.Count; i++)
        {
            cast.Editors[i].Organisation.EditorInstance = users[i].Instance;
        }
        var loginClock = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(8))
        {
            await Task.WhenAll(users.Select(async u =>
            {
                await gate.WaitAsync();
                try
                {
                    await u.LogInAsync(password);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        var loginSeconds = loginClock.Elapsed.TotalSeconds;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{users.Count} log-ins through /login in {loginSeconds:0.0} s"));

        var run = new Run(Stopwatch.GetTimestamp() + Seconds(warmup), duration);
        var editors = cast.Editors.Select((e, i) => new EditorLoop(users[i], e, run, new Random(seed + i))).ToList();
        var readers = cast.Readers.Select((r, i) => new ReaderLoop(users[cast.Editors.Count + i], r, run, new Random(seed + 1000 + i), think)).ToList();

        var tasks = editors.Select(e => Task.Run(e.RunAsync)).Concat(readers.Select(r => Task.Run(r.RunAsync))).ToList();
        log.WriteLine($"warming up {warmup} s, then timing {duration} s");
        await WaitUntilAsync(run.Start);
        var cpuBefore = pids.Select(ProcessStats.CpuSeconds).ToArray();
        await WaitUntilAsync(run.End);
        var cpu = pids.Select((p, i) => ProcessStats.CpuSeconds(p) - cpuBefore[i]).ToArray();
        var cpuWindow = Stopwatch.GetElapsedTime(run.Start).TotalSeconds;
        run.Stop();
        await Task.WhenAll(tasks);
        var rss = pids.Select(ProcessStats.Rss).ToArray();
        foreach (var user in users)
        {
            user.Dispose();
        }

        var reads = readers.SelectMany(r => r.Reads).ToList();
        var saves = editors.SelectMany(e => e.Saves).ToList();
        var follows = editors.SelectMany(e => e.Follows).ToList();
        var problems = readers.SelectMany(r => r.Problems).Concat(editors.SelectMany(e => e.Problems)).ToList();

        var text = new StringBuilder();
        var instanceWord = urls.Length == 1 ? "1 instance" : $"{urls.Length} instances, users round-robin over them (each stays on its own)";
        text.AppendLine(CultureInfo.InvariantCulture, $"- load: {cast.Readers.Count} readers and {cast.Editors.Count} editors in {cast.Organisations.Count} organisations, {instanceWord}; every user logged in through /login ({users.Count} log-ins in {loginSeconds:0.0} s); {warmup} s warm-up (untimed), then the requests started in {duration} s timed");
        text.AppendLine(CultureInfo.InvariantCulture, $"- readers: each reads its organisation's dashboard, trajectory list and edited trajectory in turn, {think * 0.5:0}–{think * 1.5:0} ms think time between pages (random); a read of the list or the trajectory must show the marker of every save of its organisation acknowledged before the read started");
        text.AppendLine(CultureInfo.InvariantCulture, $"- editors: one per organisation (Coördinator or Teamlid); every 2–5 s (random pause): GET the edit form of the organisation's first trajectory, POST all its fields with the title changed to a new marker (\"Mix 07-0042\"), expect 302 to the trajectory and follow it; the save is the POST");
        text.AppendLine(CultureInfo.InvariantCulture, $"- accounts: {cast.Note}");
        text.AppendLine();
        text.AppendLine("| | reads | reads p50 / p95 / p99 | reads/s | saves | saves p50 / p95 / p99 | saves/s | errors | stale reads | app CPU in the window | RSS at the end |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < urls.Length; i++)
        {
            var r = reads.Where(x => x.Instance == i).ToList();
            var s = saves.Where(x => x.Instance == i).ToList();
            var e = problems.Count(x => x.Instance == i && !x.Stale && x.Timed);
            var stale = problems.Count(x => x.Instance == i && x.Stale && x.Timed);
            text.AppendLine(CultureInfo.InvariantCulture, $"| instance {i + 1} (`{urls[i].Authority}`, pid {pids[i]}) | {r.Count:N0} | {Ps(r.Select(x => x.Ms))} | {r.Count / (double)duration:0.0} | {s.Count:N0} | {Ps(s.Select(x => x.Ms))} | {s.Count / (double)duration:0.00} | {e} | {stale} | {cpu[i]:0.0} s ({cpu[i] / cpuWindow * 100:0} % of a core) | {rss[i]:0} MB |");
        }
        var errors = problems.Count(x => !x.Stale && x.Timed);
        var staleReads = problems.Count(x => x.Stale && x.Timed);
        var readsP95 = P(reads.Select(x => x.Ms).ToList(), 95);
        var savesP95 = P(saves.Select(x => x.Ms).ToList(), 95);
        text.AppendLine(CultureInfo.InvariantCulture, $"| **total** | {reads.Count:N0} | {Ps(reads.Select(x => x.Ms), bold95: true)} | {reads.Count / (double)duration:0.0} | {saves.Count:N0} | {Ps(saves.Select(x => x.Ms), bold95: true)} | {saves.Count / (double)duration:0.00} | **{errors}** | **{staleReads}** | {cpu.Sum():0.0} s | {rss.Sum():0} MB |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| target | | p95 ≤ 25 ms ({Verdict(readsP95 <= 25)}) | | | p95 ≤ 100 ms ({Verdict(savesP95 <= 100)}) | | 0 ({Verdict(errors == 0)}) | 0 ({Verdict(staleReads == 0)}) | | |");
        text.AppendLine();
        text.AppendLine("| page (readers, timed) | reads | p50 / p95 / p99 | from the page cache (`Age`) |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var page in ReaderLoop.PageNames)
        {
            var r = reads.Where(x => x.Page == page).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {page} | {r.Count:N0} | {Ps(r.Select(x => x.Ms))} | {(r.Count == 0 ? 0 : r.Count(x => x.Cached) * 100.0 / r.Count):0} % |");
        }
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- editor's redirect after a save (timed): {follows.Count} GETs, {Ps(follows.Select(x => x.Ms))}; all show their own save unless counted as stale above");
        var crossStale = problems.Count(x => x.Stale && x.Timed && x.CrossInstance);
        if (urls.Length > 1)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- stale reads on another instance than the editor's: {crossStale} of {staleReads}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"- problems: {errors} errors and {staleReads} stale reads timed, {problems.Count(x => !x.Timed && !x.Stale)} errors and {problems.Count(x => !x.Timed && x.Stale)} stale reads during the warm-up (not counted above)");
        foreach (var group in problems.GroupBy(x => (x.Timed, x.Stale, x.What)).OrderByDescending(g => g.Key.Timed).ThenByDescending(g => g.Count()).Take(12))
        {
            var example = group.First().Example;
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {(group.Key.Timed ? "timed" : "warm-up")}, {(group.Key.Stale ? "stale" : "error")} ×{group.Count()}: {group.Key.What}{(example.Length > 0 ? $" (e.g. {example})" : "")}");
        }
        Console.Write(text.ToString());
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, text.ToString());
        }
        return errors == 0 && staleReads == 0 && reads.Count > 0 && saves.Count > 0 ? 0 : 1;
    }

    private static string Verdict(bool met) => met ? "met" : "**not met**";

    private static string Ps(IEnumerable<double> values, bool bold95 = false)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return "–";
        }
        var p95 = P(list, 95).ToString("0.0", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{P(list, 50):0.0} / {(bold95 ? $"**{p95}**" : p95)} / {P(list, 99):0.0} ms");
    }

    private static double P(IReadOnlyList<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static long Seconds(double s) => (long)(s * Stopwatch.Frequency);

    private static async Task WaitUntilAsync(long timestamp)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    /// <summary>The organisations with their trajectory and members, and who plays whom.</summary>
    private static async Task<Cast> CastAsync(DatabaseProvider provider, string connection, int organisationCount, int editorCount, int readerCount)
    {
        var builder = new DbContextOptionsBuilder<CirculairDbContext>();
        DatabaseSetup.Configure(builder, provider, connection);
        await using var db = new CirculairDbContext(builder.Options);
        if (provider == DatabaseProvider.PostgreSql)
        {
            // A freshly seeded cluster has no statistics yet; the app's plans should not depend on when autovacuum ran.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.Slug }).ToListAsync();
        var trajectories = await db.Trajectories.AsNoTracking().GroupBy(t => t.OrganisationId).Select(g => new { OrganisationId = g.Key, Id = g.Min(t => t.Id) }).ToListAsync();
        var members = await db.Memberships.AsNoTracking()
            .Where(m => !m.User.IsPlatformAdministrator)
            .OrderBy(m => m.UserId)
            .Select(m => new { m.OrganisationId, m.UserId, m.Role, Email = m.User.Email! })
            .ToListAsync();
        var trajectoryOf = trajectories.ToDictionary(t => t.OrganisationId, t => t.Id);
        var membersOf = members.GroupBy(m => m.OrganisationId).ToDictionary(g => g.Key, g => g.ToList());

        var used = new HashSet<int>();
        var chosen = new List<OrganisationUnderTest>();
        var editorList = new List<Account>();
        var readerList = new List<Account>();
        var reused = 0;
        foreach (var organisation in organisations)
        {
            if (chosen.Count == organisationCount)
            {
                break;
            }
            if (!trajectoryOf.TryGetValue(organisation.Id, out var trajectoryId) || !membersOf.TryGetValue(organisation.Id, out var orgMembers))
            {
                continue;
            }
            var index = chosen.Count;
            var wantsEditor = index < editorCount;
            // An editor may change a trajectory: the edit page asks for Teamlid (OrganisationAccess Read = Teamlid).
            var editor = orgMembers.FirstOrDefault(m => (m.Role == OrganisationRole.Coordinator || m.Role == OrganisationRole.Teamlid) && !used.Contains(m.UserId));
            if (wantsEditor && editor is null)
            {
                continue;
            }
            var share = readerCount / organisationCount + (index < readerCount % organisationCount ? 1 : 0);
            var org = new OrganisationUnderTest(index, organisation.Slug, trajectoryId, wantsEditor ? index : -1);
            chosen.Add(org);
            if (wantsEditor)
            {
                used.Add(editor!.UserId);
                editorList.Add(new Account(editor.Email, org, editor.Role));
            }
            var fresh = orgMembers.Where(m => !used.Contains(m.UserId) && (!wantsEditor || m.UserId != editor!.UserId)).Take(share).ToList();
            var again = orgMembers.Where(m => used.Contains(m.UserId) && (!wantsEditor || m.UserId != editor!.UserId)).Take(share - fresh.Count).ToList();
            if (fresh.Count + again.Count < share)
            {
                throw new ArgumentException($"The organisation {organisation.Slug} has only {orgMembers.Count} members; seed more accounts.");
            }
            reused += again.Count;
            foreach (var m in fresh.Concat(again))
            {
                used.Add(m.UserId);
                readerList.Add(new Account(m.Email, org, m.Role));
            }
        }
        if (chosen.Count < organisationCount)
        {
            throw new ArgumentException($"Only {chosen.Count} organisations have a trajectory and an editor; seed more.");
        }
        var roles = string.Join(", ", editorList.GroupBy(e => e.Role).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        var readerRoles = string.Join(", ", readerList.GroupBy(e => e.Role).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        var note = reused == 0
            ? $"every user a different seeded account (editors: {roles}; readers: {readerRoles})"
            : $"{reused} reader accounts reused in a second organisation, the seed lacks members (editors: {roles}; readers: {readerRoles})";
        return new Cast(chosen, editorList, readerList, note);
    }

    /// <summary>The fields a browser would submit with the form that holds <paramref name="fieldName"/>, in document order.</summary>
    internal static List<KeyValuePair<string, string>> FormFields(string html, string fieldName)
    {
        var form = FormBlock().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains($"name=\"{fieldName}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form with the field {fieldName}.");
        var fields = new List<(int At, string Name, string Value)>();
        foreach (Match input in InputTag().Matches(form))
        {
            var attributes = Attributes(input.Value);
            var type = attributes.GetValueOrDefault("type", "text").ToLowerInvariant();
            if (!attributes.TryGetValue("name", out var name) || attributes.ContainsKey("disabled")
                || type is "submit" or "button" or "image" or "reset" or "file"
                || (type is "checkbox" or "radio" && !attributes.ContainsKey("checked")))
            {
                continue;
            }
            fields.Add((input.Index, name, attributes.GetValueOrDefault("value", type is "checkbox" or "radio" ? "on" : "")));
        }
        foreach (Match select in SelectTag().Matches(form))
        {
            var attributes = Attributes(select.Groups[1].Value);
            if (!attributes.TryGetValue("name", out var name) || attributes.ContainsKey("disabled"))
            {
                continue;
            }
            var options = OptionTag().Matches(select.Groups[2].Value).Select(o => (Attributes: Attributes(o.Groups[1].Value), Text: o.Groups[2].Value)).ToList();
            var option = options.FirstOrDefault(o => o.Attributes.ContainsKey("selected"));
            if (option.Attributes is null && options.Count > 0)
            {
                option = options[0];
            }
            if (option.Attributes is not null)
            {
                fields.Add((select.Index, name, option.Attributes.TryGetValue("value", out var value) ? value : WebUtility.HtmlDecode(option.Text).Trim()));
            }
        }
        foreach (Match area in TextareaTag().Matches(form))
        {
            var attributes = Attributes(area.Groups[1].Value);
            if (attributes.TryGetValue("name", out var name) && !attributes.ContainsKey("disabled"))
            {
                var content = WebUtility.HtmlDecode(area.Groups[2].Value);
                fields.Add((area.Index, name, content.StartsWith('\n') ? content[1..] : content));
            }
        }
        return [.. fields.OrderBy(f => f.At).Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match a in Attribute().Matches(tag))
        {
            attributes[a.Groups[1].Value] = a.Groups[2].Success ? WebUtility.HtmlDecode(a.Groups[2].Value) : a.Groups[3].Success ? WebUtility.HtmlDecode(a.Groups[3].Value) : "";
        }
        return attributes;
    }

    /// <summary>
    /// The highest sequence number of editor <paramref name="editor"/>'s markers on a page, or -1 when it shows none. The
    /// highest, because the trajectory's history lists earlier titles too; a page rendered before save N cannot hold N.
    /// </summary>
    internal static int MarkerOnPage(string html, int editor)
    {
        var highest = -1;
        foreach (Match m in Marker().Matches(html))
        {
            if (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == editor)
            {
                highest = Math.Max(highest, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            }
        }
        return highest;
    }

    internal static string MarkerText(int editor, int seq) => string.Create(CultureInfo.InvariantCulture, $"Mix {editor:D2}-{seq:D4}");

    internal static string WithMarker(string title, int editor, int seq) => $"{Marker().Replace(title, "").TrimEnd(' ', '(', ')').Trim()} ({MarkerText(editor, seq)})";

    [GeneratedRegex(@"Mix (\d{2})-(\d{4,})")]
    private static partial Regex Marker();

    [GeneratedRegex(@"<form\b[^>]*method=""post""[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormBlock();

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex(@"<select\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectTag();

    [GeneratedRegex(@"<option\b([^>]*)>(.*?)</option>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OptionTag();

    [GeneratedRegex(@"<textarea\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextareaTag();

    [GeneratedRegex(@"([\w:.\-\[\]]+)(?:\s*=\s*(?:""([^""]*)""|'([^']*)'|[^\s>]+))?")]
    private static partial Regex Attribute();
}

internal sealed record OrganisationUnderTest(int Index, string Slug, int TrajectoryId, int Editor)
{
    private int _acknowledged = -1;

    public string Dashboard => $"/o/{Slug}";
    public string List => $"/o/{Slug}/trajectories";
    public string Trajectory => $"/o/{Slug}/trajectories/{TrajectoryId}";
    public string EditForm => $"/o/{Slug}/trajectories/{TrajectoryId}/edit";

    /// <summary>The app instance the organisation's editor uses.</summary>
    public int EditorInstance { get; set; } = -1;

    /// <summary>The sequence number of the editor's latest acknowledged save, -1 before the first.</summary>
    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public void Acknowledge(int seq) => Volatile.Write(ref _acknowledged, seq);
}

internal sealed record Account(string Email, OrganisationUnderTest Organisation, OrganisationRole Role);

internal sealed record Cast(List<OrganisationUnderTest> Organisations, List<Account> Editors, List<Account> Readers, string Note);

/// <summary>The timed window: requests that start between <see cref="Start"/> and <see cref="End"/> are measured.</summary>
internal sealed class Run(long start, int durationSeconds)
{
    private volatile bool _stopped;

    public long Start { get; } = start;
    public long End { get; } = start + durationSeconds * Stopwatch.Frequency;
    public bool Stopped => _stopped;

    public bool Timed(long at) => at >= Start && at < End;

    public void Stop() => _stopped = true;

    /// <summary>Waits, but not past the end of the run.</summary>
    public async Task PauseAsync(TimeSpan pause)
    {
        var until = Math.Min(Stopwatch.GetTimestamp() + (long)(pause.TotalSeconds * Stopwatch.Frequency), End);
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}

internal sealed record Timing(int Instance, string Page, double Ms, bool Cached);

internal sealed record Problem(int Instance, bool Timed, bool Stale, string What, string Example = "", bool CrossInstance = false);

/// <summary>One person's browser: its own handler, connection and cookies; redirects are not followed.</summary>
internal sealed class VirtualUser(int instance, Uri baseAddress, string email) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public int Instance { get; } = instance;
    public string Email { get; } = email;

    public async Task<Answer> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, body, response.Headers.Location?.OriginalString, response.Headers.Age is not null);
    }

    public async Task<Answer> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await _http.PostAsync(path, new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, body, response.Headers.Location?.OriginalString, false);
    }

    public async Task LogInAsync(string password)
    {
        var form = await GetAsync("/login");
        if (form.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /login answered {(int)form.Status} for {Email}.");
        }
        var answer = await PostAsync("/login",
        [
            new("Input.Email", Email),
            new("Input.Password", password),
            new("__RequestVerificationToken", WorkshopLoad.TokenOf(form.Body)),
        ]);
        if (answer.Status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Log-in of {Email} answered {(int)answer.Status}, expected 302.");
        }
    }

    public void Dispose() => _http.Dispose();
}

internal sealed record Answer(HttpStatusCode Status, string Body, string? Location, bool Cached);

/// <summary>An editor: a pause of 2–5 s, the edit form, the save with a new marker, the redirect it answers.</summary>
internal sealed class EditorLoop(VirtualUser user, Account account, Run run, Random random)
{
    private List<KeyValuePair<string, string>>? _lastPosted;

    public List<Timing> Saves { get; } = [];
    public List<Timing> Follows { get; } = [];
    public List<Problem> Problems { get; } = [];

    public async Task RunAsync()
    {
        var organisation = account.Organisation;
        var seq = 0;
        // The first save comes at a random moment within the first pause, so the editors do not save in step.
        await run.PauseAsync(TimeSpan.FromSeconds(random.NextDouble() * 5));
        while (!run.Stopped && Stopwatch.GetTimestamp() < run.End)
        {
            seq++;
            var marker = MixBench.MarkerText(organisation.Editor, seq);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var form = await user.GetAsync(organisation.EditForm);
                if (form.Status != HttpStatusCode.OK)
                {
                    Fail(started, $"GET {{org}}/trajectories/{{id}}/edit answered {(int)form.Status}");
                }
                else
                {
                    var fields = MixBench.FormFields(form.Body, "Input.Title");
                    // Every field but the title must come back as it was posted last time: none was lost or misread.
                    var kept = fields.Where(f => f.Key is not "Input.Title" and not "__RequestVerificationToken").ToList();
                    if (_lastPosted is not null && !kept.SequenceEqual(_lastPosted))
                    {
                        Fail(started, $"the edit form did not keep the fields posted before: {string.Join(", ", kept.Except(_lastPosted).Select(f => $"{f.Key}={f.Value}"))}");
                    }
                    _lastPosted = kept;
                    if (seq == 1 && organisation.Index == 0)
                    {
                        Console.Error.WriteLine($"editor 0 posts: {string.Join(", ", fields.Select(f => f.Key == "__RequestVerificationToken" ? f.Key : $"{f.Key}={f.Value}"))} (the title changed)");
                    }
                    var i = fields.FindIndex(f => f.Key == "Input.Title");
                    fields[i] = new(fields[i].Key, MixBench.WithMarker(fields[i].Value, organisation.Editor, seq));
                    var sent = Stopwatch.GetTimestamp();
                    var saved = await user.PostAsync(organisation.EditForm, fields);
                    var answered = Stopwatch.GetTimestamp();
                    if (saved.Status != HttpStatusCode.Redirect || saved.Location != organisation.Trajectory)
                    {
                        Fail(sent, $"POST {{org}}/trajectories/{{id}}/edit answered {(int)saved.Status} {saved.Location}{ValidationSummary(saved.Body)}");
                    }
                    else
                    {
                        organisation.Acknowledge(seq);
                        if (run.Timed(sent))
                        {
                            Saves.Add(new Timing(user.Instance, "save", Ms(answered - sent), false));
                        }
                        var followed = Stopwatch.GetTimestamp();
                        var page = await user.GetAsync(saved.Location);
                        var done = Stopwatch.GetTimestamp();
                        if (page.Status != HttpStatusCode.OK)
                        {
                            Fail(followed, $"GET of the save's redirect answered {(int)page.Status}");
                        }
                        else
                        {
                            if (run.Timed(followed))
                            {
                                Follows.Add(new Timing(user.Instance, "redirect", Ms(done - followed), page.Cached));
                            }
                            if (MixBench.MarkerOnPage(page.Body, organisation.Editor) < seq)
                            {
                                Problems.Add(new Problem(user.Instance, run.Timed(followed), true, "the editor's own redirect did not show its save", marker));
                            }
                        }
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                Fail(started, $"{e.GetType().Name}: {e.Message}");
            }
            await run.PauseAsync(TimeSpan.FromSeconds(2 + random.NextDouble() * 3));
        }
    }

    private void Fail(long at, string what) => Problems.Add(new Problem(user.Instance, run.Timed(at), false, what));

    private static string ValidationSummary(string body)
    {
        var errors = Regex.Matches(body, @"class=""cx-error-message""[^>]*>(.*?)<", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
        return errors.Count == 0 ? "" : " (" + string.Join("; ", errors) + ")";
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

/// <summary>A reader: the dashboard, the trajectory list and the edited trajectory in turn, with a think time.</summary>
internal sealed class ReaderLoop(VirtualUser user, Account account, Run run, Random random, int thinkMs)
{
    public static readonly string[] PageNames = ["dashboard `/o/{org}`", "trajectory list `/o/{org}/trajectories`", "edited trajectory `/o/{org}/trajectories/{id}`"];

    public List<Timing> Reads { get; } = [];
    public List<Problem> Problems { get; } = [];

    public async Task RunAsync()
    {
        var organisation = account.Organisation;
        string[] paths = [organisation.Dashboard, organisation.List, organisation.Trajectory];
        var next = random.Next(paths.Length);
        // Readers start spread over one think time.
        await run.PauseAsync(TimeSpan.FromMilliseconds(random.NextDouble() * thinkMs));
        while (!run.Stopped && Stopwatch.GetTimestamp() < run.End)
        {
            var which = next;
            next = (next + 1) % paths.Length;
            var acknowledged = organisation.Acknowledged;
            var started = Stopwatch.GetTimestamp();
            var timed = run.Timed(started);
            try
            {
                var page = await user.GetAsync(paths[which]);
                var ms = (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
                if (page.Status != HttpStatusCode.OK)
                {
                    Problems.Add(new Problem(user.Instance, timed, false, $"GET {PageNames[which]} answered {(int)page.Status}"));
                }
                else
                {
                    if (timed)
                    {
                        Reads.Add(new Timing(user.Instance, PageNames[which], ms, page.Cached));
                    }
                    // The list and the trajectory show the edited title; the dashboard is checked only if it shows it.
                    var shown = organisation.Editor < 0 ? -1 : MixBench.MarkerOnPage(page.Body, organisation.Editor);
                    if (acknowledged >= 0 && (shown >= 0 || which > 0) && shown < acknowledged)
                    {
                        var cross = organisation.EditorInstance != user.Instance;
                        Problems.Add(new Problem(user.Instance, timed, true,
                            $"{PageNames[which]} did not show the last acknowledged save{(page.Cached ? " (answered from the page cache)" : " (rendered)")}",
                            $"showed {(shown < 0 ? "no marker" : MixBench.MarkerText(organisation.Editor, shown))} after {MixBench.MarkerText(organisation.Editor, acknowledged)} was acknowledged", cross));
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Problems.Add(new Problem(user.Instance, timed, false, $"GET {PageNames[which]}: {e.GetType().Name}: {e.Message}"));
            }
            if (thinkMs > 0)
            {
                await run.PauseAsync(TimeSpan.FromMilliseconds(thinkMs * (0.5 + random.NextDouble())));
            }
        }
    }
}
