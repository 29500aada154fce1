using System.Net;

namespace Circulair.Web.Tests.Features.Trajectory;

/// <summary>"Waar staan we?" shows the trajectory plan among the tools of phase 1, with its state computed from the data.</summary>
public sealed class TrajectoryDashboardTests(SharedApp app)
{
    [Fact]
    public async Task The_plan_is_listed_empty_in_phase_one_until_a_trajectory_exists()
    {
        using var s = await TrajectoryScenario.StartAsync(app);

        var dashboard = await s.Client.OpenAsync(s.Organisation.Url());

        var tool = dashboard.Document.QuerySelector($"#phase-Fase1 .cx-tool a[href='{s.Url()}']")!.ParentElement!;
        Assert.Contains("cx-tool--todo", tool.ClassList);
        Assert.Equal("nog leeg", tool.QuerySelector(".cx-tool__state")!.TextContent.Trim());
        Assert.Equal("Nog geen traject gepland.", tool.QuerySelector(".cx-tool__summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task With_a_trajectory_the_plan_has_content_and_its_summary_counts_sessions_with_minutes()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync("Circulair 2030");
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var edit = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        await s.Client.SubmitAsync(edit, new Dictionary<string, string?> { ["Input.Minutes"] = "Gestart." });

        var dashboard = await s.Client.OpenAsync(s.Organisation.Url());

        var tool = dashboard.Document.QuerySelector($"#phase-Fase1 .cx-tool a[href='{s.Url($"/{id}")}']")!.ParentElement!;
        Assert.Contains("cx-tool--done", tool.ClassList);
        Assert.Equal("ingevuld", tool.QuerySelector(".cx-tool__state")!.TextContent.Trim());
        Assert.Equal("Circulair 2030 (In voorbereiding): 1 van 5 sessies heeft een verslag.", tool.QuerySelector(".cx-tool__summary")!.TextContent.Trim());
        Assert.Contains("van", dashboard.Text("#dashboard-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_phase_is_shown_and_every_listed_tool_opens_an_existing_page()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        await s.NewTrajectoryAsync();

        var dashboard = await s.Client.OpenAsync(s.Organisation.Url());

        Assert.Equal(["phase-Fase1", "phase-Fase2", "phase-Fase3", "phase-Pilot"], dashboard.Document.QuerySelectorAll(".cx-phases > li").Select(li => li.Id));
        var links = dashboard.Document.QuerySelectorAll(".cx-tool a.cx-tool__name").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await s.Client.GetAsync(link)).Status);
        }
        foreach (var phase in dashboard.Document.QuerySelectorAll(".cx-phases > li"))
        {
            // A phase either lists its tools or says it has none yet, never an empty list.
            Assert.True(phase.QuerySelectorAll(".cx-tool").Length > 0 ^ phase.QuerySelector(".cx-empty") is not null);
        }
    }
}
