using Circulair.Browser.Tests.Features.Dashboard;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Circulair.Browser.Tests.Features.Layout;

/// <summary>
/// Pages measured at the widths people use: a stakeholder's page on a 360 px phone never scrolls sideways, and the
/// scan's charts on a 1366 px laptop are drawn at full size with their data tables whole beside or below them.
/// </summary>
public sealed class ScreenWidthJourneyTests(DemoBrowserApp app) : IClassFixture<DemoBrowserApp>
{
    /// <summary>The page's widths and, when it is too wide, the elements that stick out furthest (to say what to fix).</summary>
    private const string Overflow = """
        () => {
          const root = document.documentElement;
          const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')}`;
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .map(e => `${name(e)} right=${Math.round(e.getBoundingClientRect().right)}`);
          // Text that overflows its box (a long word) widens the page while its element's box stays inside the
          // window: measure the text itself.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            const right = range.getBoundingClientRect().right;
            if (right > root.clientWidth + 0.5) wide.push(`text "${n.textContent.trim().slice(0, 40)}" in ${name(n.parentElement)} right=${Math.round(right)}`);
          }
          return { scroll: root.scrollWidth, client: root.clientWidth, wide: wide.slice(0, 12) };
        }
        """;

    // A class with setters: Playwright fills the result of an evaluation through a parameterless constructor.
    private sealed class Widths
    {
        public int Scroll { get; set; }
        public int Client { get; set; }
        public string[] Wide { get; set; } = [];
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stakeholders_page_does_not_scroll_sideways_at_360_px(bool javaScript)
    {
        var id = await app.WithDbAsync((db, _) => db.Stakeholders.Where(s => s.OrganisationId == app.Demo.Id).OrderByDescending(s => s.Assessments.Count).Select(s => s.Id).FirstAsync());
        await using var phone = await BrowserSession.StartAsync(app, javaScript, new ViewportSize { Width = 360, Height = 740 });
        await phone.LogInAsync(app.Coordinator);

        var page = await phone.OpenAsync(app.Demo.Url($"/stakeholders/{id}"));
        await page.Locator(".cx-history summary").ClickAsync();
        var widths = await page.EvaluateAsync<Widths>(Overflow);

        Assert.True(widths.Scroll <= widths.Client, $"The page is {widths.Scroll} px wide in a {widths.Client} px window: {string.Join(", ", widths.Wide)}");
    }

    [Fact]
    public async Task Scan_charts_keep_their_full_size_and_their_data_tables_whole_at_1366_px()
    {
        var datasetId = await app.WithDbAsync((db, _) => db.ScanDatasets.Where(d => d.OrganisationId == app.Demo.Id).Where(d => d.ObservationCount > 0).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        await using var laptop = await BrowserSession.StartAsync(app, javaScript: true, new ViewportSize { Width = 1366, Height = 768 });
        await laptop.LogInAsync(app.Coordinator);

        var page = await laptop.OpenAsync(app.Demo.Url($"/scan/datasets/{datasetId}"));
        var charts = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.cx-chart')]
              .filter(c => c.querySelector('svg.cx-chart__svg') && c.querySelector('.cx-chart__data'))
              .map(c => {
                const svg = c.querySelector('svg.cx-chart__svg');
                const data = c.querySelector('.cx-chart__data');
                return [svg.getBoundingClientRect().width / svg.viewBox.baseVal.width, data.scrollWidth, data.clientWidth];
              })
            """);

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            // Drawn at (at least) the size its labels were designed for: 12 px text stays 12 px.
            Assert.True(chart[0] >= 0.999, $"A chart is drawn at {chart[0]:P0} of its size, so its labels shrink.");
            Assert.True(chart[1] <= chart[2], $"A data table needs {chart[1]} px but gets {chart[2]} px: it is clipped.");
        }
    }
}
