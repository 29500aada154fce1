using Circulair.Stakeholders;
using Circulair.Trajectory;

namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// Arranges what a journey starts from, straight through the model (no pages), for journeys whose subject lies
/// further on. What a journey is about is always done through the pages.
/// </summary>
public static class Arrange
{
    /// <summary>A trajectory with the five default sessions, as the "new trajectory" form makes it; returns its id.</summary>
    public static Task<int> NewTrajectoryAsync(this BrowserApp app, TestOrganisation organisation, string title = "Circulair 2030") =>
        app.WithDbAsync(async (db, _) =>
        {
            var trajectory = new StrategyTrajectory(organisation.Id, title, 2025, 2030, null, null);
            trajectory.AddDefaultSessions();
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            return trajectory.Id;
        });

    /// <summary>The app's today (the test clock does not move in this assembly).</summary>
    public static DateOnly Today(this BrowserApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A stakeholder in the register, rated today when power and interest are given; returns its id.</summary>
    public static Task<int> AddStakeholderAsync(this BrowserApp app, TestOrganisation organisation, StakeholderDetails details,
        StakeholderLevel? power = null, StakeholderLevel? interest = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var stakeholder = new Stakeholder(organisation.Id, details, now);
            if (power is { } p && interest is { } i)
            {
                stakeholder.Assess(app.Today(), p, i, null, app.Today(), now);
            }
            db.Stakeholders.Add(stakeholder);
            await db.SaveChangesAsync();
            return stakeholder.Id;
        });
}
