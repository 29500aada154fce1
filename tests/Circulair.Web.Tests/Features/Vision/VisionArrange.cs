using Circulair.Organisations;
using Circulair.Trajectory;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>Arranges vision data straight through the model, for tests that start past the canvas.</summary>
internal static class VisionArrange
{
    public sealed record Setup(TestOrganisation Organisation, TestUser User, int TrajectoryId)
    {
        public string Url(string rest = "") => Organisation.Url($"/trajectories/{TrajectoryId}/vision{rest}");
    }

    public static async Task<Setup> NewAsync(SharedApp app, OrganisationRole role = OrganisationRole.Coordinator)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(role);
        var trajectoryId = await app.NewTrajectoryAsync(org);
        return new Setup(org, user, trajectoryId);
    }

    public static Task<int> NewTrajectoryAsync(this CirculairFactory app, TestOrganisation org, string title = "Circulair 2030") =>
        app.WithDbAsync(async (db, _) =>
        {
            var trajectory = new StrategyTrajectory(org.Id, title, 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            return trajectory.Id;
        });

    /// <summary>A canvas with the given statement saved as version 1, then changed and saved as version 2; returns both version ids.</summary>
    public static Task<(int First, int Second)> TwoVersionsAsync(this CirculairFactory app, Setup s, string firstStatement = "Demostad wordt circulair tegen 2030", string secondStatement = "Demostad is een zorgzame circulaire havenstad tegen 2030") =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var canvas = await db.VisionCanvases.Include(c => c.Notes).Include(c => c.Policies).FirstOrDefaultAsync(c => c.TrajectoryId == s.TrajectoryId);
            if (canvas is null)
            {
                canvas = new VisionCanvas(s.Organisation.Id, s.TrajectoryId, now);
                db.VisionCanvases.Add(canvas);
            }
            canvas.Describe("afval kost te veel", "minder restafval", null, firstStatement, VisionFocus.BurgersActiveren, now);
            var note = canvas.AddNote(VisionBlock.Waarom, "restafval daalt te traag", NoteColour.Geel, now);
            canvas.AddNote(VisionBlock.Waarom, "wordt geschrapt", NoteColour.Groen, now);
            await db.SaveChangesAsync();
            var first = VisionVersion.Save(canvas, [], "Eerste ontwerp", s.User.Id, s.User.Name, now);
            db.VisionVersions.Add(first);
            await db.SaveChangesAsync();
            canvas.Describe("afval kost te veel", "minder restafval", "repair cafés", secondStatement, VisionFocus.BurgersActiveren | VisionFocus.Ondernemerschap, now);
            canvas.EditNote(note.Key, "restafval daalt veel te traag", NoteColour.Geel, now);
            canvas.RemoveNote(canvas.NotesIn(VisionBlock.Waarom).Last().Key, now);
            canvas.AddNote(VisionBlock.Resultaten, "herstelpunt in elke wijk", NoteColour.Blauw, now);
            await db.SaveChangesAsync();
            var second = VisionVersion.Save(canvas, [first.Number], "Na workshop", s.User.Id, s.User.Name, now);
            db.VisionVersions.Add(second);
            await db.SaveChangesAsync();
            return (first.Id, second.Id);
        });

    public static Task<int> OpenRoundAsync(this CirculairFactory app, Setup s, int versionId, string title = "Ronde") =>
        app.WithDbAsync(async (db, _) =>
        {
            var version = await db.VisionVersions.SingleAsync(v => v.Id == versionId);
            var round = new AmoreRound(version, title, "test", app.Clock.GetUtcNow().UtcDateTime);
            db.AmoreRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    public static Task RateAsync(this CirculairFactory app, int roundId, RaterKey rater, AmoreScores scores, string? comment = null) =>
        app.WithDbAsync(async db =>
        {
            var round = await db.AmoreRounds.Include(r => r.Ratings).SingleAsync(r => r.Id == roundId);
            round.Rate(rater, rater.ToString(), scores, comment, app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });

    /// <summary>Creates an external invitation and returns its raw token.</summary>
    public static Task<string> InviteAsync(this CirculairFactory app, int roundId, string name = "Bert Buur", TimeSpan? sentAgo = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var round = await db.AmoreRounds.SingleAsync(r => r.Id == roundId);
            var (invitation, token) = AmoreInvitation.Create(round, name, Scenario.Unique("bert") + "@example.test", app.Clock.GetUtcNow().UtcDateTime - (sentAgo ?? TimeSpan.Zero));
            db.AmoreInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return token;
        });

    public static Dictionary<string, string?> Scores(string prefix, int a, int m, int o, int r, int e, string? comment = null) => new()
    {
        [$"{prefix}.Ambitieus"] = a.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Motiverend"] = m.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Onderscheidend"] = o.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Relevant"] = r.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Echt"] = e.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Comment"] = comment,
    };
}
