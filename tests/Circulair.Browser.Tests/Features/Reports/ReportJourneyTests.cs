using System.Diagnostics;
using Circulair.Browser.Tests.Features.Dashboard;
using Circulair.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Reports;

/// <summary>
/// The demo coordinator makes both reports as printable pages from the reports page (every page checked by axe on
/// arrival, with and without JavaScript), and, where LibreOffice is installed, the strategy document converts to PDF.
/// </summary>
public sealed class ReportJourneyTests(DemoBrowserApp app) : IClassFixture<DemoBrowserApp>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Opens_the_strategy_document_and_the_progress_report_as_printable_pages(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(app.Coordinator);

        var page = await session.OpenAsync(app.Demo.Url("/reports"));
        await page.Locator("#chapter-Actions").UncheckAsync();
        await session.ClickAsync(page.Locator("#strategy-report button:not([formaction])"));
        Assert.StartsWith(app.Demo.Url("/reports/strategy?"), session.Path, StringComparison.Ordinal);
        await Expect(page.Locator("h1")).ToContainTextAsync("Strategie: ");
        await Expect(page.Locator("h2.cx-report__h1")).Not.ToContainTextAsync(["Actiefiches"]);
        await Expect(page.Locator("figure.cx-chart svg").First).ToBeVisibleAsync();

        await session.OpenAsync(app.Demo.Url("/reports"));
        await session.ClickAsync(page.Locator("#progress-report button:not([formaction])"));
        Assert.StartsWith(app.Demo.Url("/reports/progress?"), session.Path, StringComparison.Ordinal);
        await Expect(page.Locator("h1")).ToContainTextAsync("Voortgangsrapport");

        // Printed, the page breaks hold: the title page ends on its own page.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("page", await page.Locator(".cx-report__break").First.EvaluateAsync<string>("e => getComputedStyle(e).breakAfter"));
    }

    [Fact]
    public async Task LibreOffice_converts_the_strategy_document_when_it_is_installed()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        Assert.SkipWhen(soffice is null, "LibreOffice (soffice) is not installed here.");
        await using var session = await BrowserSession.StartAsync(app);
        await session.LogInAsync(app.Coordinator);
        var response = await session.Page.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, app.Demo.Url("/reports/strategy/docx")).ToString());
        Assert.Equal(200, response.Status);
        var folder = Directory.CreateTempSubdirectory("circulair-report-");
        try
        {
            var docx = Path.Combine(folder.FullName, "strategie.docx");
            await File.WriteAllBytesAsync(docx, await response.BodyAsync());
            using var process = Process.Start(new ProcessStartInfo(soffice!, ["--headless", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, docx])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            var pdf = new FileInfo(Path.Combine(folder.FullName, "strategie.pdf"));
            Assert.True(pdf.Exists && pdf.Length > 10_000, $"soffice exited {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
