using Circulair.Persistence;
using Circulair.Web.Platform.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit;

namespace Circulair.TestKit;

/// <summary>
/// The real app on a database of its own, built by the real migrations at start-up (never EnsureCreated).
/// SQLite by default; PostgreSQL when CIRCULAIR_TEST_DATABASE=PostgreSql, on the server named by
/// CIRCULAIR_TEST_POSTGRES (default Host=127.0.0.1;Port=5432;Username=postgres), in a fresh database that is
/// dropped afterwards. Mail goes to a temporary pickup folder (<see cref="Mailbox"/>); time is a
/// <see cref="FakeTimeProvider"/> (<see cref="Clock"/>). Tests share one factory per assembly and create
/// their own organisation, so they never depend on each other's data.
/// </summary>
public class CirculairFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "circulair-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase;

    public CirculairFactory() : this(null)
    {
    }

    /// <param name="provider">"Sqlite" or "PostgreSql" for a test that needs both at once (e.g. moving an organisation
    /// between them); null: the one CIRCULAIR_TEST_DATABASE names.</param>
    protected CirculairFactory(string? provider)
    {
        Directory.CreateDirectory(_folder);
        Provider = provider ?? (string.Equals(Environment.GetEnvironmentVariable("CIRCULAIR_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase) ? "PostgreSql" : "Sqlite");
        if (Provider == "PostgreSql")
        {
            _postgresDatabase = "circulair_t_" + Guid.NewGuid().ToString("N")[..16];
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ToString();
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(_folder, "test.db")}";
        }
        Mailbox = new Mailbox(Path.Combine(_folder, "mail"));
    }

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("CIRCULAIR_TEST_POSTGRES") is { Length: > 0 } s ? s : "Host=127.0.0.1;Port=5432;Username=postgres";

    public string Provider { get; }
    public string ConnectionString { get; }
    public Mailbox Mailbox { get; }
    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Extra settings for a test class that needs them (e.g. a low rate limit); null leaves a default of the factory out.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Circulair"] = ConnectionString,
            // Off in what ships (decision 0500); on here, so that a context used by two operations at once fails a test.
            ["Database:ThreadSafetyChecks"] = "true",
            ["Mail:PickupDirectory"] = Mailbox.Folder,
            ["Mail:Smtp:Host"] = "",
            ["RateLimits:LoginPerMinute"] = "100000",
            ["RateLimits:SetupPerMinute"] = "100000",
            ["RateLimits:InvitationsPerHour"] = "100000",
            // All test clients share one address; a test of the sign-in throttle sets its own limits.
            ["Security:SignInFailuresPerClient"] = "100000",
            ["Circulair:Demo"] = "false",
            // Tests run the owners' mails themselves (SendOwnerMails) with the fake clock.
            ["FollowUp:Owners:Background"] = "false",
            // Tests run the workshop-name retention themselves (WorkshopNameRetention) with the fake clock.
            ["Privacy:Background"] = "false",
            ["Files:Folder"] = Path.Combine(_folder, "files"),
        };
        // A null value leaves the setting out, so the app's own default applies (e.g. to test that default).
        foreach (var (k, v) in Settings)
        {
            if (v is null)
            {
                settings.Remove(k);
            }
            else
            {
                settings[k] = v;
            }
        }
        // Settings go in as command-line style configuration so they win over appsettings.json, before
        // Program reads them to register the database.
        builder.UseSetting("Database:Provider", Provider);
        foreach (var (k, v) in settings)
        {
            builder.UseSetting(k, v);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public virtual async ValueTask InitializeAsync()
    {
        var copy = StartsFromMigratedCopy;
        if (_postgresDatabase is null)
        {
            if (copy)
            {
                await MigratedTemplate.CopySqliteAsync(Path.Combine(_folder, "test.db"));
            }
        }
        else if (copy)
        {
            await MigratedTemplate.CreatePostgresAsync(PostgresServer, _postgresDatabase);
        }
        else
        {
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        await PrepareDatabaseAsync();
        // Start the host now (migrations run here, not inside the first test). StartServer rather than the Server
        // property: the browser tests run this factory on Kestrel, where there is no TestServer.
        StartServer();
    }

    /// <summary>Runs on the empty database (created, not yet migrated) before the app starts and migrates it.</summary>
    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;

    /// <summary>
    /// Whether the app starts on a copy of the database the real migrations built once per test process
    /// (<see cref="MigratedTemplate"/>; its own migration step at start-up then finds nothing left to apply) rather than
    /// on an empty one it migrates itself. Not for a factory that prepares the empty database itself
    /// (<see cref="PrepareDatabaseAsync"/>), e.g. with an earlier release's schema.
    /// </summary>
    protected virtual bool StartsFromMigratedCopy =>
        GetType().GetMethod(nameof(PrepareDatabaseAsync), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.DeclaringType == typeof(CirculairFactory);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool; the temp folder is cleaned by the OS later.
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs work against the app's own DbContext and services, e.g. to arrange data or check what was stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<CirculairDbContext, IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        return await work(db, scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<CirculairDbContext, Task> work) => WithDbAsync(async (db, _) =>
    {
        await work(db);
        return true;
    });

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    /// <summary>
    /// Waits (up to 30 s) until the app trusts the data versions it knows in memory: at once on SQLite, on PostgreSQL
    /// once it hears the other instances' announcements. Tests that count answers given from memory need it.
    /// </summary>
    private int _markers;

    /// <summary>
    /// Waits until the app trusts the data versions it learns and, on PostgreSQL, has heard every version announcement
    /// committed so far: an announcement of a seeding's commit heard after a test's first request would forget the
    /// version that request just learnt, and the next answer would not come from memory. A marker announced now (for an
    /// id no organisation has) is delivered after them, in commit order; once the tracker noted it, they were all heard.
    /// </summary>
    public async Task VersionsTrustedAsync()
    {
        var versions = Services.GetRequiredService<Circulair.Web.Platform.Caching.DataVersionTracker>();
        for (var i = 0; i < 300 && !versions.Trusted; i++)
        {
            await Task.Delay(100);
        }
        if (Provider != "PostgreSql")
        {
            return;
        }
        var marker = int.MaxValue - Interlocked.Increment(ref _markers);
        var epoch = versions.Epoch;
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})",
            [Circulair.Organisations.OrganisationDataVersion.Channel, marker.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        for (var i = 0; i < 500 && versions.UnchangedSince(marker, epoch); i++)
        {
            await Task.Delay(20);
        }
    }

    public AppClient NewClient()
    {
        StartServer();
        return new(CreateClient(new WebApplicationFactoryClientOptions
        {
            // http://localhost for the in-memory server; the real address when the factory runs on Kestrel.
            BaseAddress = ClientOptions.BaseAddress,
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));
    }
}
