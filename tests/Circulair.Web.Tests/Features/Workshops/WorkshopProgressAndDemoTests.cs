using System.Net;
using Circulair.Organisations;
using Circulair.Web.Platform.Demo;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>Live workshops on "Waar staan we?", and the demo organisation's held workshop with its report.</summary>
public sealed class WorkshopProgressAndDemoTests(SharedApp app)
{
    private static AngleSharp.Dom.IElement Tool(Page page) =>
        page.Document.QuerySelectorAll("#phase-Fase2 .cx-tool").Single(t => t.TextContent.Contains("Live workshops", StringComparison.Ordinal));

    [Fact]
    public async Task The_dashboard_shows_workshops_in_phase_2_empty_then_counted_and_links_to_the_running_one()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        using var reader = await app.LoggedInClientAsync(user);
        var empty = Tool(await reader.OpenAsync(org.Url()));
        Assert.Contains("cx-tool--todo", empty.ClassName, StringComparison.Ordinal);
        Assert.Equal(org.Url("/workshops"), empty.QuerySelector("a")!.GetAttribute("href"));

        var s = await WorkshopArrange.NewAsync(app);
        await app.AddMemberAsync(s.Organisation, user, OrganisationRole.Lezer);
        var vote = await s.AddActivityAsync("Peiling", "Welke woorden?", new() { ["Input.PollType"] = "Woordwolk" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", vote);
        var filled = Tool(await reader.OpenAsync(s.Organisation.Url()));

        Assert.Contains("cx-tool--done", filled.ClassName, StringComparison.Ordinal);
        Assert.Contains("1 workshop (1 bezig, 0 beëindigd), 1 activiteit gehouden", filled.TextContent, StringComparison.Ordinal);
        Assert.Equal(s.Url(), filled.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_demo_holds_a_workshop_with_results_whose_report_and_exports_open()
    {
        await using var demoApp = new CirculairFactory();
        await demoApp.InitializeAsync();
        var password = await demoApp.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));
        var workshop = await demoApp.WithDbAsync(async (db, _) => await db.Workshops.Include(w => w.Activities).SingleAsync());
        Assert.Contains(workshop.Activities, a => a.State == ActivityState.Gesloten);
        Assert.True(await demoApp.WithDbAsync(async (db, _) => await db.WorkshopResponses.CountAsync() > 0 && await db.WorkshopIdeas.CountAsync() > 0));

        using var client = await demoApp.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));
        var dashboard = await client.OpenAsync("/o/demostad");
        Assert.Contains("cx-tool--done", Tool(dashboard).ClassName, StringComparison.Ordinal);
        var report = await client.OpenAsync($"/o/demostad/workshops/{workshop.Id}/report");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.NotEmpty(report.Document.QuerySelectorAll("table[data-results=dots] tbody tr"));
        Assert.NotEmpty(report.Document.QuerySelectorAll("[data-not-held]"));
        // Phase 2 exists: the demo's held activities do not say it is still to come.
        var control = await client.OpenAsync($"/o/demostad/workshops/{workshop.Id}");
        Assert.All(control.Document.QuerySelectorAll("[data-fed]"), fed => Assert.DoesNotContain("fase 2", fed.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(control.Document.QuerySelectorAll("[data-fed]"));
        foreach (var file in new[] { "report.docx", "report.xlsx" })
        {
            var download = await client.GetAsync($"/o/demostad/workshops/{workshop.Id}/{file}");
            Assert.True(download.Status == HttpStatusCode.OK && download.Bytes.Length > 0, $"{file}: {(int)download.Status}");
        }
    }
}
