using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Circulair.Web.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's one query of counts (decision 0385) says what the feature pages say: the follow-up's late and stale
/// actions are counted from the query's own reading (late in SQL with date comparisons, updated and stale from one row
/// per action with its last update), so they are compared with the follow-up pages' own reading (<see cref="FollowUpData"/>) of the demo organisation on days
/// a year around it. Runs on both databases.
/// </summary>
public sealed class DashboardFactsQueryTests(SqlBudgetApp app) : IClassFixture<SqlBudgetApp>
{
    [Fact]
    public async Task The_follow_up_counts_equal_the_follow_up_pages_on_every_day_tried()
    {
        var start = app.Clock.GetUtcNow();
        var compared = 0;
        for (var offset = -400; offset <= 400; offset += 23)
        {
            var clock = new FakeTimeProvider(start.AddDays(offset));
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var (facts, pages) = await app.WithDbAsync(async (db, _) =>
            {
                var facts = await DashboardFactsQuery.LoadAsync(db, app.Demo.Id, app.Demo.Slug, clock, CancellationToken.None);
                var actions = new List<ActionFollowUp>();
                foreach (var trajectory in await db.Trajectories.Where(t => t.OrganisationId == app.Demo.Id).Select(t => t.Id).ToListAsync())
                {
                    actions.AddRange((await FollowUpData.LoadAsync(db, app.Demo.Id, trajectory, today, CancellationToken.None)).Actions);
                }
                return (facts.FollowUp, actions);
            });

            Assert.Equal(pages.Count, facts.Actions);
            Assert.Equal(pages.Count(a => a.Percent is not null), facts.Updated);
            Assert.True(pages.Count(a => a.Late) == facts.Late, $"late on {today}");
            Assert.True(pages.Count(a => a.Stale) == facts.Stale, $"stale on {today}");
            compared += pages.Count(a => a.Late || a.Stale);
        }
        // The demo has actions that turn late and stale within the days tried, so the comparison is not of zeros only.
        Assert.True(compared > 0);
    }
}
