using System.Net;
using AngleSharp.Html.Parser;

namespace Circulair.Web.Tests.Platform;

/// <summary>Start-up as an operator sees it: the real process, its console and its exit code.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("circulair-startup-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Theory]
    [InlineData("PostgreSql", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3")]
    [InlineData("PostgreSql", "this is not a connection string")]
    [InlineData("Sqlite", "Data Source=/proc/not-writable/circulair.db")]
    [InlineData("Oracle", "Data Source=x")]
    public async Task A_bad_database_setting_stops_start_up_with_one_clear_line(string provider, string connectionString)
    {
        await using var app = AppProcess.Start(_folder, new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Circulair"] = connectionString,
        });

        var exit = await app.WaitForExitAsync();

        Assert.Equal(1, exit);
        var critical = app.Lines.Where(l => l.StartsWith("crit:", StringComparison.Ordinal)).ToList();
        Assert.Single(critical);
        Assert.DoesNotContain(app.Lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.Contains("database", app.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Demo_mode_prints_one_login_line_that_works_and_never_touches_a_database_with_data()
    {
        Tiers.RequireSqliteTier();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Circulair"] = $"Data Source={Path.Combine(_folder, "demo.db")}" };
        string email, password;
        await using (var first = AppProcess.Start(_folder, environment, "--demo"))
        {
            await first.WaitUntilStartedOrExitedAsync();
            var demoLines = first.Lines.Where(l => l.StartsWith("Demo login: ", StringComparison.Ordinal)).ToList();
            var line = Assert.Single(demoLines);
            var parts = line["Demo login: ".Length..].Split(" / ");
            (email, password) = (parts[0], parts[1]);

            using var http = first.Client();
            var form = new HtmlParser().ParseDocument(await http.GetStringAsync("/login"));
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var login = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            var home = await http.GetAsync("/");
            Assert.Equal("/o/demostad", home.Headers.Location?.OriginalString);
            var dashboard = new HtmlParser().ParseDocument(await http.GetStringAsync("/o/demostad"));
            Assert.Equal("Demostad (voorbeeld)", dashboard.QuerySelector(".cx-header__org")?.TextContent);
            Assert.NotNull(dashboard.QuerySelector(".cx-demo-banner"));
        }

        await using var second = AppProcess.Start(_folder, environment, "--demo");
        await second.WaitUntilStartedOrExitedAsync();

        Assert.False(second.HasExited);
        Assert.DoesNotContain(second.Lines, l => l.StartsWith("Demo login: ", StringComparison.Ordinal));
        Assert.Contains("already holds data", second.Output, StringComparison.Ordinal);
    }
}
