using Microsoft.Playwright;

namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test assembly (each test gets its own browser context, so cookies and
/// storage never leak between tests). Debian's Chromium (/usr/bin/chromium, or CIRCULAIR_CHROMIUM) driven by
/// Playwright's bundled driver; Playwright never downloads a browser of its own here.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static string Executable =>
        Environment.GetEnvironmentVariable("CIRCULAIR_CHROMIUM") is { Length: > 0 } path ? path : DefaultExecutable;

    /// <summary>The shared browser, launched on first use.</summary>
    public static async Task<IBrowser> BrowserAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }
            if (!File.Exists(Executable))
            {
                throw new InvalidOperationException(
                    $"Chromium was not found at {Executable}. Install Debian's package (apt-get install chromium) " +
                    "or point CIRCULAIR_CHROMIUM at a Chromium binary. Do not run 'playwright install'.");
            }
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = Arguments,
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Closes the browser when the assembly's tests are done (registered as an assembly fixture).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }
        _playwright?.Dispose();
        _playwright = null;
    }
}
