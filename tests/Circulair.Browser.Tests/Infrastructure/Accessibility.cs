using System.Globalization;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core on the page as it is now, limited to the WCAG 2.0 and 2.1 level A and AA rules: the level Circulair
/// promises. Zero violations is the only pass; no rule is switched off.
/// The axe-core script is the one Deque.AxeCore.Playwright ships (through Deque.AxeCore.Commons). It runs with a
/// plain <c>axe.run</c> in the page rather than the package's <c>RunAxe</c>, which for every check also opens a
/// browser context of its own and loads axe there a second time: four to five times slower here, with no gain
/// for pages without iframes.
/// </summary>
public static class Accessibility
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact ?? "", help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({
              target: JSON.stringify(n.target),
              html: n.html,
              messages: [...n.any, ...n.all, ...n.none].map(c => c.message).filter(m => m),
            })),
          }));
        }
        """;

    /// <summary>The violations on the page, formatted one per rule; empty when the page passes.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeScript.Value);
        }
        var result = await page.EvaluateAsync<JsonElement>(Run, Tags).WaitAsync(Timeout);
        var violations = result.Deserialize<Violation[]>(JsonOptions) ?? [];
        return [.. violations.Select(Describe)];
    }

    /// <summary>
    /// Checks a page that was loaded with JavaScript off. axe cannot run there (its timers never fire while the
    /// page's scripts are disabled), so the page's document, exactly as the browser holds it, is shown at the same
    /// address (<paramref name="url"/>) in <paramref name="auditor"/>, a page with scripts allowed but every script request of the app
    /// refused: stylesheets and images load as they did, no enhancement runs, and axe sees the no-JS page.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsWithoutJavaScriptAsync(string url, string html, IPage auditor)
    {
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
            await auditor.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return await ViolationsAsync(auditor);
        }
        finally
        {
            await auditor.UnrouteAllAsync();
        }
    }

    private static string Describe(Violation v)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]");
        foreach (var node in v.Nodes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    at {Target(node.Target)}: {Shorten(node.Html)}");
            foreach (var message in node.Messages.Distinct())
            {
                text.Append("\n      ").Append(message.ReplaceLineEndings(" "));
            }
        }
        return text.ToString();
    }

    /// <summary>axe's target lists one selector per frame or shadow root: ["#id"] reads as #id.</summary>
    private static string Target(string json)
    {
        using var target = JsonDocument.Parse(json);
        return string.Join(" > ", target.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()));
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";

    private sealed record Violation(string Id, string Impact, string Help, string HelpUrl, ViolationNode[] Nodes);

    private sealed record ViolationNode(string Target, string Html, string[] Messages);
}
