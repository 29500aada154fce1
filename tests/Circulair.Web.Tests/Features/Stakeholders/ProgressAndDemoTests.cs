using Circulair.Stakeholders;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Web.Tests.Features.Stakeholders;

public sealed class ProgressAndDemoTests(SharedApp app)
{
    [Fact]
    public async Task The_dashboard_shows_tool_1_and_tool_2_in_phase_1_from_the_data()
    {
        var (org, client) = await app.SignedInAsync();
        var empty = await client.OpenAsync(org.Url());
        var tools = empty.Document.QuerySelectorAll(".cx-phase").First().QuerySelectorAll(".cx-tool").ToList();
        Assert.Contains(tools, t => t.TextContent.Contains("Tool 1 · Stakeholdermapping en -analyse", StringComparison.Ordinal) && t.ClassList.Contains("cx-tool--todo"));

        await app.AddStakeholderAsync(org, "Schepen", StakeholderGroup.Politiek, (StakeholderArrange.Today, Hoog, Hoog));
        await app.AddStakeholderAsync(org, "Jeugdraad");
        var filled = await client.OpenAsync(org.Url());

        var phase1 = filled.Document.QuerySelectorAll(".cx-phase").First();
        var tool1 = phase1.QuerySelectorAll(".cx-tool").Single(t => t.TextContent.Contains("Tool 1", StringComparison.Ordinal));
        var tool2 = phase1.QuerySelectorAll(".cx-tool").Single(t => t.TextContent.Contains("Tool 2", StringComparison.Ordinal));
        Assert.True(tool1.ClassList.Contains("cx-tool--done"));
        Assert.Contains("2 stakeholders in het register, waarvan 1 ingeschat", tool1.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 ingeschat, 1 nog niet; 1 in continu en actief management", tool2.TextContent, StringComparison.Ordinal);
        Assert.Equal(org.Url("/stakeholders/grid"), tool2.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_demo_organisation_gets_a_longlist_across_groups_and_the_grid_with_movements()
    {
        await using var demo = new CirculairFactory();
        await demo.InitializeAsync();
        await demo.WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, TestContext.Current.CancellationToken));

        var stakeholders = await demo.WithDbAsync((db, _) => db.Stakeholders.Include(s => s.Assessments).ToListAsync());

        Assert.InRange(stakeholders.Count, 24, 30);
        Assert.True(stakeholders.Select(s => s.Group).Distinct().Count() >= 11);
        Assert.Contains(stakeholders, s => s.Side == StakeholderSide.Intern);
        Assert.Contains(stakeholders, s => s.Side == StakeholderSide.Extern);
        Assert.Contains(stakeholders, s => s.CustomGroupId is not null);
        Assert.Contains(stakeholders, s => s.Power is null);
        Assert.Equal(6, stakeholders.Select(s => s.Approach).OfType<StakeholderApproach>().Distinct().Count());
        var moved = stakeholders.Select(s => AssessmentHistory.MovementAt(s.Assessments.Select(a => new AssessmentPoint(a.Date, a.Id, a.Power, a.Interest)), DateOnly.FromDateTime(CirculairFactory.Start.UtcDateTime))).Count(m => m?.HasMoved == true);
        Assert.True(moved >= 5, $"{moved} movements");
    }
}
