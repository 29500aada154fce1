using Circulair.FollowUp;
using Circulair.Strategy;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Circulair.Web.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's one query of counts (decision 0385) says what the feature pages say: the follow-up's late and stale
/// actions are counted from the query's own reading (late in SQL with date comparisons, updated and stale from one row
/// per action with its last update), so they are compared with the follow-up pages' own reading (<see cref="FollowUpData"/>, Core's rules over each
/// action's dates) of the demo organisation on days a year around it, and on the day each open action turns stale and
/// the day before. Runs on both databases.
/// </summary>
public sealed class DashboardFactsQueryTests(SqlBudgetApp app) : IClassFixture<SqlBudgetApp>
{
    [Fact]
    public async Task The_follow_up_counts_equal_the_follow_up_pages_on_every_day_tried()
    {
        var start = app.Clock.GetUtcNow();
        var days = new SortedSet<DateOnly>();
        for (var offset = -400; offset <= 400; offset += 23)
        {
            days.Add(DateOnly.FromDateTime(start.AddDays(offset).UtcDateTime));
        }
        // The boundaries: the first day each open action counts as stale, and the day before, by Core's rule.
        var boundaries = await app.WithDbAsync(async (db, _) =>
        {
            var cycle = await db.FollowUpSettings.Where(s => s.OrganisationId == app.Demo.Id).Select(s => (FollowUpCycle?)s.Cycle).SingleOrDefaultAsync()
                ?? FollowUpSettings.DefaultCycle;
            var timings = await db.PlannedActions.Where(a => a.OrganisationId == app.Demo.Id)
                .Select(a => new
                {
                    a.Status, a.StartDate, a.CreatedAt,
                    Last = db.Set<ProgressUpdate>().Where(u => u.PlannedActionId == a.Id && u.TrajectoryId == a.TrajectoryId).Max(u => (DateOnly?)u.Date),
                })
                .ToListAsync();
            return timings
                .Select(t => FollowUpRules.StaleFrom(new ActionTiming(t.Status, t.StartDate, null, [], t.Last, DateOnly.FromDateTime(t.CreatedAt)), cycle))
                .OfType<DateOnly>().Distinct().ToList();
        });
        Assert.NotEmpty(boundaries);
        foreach (var day in boundaries)
        {
            days.Add(day);
            days.Add(day.AddDays(-1));
        }
        var compared = 0;
        foreach (var day in days)
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
            var today = day;
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
