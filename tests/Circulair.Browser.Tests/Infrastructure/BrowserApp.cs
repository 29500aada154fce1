namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// The real app (<see cref="CirculairFactory"/>: SQLite by default, PostgreSQL by environment variable) served by
/// Kestrel on 127.0.0.1 with a free port, so that a real browser can reach it. Everything the Web tests have
/// (<c>WithDbAsync</c>, <c>Scenario</c>, <c>Mailbox</c>, <c>Clock</c>) works here too.
/// </summary>
public class BrowserApp : CirculairFactory
{
    public BrowserApp()
    {
        // Port 0: Kestrel picks a free port; WebApplicationFactory then knows the address (ClientOptions.BaseAddress).
        UseKestrel(0);
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>Starts an app of its own for one test, e.g. for first-time setup on an empty database.</summary>
    public static async Task<BrowserApp> StartAsync()
    {
        var app = new BrowserApp();
        await app.InitializeAsync();
        return app;
    }
}

/// <summary>
/// One app for the whole assembly, with first-time setup already done (a platform administrator exists).
/// Journeys make their own users and organisations (<c>Scenario</c>), so they never depend on each other.
/// </summary>
public sealed class SharedBrowserApp : BrowserApp
{
    public TestUser Administrator { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Administrator = await this.NewUserAsync("Platformbeheerder", platformAdministrator: true);
    }
}
