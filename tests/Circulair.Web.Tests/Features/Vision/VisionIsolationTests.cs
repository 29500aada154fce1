using System.Net;
using Circulair.Organisations;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>
/// Every vision route answers 404 for another organisation's data: to a non-member, and to a member of another
/// organisation who puts the other organisation's ids under their own slug (or mixes their own trajectory with
/// another's version or round).
/// </summary>
public sealed class VisionIsolationTests(SharedApp app)
{
    private static IEnumerable<string> Paths(int trajectory, int version, int otherVersion, int round) =>
    [
        $"/trajectories/{trajectory}/vision",
        $"/trajectories/{trajectory}/vision/versions",
        $"/trajectories/{trajectory}/vision/versions/{version}",
        $"/trajectories/{trajectory}/vision/compare?left={version}&right={otherVersion}",
        $"/trajectories/{trajectory}/vision/amore",
        $"/trajectories/{trajectory}/vision/amore/{round}",
        $"/trajectories/{trajectory}/vision/amore/{round}/raters",
    ];

    private static readonly string[] PostPaths =
    [
        "",
        "/versions",
        "/versions/{v}",
        "/amore",
        "/amore/{r}",
        "/amore/{r}/raters?handler=Invite",
        "/amore/{r}/raters?handler=Close",
        "/amore/{r}/raters?handler=Reopen",
        "/amore/{r}/raters?handler=Renew&invitationId={i}",
    ];

    [Fact]
    public async Task A_non_member_gets_404_on_every_vision_route_of_another_organisation()
    {
        var a = await VisionArrange.NewAsync(app);
        var (v1, v2) = await app.TwoVersionsAsync(a);
        var round = await app.OpenRoundAsync(a, v1);
        var (_, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(a.Organisation.Url("/vision"))).Status);
        foreach (var path in Paths(a.TrajectoryId, v1, v2, round))
        {
            var page = await client.GetAsync(a.Organisation.Url(path));
            Assert.True(page.Status == HttpStatusCode.NotFound, $"GET {path} answered {(int)page.Status}");
        }
    }

    [Fact]
    public async Task Another_organisations_ids_under_ones_own_slug_answer_404_for_GET_and_POST()
    {
        var a = await VisionArrange.NewAsync(app);
        var (aV1, aV2) = await app.TwoVersionsAsync(a);
        var aRound = await app.OpenRoundAsync(a, aV1);
        await app.InviteAsync(aRound);
        var aInvitation = await app.WithDbAsync(async (db, _) => (await db.AmoreInvitations.FirstAsync(i => i.AmoreRoundId == aRound)).Id);
        var b = await VisionArrange.NewAsync(app, OrganisationRole.Beheerder);
        var (bV1, bV2) = await app.TwoVersionsAsync(b);
        var bRound = await app.OpenRoundAsync(b, bV1);
        using var client = await app.LoggedInClientAsync(b.User);
        var own = await client.OpenAsync(b.Url());
        var token = own.AntiforgeryToken;

        // Their own pages work, so a 404 below is about the ids, not the person.
        foreach (var path in Paths(b.TrajectoryId, bV1, bV2, bRound))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(b.Organisation.Url(path))).Status);
        }
        var foreignIds = Paths(a.TrajectoryId, aV1, aV2, aRound)
            .Concat(Paths(b.TrajectoryId, aV1, aV2, aRound))
            .Concat([$"/trajectories/{b.TrajectoryId}/vision/compare?left={bV1}&right={aV2}"])
            .Distinct()
            .Except(Paths(b.TrajectoryId, bV1, bV2, bRound));
        foreach (var path in foreignIds)
        {
            var page = await client.GetAsync(b.Organisation.Url(path));
            Assert.True(page.Status == HttpStatusCode.NotFound, $"GET {path} answered {(int)page.Status}");
        }
        foreach (var trajectory in new[] { a.TrajectoryId, b.TrajectoryId })
        {
            foreach (var template in PostPaths)
            {
                var path = $"/trajectories/{trajectory}/vision" + template.Replace("{v}", aV1.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{r}", aRound.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{i}", aInvitation.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                if (trajectory == b.TrajectoryId && !template.Contains('{', StringComparison.Ordinal))
                {
                    continue; // own trajectory without foreign ids: not a foreign request
                }
                var answer = await client.PostAsync(b.Organisation.Url(path),
                [
                    new("__RequestVerificationToken", token),
                    new("Input.Label", "x"), new("Input.Title", "x"), new("Input.VisionVersionId", aV1.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new("Input.Name", "x"), new("Input.Email", "x@example.test"),
                    new("Rating.Ambitieus", "3"), new("Rating.Motiverend", "3"), new("Rating.Onderscheidend", "3"), new("Rating.Relevant", "3"), new("Rating.Echt", "3"),
                    new("Command", "save"),
                ]);
                Assert.True(answer.Status == HttpStatusCode.NotFound, $"POST {path} answered {(int)answer.Status}");
            }
        }
        // Nothing of A changed.
        var (rounds, ratings, versions, invitations, open) = await app.WithDbAsync(async (db, _) => (
            await db.AmoreRounds.CountAsync(r => r.TrajectoryId == a.TrajectoryId),
            await db.AmoreRatings.CountAsync(r => r.AmoreRoundId == aRound),
            await db.VisionVersions.CountAsync(v => v.TrajectoryId == a.TrajectoryId),
            await db.AmoreInvitations.CountAsync(i => i.AmoreRoundId == aRound),
            (await db.AmoreRounds.SingleAsync(r => r.Id == aRound)).IsOpen));
        Assert.Equal(1, rounds);
        Assert.Equal(0, ratings);
        Assert.Equal(2, versions);
        Assert.Equal(1, invitations);
        Assert.True(open);
    }
}
