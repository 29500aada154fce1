using Circulair.Browser.Tests.Features.Dashboard;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Budget;
using Circulair.Governance;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.FollowUp;

/// <summary>
/// Phase 3's budget, funding and governance pages of the demo organisation, each opened as the coordinator meets it
/// (the session runs axe on every page it arrives at), with and without JavaScript: the overviews, an action's budget
/// and its edit form, a funding application's form, the meerjarenplan and its import, the platform, a meeting and
/// their forms.
/// </summary>
public sealed class BudgetGovernanceAccessibilityTests(DemoBrowserApp app) : IClassFixture<DemoBrowserApp>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_budget_and_governance_page_of_the_demo_is_accessible(bool javaScript)
    {
        var (trajectoryId, actionId, fundingId, platformId, meetingId) = await app.WithDbAsync(async (db, _) =>
        {
            var funding = await db.Set<FundingApplication>().Where(f => f.OrganisationId == app.Demo.Id).OrderBy(f => f.Id).FirstAsync();
            var action = await db.Set<PlannedAction>().SingleAsync(a => a.Id == funding.PlannedActionId);
            var meeting = await db.Set<PlatformMeeting>().Where(m => m.OrganisationId == app.Demo.Id).OrderBy(m => m.Id).FirstAsync();
            return (action.TrajectoryId, action.Id, funding.Id, meeting.GovernancePlatformId, meeting.Id);
        });
        string[] pages =
        [
            $"/trajectories/{trajectoryId}/budget",
            $"/trajectories/{trajectoryId}/actions/{actionId}/budget",
            $"/trajectories/{trajectoryId}/actions/{actionId}/budget/edit",
            $"/trajectories/{trajectoryId}/actions/{actionId}/funding/new",
            $"/followup/funding/{fundingId}/edit",
            "/followup/meerjarenplan",
            "/followup/meerjarenplan/import",
            "/followup/governance",
            "/followup/governance/coordination",
            "/followup/governance/platforms/new",
            $"/followup/governance/platforms/{platformId}/edit",
            $"/followup/governance/platforms/{platformId}/meetings/new",
            $"/followup/governance/meetings/{meetingId}",
            $"/followup/governance/meetings/{meetingId}/edit",
        ];

        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(app.Coordinator);
        foreach (var path in pages)
        {
            var page = await session.OpenAsync(app.Demo.Url(path));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }
    }
}
