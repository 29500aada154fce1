using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core (embedded in Deque.AxeCore.Playwright) on the page as it is now, limited to the WCAG 2.0 and 2.1
/// level A and AA rules: the level Circulair promises. Zero violations is the only pass.
/// </summary>
public static class Accessibility
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static AxeRunOptions Options() => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
        // Only violations matter for the verdict; skipping passes and inapplicable rules keeps the result small.
        ResultTypes = [ResultType.Violations],
    };

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The violations on the page, formatted one per rule; empty when the page passes.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        return await RunAsync(page);
    }

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page)
    {
        var result = await page.RunAxe(Options()).WaitAsync(Timeout);
        return [.. result.Violations.Select(Describe)];
    }

    /// <summary>
    /// Checks a page that was loaded with JavaScript off. axe cannot run there (its timers never fire while the
    /// page's scripts are disabled), so the page's document, exactly as the browser holds it, is shown at the same
    /// address in <paramref name="auditor"/>, a page with scripts allowed but every script request of the app
    /// refused: stylesheets and images load as they did, no enhancement runs, and axe sees the no-JS page.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsWithoutJavaScriptAsync(IPage page, IPage auditor)
    {
        var html = await page.ContentAsync();
        await auditor.RouteAsync("**/*", async route =>
        {
            if (route.Request.IsNavigationRequest)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
            }
            else if (route.Request.ResourceType == "script")
            {
                await route.AbortAsync();
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        try
        {
            await auditor.GotoAsync(page.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return await RunAsync(auditor);
        }
        finally
        {
            await auditor.UnrouteAllAsync();
        }
    }

    private static string Describe(AxeResultItem v)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]");
        foreach (var node in v.Nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    at {node.Target}: {Shorten(node.Html)}");
            var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
            foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct())
            {
                text.Append("\n      ").Append(message!.ReplaceLineEndings(" "));
            }
        }
        return text.ToString();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
