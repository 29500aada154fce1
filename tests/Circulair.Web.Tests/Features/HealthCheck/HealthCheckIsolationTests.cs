using System.Net;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Vision;

namespace Circulair.Web.Tests.Features.HealthCheck;

/// <summary>Every health-check route answers 404 for another organisation's rounds, to outsiders and under one's own slug.</summary>
public sealed class HealthCheckIsolationTests(SharedApp app)
{
    [Fact]
    public async Task Another_organisations_rounds_answer_404_for_GET_and_POST_and_nothing_is_written()
    {
        var (a, _) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundA = await app.OpenHealthRoundAsync(a);
        var otherA = await app.OpenHealthRoundAsync(a);
        await app.RateHealthAsync(roundA, RaterKey.Member(1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        await app.RateHealthAsync(otherA, RaterKey.Member(1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        var (b, userB) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var roundB = await app.OpenHealthRoundAsync(b);
        await app.RateHealthAsync(roundB, RaterKey.Member(1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        using var client = await app.LoggedInClientAsync(userB);
        var own = await client.OpenAsync(b.Url($"/health-check/{roundB}"));
        var token = own.AntiforgeryToken;

        foreach (var path in new[] { "/health-check", $"/health-check/{roundA}", $"/health-check/{roundA}/raters", $"/health-check/compare?first={roundA}&second={otherA}" })
        {
            var page = await client.GetAsync(a.Url(path));
            Assert.True(page.Status == HttpStatusCode.NotFound, $"GET {a.Url(path)} answered {(int)page.Status}");
        }
        foreach (var path in new[] { $"/health-check/{roundA}", $"/health-check/{roundA}/raters", $"/health-check/compare?first={roundA}&second={roundB}" })
        {
            var page = await client.GetAsync(b.Url(path));
            Assert.True(page.Status == HttpStatusCode.NotFound, $"GET {b.Url(path)} answered {(int)page.Status}");
        }
        foreach (var path in new[] { $"/health-check/{roundA}", $"/health-check/{roundA}/raters?handler=Invite", $"/health-check/{roundA}/raters?handler=Close", $"/health-check/{roundA}/raters?handler=Reopen" })
        {
            var page = await client.PostAsync(b.Url(path), [new("__RequestVerificationToken", token), new("Input.Name", "x"), new("Input.Email", "x@example.test"), .. HealthCheckArrange.Scores("Rating", [3, 3, 3, 3, 3, 3, 3, 3, 3]).Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? ""))]);
            Assert.True(page.Status == HttpStatusCode.NotFound, $"POST {b.Url(path)} answered {(int)page.Status}");
        }
        Assert.Equal(1, await app.RatingCountAsync(roundA));
        Assert.True(await app.WithDbAsync(async (db, _) => (await db.HealthCheckRounds.FindAsync(roundA))!.IsOpen));
    }
}
