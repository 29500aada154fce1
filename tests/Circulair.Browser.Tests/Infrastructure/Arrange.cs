using Circulair.Stakeholders;
using Circulair.Trajectory;
using Circulair.Vision;

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

    /// <summary>A vision canvas with a statement and one note on the "why", saved as version 1; returns the version's id.</summary>
    public static Task<int> NewVisionVersionAsync(this BrowserApp app, TestOrganisation organisation, int trajectoryId, TestUser savedBy,
        string statement = "Demostad is tegen 2030 een circulaire gemeente waar herstellen en delen vanzelf spreken.") =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var canvas = new VisionCanvas(organisation.Id, trajectoryId, now);
            canvas.Describe("Restafval kost te veel", "Minder restafval", null, statement, VisionFocus.BurgersActiveren, now);
            canvas.AddNote(VisionBlock.Waarom, "Restafval daalt te traag", NoteColour.Geel, now);
            db.VisionCanvases.Add(canvas);
            await db.SaveChangesAsync();
            var version = VisionVersion.Save(canvas, [], "Eerste ontwerp", savedBy.Id, savedBy.Name, now);
            db.VisionVersions.Add(version);
            await db.SaveChangesAsync();
            return version.Id;
        });
}
