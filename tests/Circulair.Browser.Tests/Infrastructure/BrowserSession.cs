using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// One person in one browser: a fresh browser context (own cookies) with JavaScript on or off, and one page.
/// Every page the journey arrives at through <see cref="OpenAsync"/>, <see cref="ClickAsync"/> or
/// <see cref="LogInAsync"/> is checked before the call returns:
/// <list type="bullet">
/// <item>axe-core, WCAG 2.0/2.1 A and AA: the test fails listing rule id, target and help of every violation;</item>
/// <item>no console error, uncaught script error or failed sub-resource (a CSP violation, a missing stylesheet).</item>
/// </list>
/// <code>
/// await using var session = await BrowserSession.StartAsync(app, javaScript: true);
/// await session.LogInAsync(user);
/// var page = await session.OpenAsync(organisation.Url("/settings"));
/// await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
/// </code>
/// For interactions that stay on the page (typing, htmx swaps) use <see cref="Page"/> directly and call
/// <see cref="CheckPageAsync"/> when the page has reached a state worth checking.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowser _browser;
    private readonly BrowserNewContextOptions _options;
    private readonly IBrowserContext _context;
    private IBrowserContext? _auditorContext;
    private IPage? _auditor;
    private readonly List<string> _problems = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource? _navigation;
    private int _navigations;
    private int _checkedNavigations;

    private BrowserSession(BrowserApp app, IBrowser browser, BrowserNewContextOptions options, IBrowserContext context, IPage page, bool javaScript)
    {
        App = app;
        _browser = browser;
        _options = options;
        _context = context;
        Page = page;
        JavaScript = javaScript;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                Interlocked.Increment(ref _navigations);
                _navigation?.TrySetResult();
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                Status = response.Status;
            }
            else if (response.Status >= 400)
            {
                Problem($"{response.Request.Method} {Local(response.Url)} answered {response.Status}");
            }
            else if (response.Status >= 300 && response.Request.ResourceType is not ("fetch" or "xhr"))
            {
                // A stylesheet, script or image should be there, not lead elsewhere (e.g. to the log-in page).
                // A script's own request may be redirected: an enhancement posts a form and follows its redirect.
                Problem($"{response.Request.Method} {Local(response.Url)} was redirected to {Local(response.Headers.GetValueOrDefault("location") ?? "?")}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // A server-sent-event stream runs until the page leaves; the browser then aborts it on purpose.
            var streamCut = request.ResourceType == "eventsource" && request.Failure == "net::ERR_ABORTED";
            if (!request.IsNavigationRequest && !streamCut)
            {
                Problem($"{request.Method} {Local(request.Url)} failed: {request.Failure}");
            }
        };
        page.Console += (_, message) =>
        {
            // The browser also logs the document's own 4xx status (a refused form answers 422 on purpose);
            // tests assert that status themselves, so only other errors count here.
            if (message.Type == "error" && !(FailedToLoad().IsMatch(message.Text) && IsDocument(message.Location)))
            {
                Problem($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Problem($"uncaught script error: {error}");
    }

    public BrowserApp App { get; }

    /// <summary>The page this session drives.</summary>
    public IPage Page { get; }

    public bool JavaScript { get; }

    /// <summary>HTTP status of the last main document (after redirects), e.g. 200 or 422.</summary>
    public int Status { get; private set; }

    /// <summary>The current path and query, e.g. "/o/gemeente-x".</summary>
    public string Path => new Uri(Page.Url).PathAndQuery;

    /// <summary>Opens a browser context of its own on <paramref name="app"/>, with JavaScript on or off.</summary>
    /// <param name="viewport">The window size; a desktop (1280 × 900) unless given, e.g. 360 wide for a phone.</param>
    public static async Task<BrowserSession> StartAsync(BrowserApp app, bool javaScript = true, ViewportSize? viewport = null)
    {
        var browser = await Chromium.BrowserAsync();
        var options = new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "nl-BE",
            TimezoneId = "Europe/Brussels",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        };
        var context = await NewContextAsync(browser, options);
        var page = await context.NewPageAsync();
        return new BrowserSession(app, browser, options, context, page, javaScript);
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout((float)NavigationTimeout.TotalMilliseconds);
        return context;
    }

    /// <summary>Goes to <paramref name="path"/> (relative to the app), then checks the page. Fails unless it answers 200.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        await GoToAsync(path);
        if (Status != 200)
        {
            throw new InvalidOperationException($"GET {path} answered {Status} at {Path}.");
        }
        return Page;
    }

    /// <summary>Goes to <paramref name="path"/> whatever it answers (see <see cref="Status"/>), then checks the page.</summary>
    public async Task<IPage> GoToAsync(string path)
    {
        await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await CheckPageAsync();
        return Page;
    }

    /// <summary>
    /// Clicks something that leads to another page (a link, a form's submit button), waits until that page has
    /// loaded and checks it. A form answered with 422 counts: it is a new document too.
    /// </summary>
    /// <remarks>Playwright's click itself waits for the navigation it starts to commit, so it gets a navigation's time,
    /// not an action's: a form whose answer takes long to make (one CI run saw the example organisation's POST pass 15 s
    /// on a loaded 2-core machine) is still a navigation.</remarks>
    public Task ClickAsync(ILocator target) =>
        FollowAsync(() => target.ClickAsync(new LocatorClickOptions { Timeout = (float)NavigationTimeout.TotalMilliseconds }));

    /// <summary>Runs <paramref name="action"/>, which must make the page navigate, and checks the page it lands on.</summary>
    public async Task FollowAsync(Func<Task> action)
    {
        var navigation = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _navigation = navigation;
        await action();
        try
        {
            await navigation.Task.WaitAsync(NavigationTimeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The action did not lead to another page within {NavigationTimeout.TotalSeconds} s (still at {Path}).");
        }
        finally
        {
            _navigation = null;
        }
        // The new document has committed; its load event can still lag far behind on a loaded 2-core CI machine (one
        // CI run saw the network go idle and no load within 30 s), so the load gets a wait of its own, longer than
        // a navigation's, and a timeout names the page instead of Playwright's bare "Timeout 30000ms exceeded".
        try
        {
            await Page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = (float)LoadTimeout.TotalMilliseconds });
        }
        catch (TimeoutException e)
        {
            // Twice in CI (JavaScript off, a form answered on the same address) Playwright reported the network idle
            // but never the load event, even after 90 s: the event was missed, the page was there. A page whose
            // footer (the last element of every layout) is parsed counts as loaded; anything else still fails.
            if (await Page.Locator("footer.cx-footer").CountAsync() == 0)
            {
                throw new InvalidOperationException($"{Path} (status {Status}) did not finish loading within {LoadTimeout.TotalSeconds} s.", e);
            }
        }
        await CheckPageAsync();
    }

    /// <summary>Fills in the log-in form and submits it; fails unless the person is let in.</summary>
    public async Task LogInAsync(TestUser user)
    {
        var page = await OpenAsync("/login");
        await page.Locator("#Input_Email").FillAsync(user.Email);
        await page.Locator("#Input_Password").FillAsync(user.Password);
        await ClickAsync(page.Locator("main form.cx-form button[type=submit]"));
        if (Path.StartsWith("/login", StringComparison.Ordinal))
        {
            var summary = await page.Locator(".cx-error-summary").AllInnerTextsAsync();
            throw new InvalidOperationException($"Log-in of {user.Email} failed ({Status}): {string.Join(" | ", summary)}");
        }
    }

    /// <summary>
    /// Signs <paramref name="user"/> in without showing the log-in pages: the log-in form is posted over HTTP from
    /// this browser context (its request API shares the context's cookies), so the session cookie lands where the
    /// browser uses it. For journeys whose subject is not logging in (<see cref="LogInAsync"/> and the log-in
    /// journeys cover the form itself); it saves two page loads and their checks per journey.
    /// </summary>
    public async Task SignInAsync(TestUser user)
    {
        var request = _context.APIRequest;
        var form = await request.GetAsync("/login");
        var token = AntiforgeryToken().Match(await form.TextAsync());
        if (!form.Ok || !token.Success)
        {
            throw new InvalidOperationException($"GET /login answered {form.Status} without an antiforgery token.");
        }
        var answer = await request.PostAsync("/login", new APIRequestContextOptions
        {
            Form = _context.APIRequest.CreateFormData()
                .Set("Input.Email", user.Email)
                .Set("Input.Password", user.Password)
                .Set("__RequestVerificationToken", token.Groups[1].Value),
            MaxRedirects = 0,
        });
        if (answer.Status != 302)
        {
            throw new InvalidOperationException($"Signing in {user.Email} answered {answer.Status} instead of a redirect.");
        }
    }

    /// <summary>
    /// Presses Tab until <paramref name="target"/> has the focus, as a keyboard user would; fails when it is not
    /// reached within <paramref name="limit"/> presses.
    /// </summary>
    public async Task TabToAsync(ILocator target, int limit = 60)
    {
        for (var i = 0; i < limit; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }
        }
        throw new InvalidOperationException($"{target} was not reached with {limit} presses of Tab (at {Path}).");
    }

    /// <summary>Logs out with the button in the header.</summary>
    public Task LogOutAsync() => ClickAsync(Page.Locator("header form[action='/logout'] button"));

    /// <summary>
    /// Checks the page as it is now: axe-core (WCAG 2.0/2.1 A and AA) finds nothing, and nothing went wrong in
    /// the browser since the last check. Throws with the full list otherwise.
    /// </summary>
    public async Task CheckPageAsync()
    {
        // Counted as checked even when the check itself fails, so that disposing does not fail a second time.
        _checkedNavigations = Volatile.Read(ref _navigations);
        IReadOnlyList<string> violations;
        var document = await Page.ContentAsync();
        var checkedAs = CheckedDocuments.Key(document, JavaScript, Page.ViewportSize?.Width, Page.ViewportSize?.Height);
        if (CheckedDocuments.PassedBefore(checkedAs))
        {
            violations = [];
        }
        else
        {
            if (JavaScript)
            {
                violations = await Accessibility.ViolationsAsync(Page);
            }
            else
            {
                _auditorContext ??= await NewContextAsync(_browser, new BrowserNewContextOptions(_options) { JavaScriptEnabled = true });
                _auditor ??= await _auditorContext.NewPageAsync();
                violations = await Accessibility.ViolationsWithoutJavaScriptAsync(Page.Url, document, _auditor);
            }
            if (violations.Count == 0)
            {
                CheckedDocuments.Passed(checkedAs);
            }
        }
        string[] problems;
        lock (_lock)
        {
            problems = [.. _problems];
            _problems.Clear();
        }
        if (violations.Count == 0 && problems.Length == 0)
        {
            return;
        }
        var mode = JavaScript ? "JavaScript on" : "JavaScript off";
        var message = $"{Path} ({mode}, status {Status}) is not clean:";
        if (violations.Count > 0)
        {
            message += $"\naxe found {violations.Count} WCAG 2.1 AA violation(s):\n- " + string.Join("\n- ", violations);
        }
        if (problems.Length > 0)
        {
            message += "\nbrowser problems:\n- " + string.Join("\n- ", problems);
        }
        throw new AccessibilityException(message);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // A page reached without one of the helpers above is still checked once, at the end.
            if (Volatile.Read(ref _navigations) != _checkedNavigations && !Page.IsClosed)
            {
                await CheckPageAsync();
            }
        }
        catch (PlaywrightException)
        {
            // The test already failed mid-navigation (the page is gone or still loading): its own exception tells
            // what happened; only real findings on a settled page may fail the test from here.
        }
        finally
        {
            await _context.CloseAsync();
            if (_auditorContext is not null)
            {
                await _auditorContext.CloseAsync();
            }
        }
    }

    /// <summary>An address of the app as a path ("/css/x.css"); other addresses in full.</summary>
    private string Local(string url) =>
        Uri.TryCreate(new Uri(App.BaseAddress, url).ToString(), UriKind.Absolute, out var uri) && uri.Authority == App.BaseAddress.Authority
            ? uri.PathAndQuery
            : url;

    // A console location reads "url:line:column".
    private bool IsDocument(string location) => Regex.Replace(location, ":\\d+:\\d+$", "") == Page.Url;

    private void Problem(string text)
    {
        lock (_lock)
        {
            _problems.Add(text);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("^Failed to load resource: the server responded with a status of 4\\d\\d")]
    private static partial Regex FailedToLoad();
}

/// <summary>A page that axe-core or the browser found fault with.</summary>
public sealed class AccessibilityException(string message) : Exception(message);
