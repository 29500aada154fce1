using System.Net;
using Circulair.Organisations;
using Circulair.Tokens;
using Circulair.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Api;

/// <summary>Personal access tokens: made on /o/{org}/tokens, shown once, stored hashed, used, revoked, expired, and never more than the member.</summary>
public sealed class TokenTests(SharedApp app)
{
    private static async Task<string> CreateOnPageAsync(AppClient client, TestOrganisation org, string name, string scope)
    {
        var page = await client.OpenAsync(org.Url("/tokens"));
        var created = await client.SubmitAsync(page, "#token-form", new Dictionary<string, string?> { ["Input.Name"] = name, ["Input.Scope"] = scope });
        Assert.Equal(HttpStatusCode.OK, created.Status);
        return created.Text("#token-value");
    }

    [Fact]
    public async Task A_token_made_on_the_page_is_shown_once_stored_hashed_works_and_stops_when_revoked()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        using var browser = await app.LoggedInClientAsync(user);
        var text = await CreateOnPageAsync(browser, org, "Koppeling dashboard", "Write");
        Assert.StartsWith("ctk_", text);

        var stored = await app.WithDbAsync((db, _) => db.Set<PersonalAccessToken>().SingleAsync(t => t.OrganisationId == org.Id));
        Assert.Equal(PersonalAccessToken.Hash(text), stored.SecretHash);
        Assert.DoesNotContain(text, stored.SecretHash);
        Assert.Null(stored.LastUsedAt);

        var list = await browser.OpenAsync(org.Url("/tokens"));
        Assert.Contains("Koppeling dashboard", list.Text("#tokens"));
        Assert.DoesNotContain(text, list.Html);

        using var api = app.ApiClient(text);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/organisations/{org.Slug}/stakeholders")).StatusCode);
        Assert.NotNull(await app.WithDbAsync((db, _) => db.Set<PersonalAccessToken>().Where(t => t.Id == stored.Id).Select(t => t.LastUsedAt).SingleAsync()));

        var revoke = await browser.SubmitAsync(await browser.OpenAsync(org.Url("/tokens")), $"tr[data-token='{stored.Id}'] form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, revoke.Status);
        var refused = await api.GetAsync($"/api/v1/organisations/{org.Slug}/stakeholders");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Api.Token.Revoked", await refused.ProblemCodeAsync());
    }

    [Fact]
    public async Task A_Lezer_makes_only_read_tokens_and_a_write_token_of_a_member_turned_Lezer_cannot_write()
    {
        var (org, reader) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        using var browser = await app.LoggedInClientAsync(reader);
        var page = await browser.OpenAsync(org.Url("/tokens"));
        Assert.Null(page.Document.QuerySelector("input[name='Input.Scope'][value='Write']"));
        var refused = await browser.SubmitAsync(page, "#token-form", new Dictionary<string, string?> { ["Input.Name"] = "Poging", ["Input.Scope"] = "Write" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.NotEmpty(refused.ErrorSummary);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Set<PersonalAccessToken>().CountAsync(t => t.OrganisationId == org.Id)));
        Assert.StartsWith("ctk_", await CreateOnPageAsync(browser, org, "Lezen", "Read"));

        // A write token made while Teamlid: after the role goes down to Lezer, it reads but no longer writes.
        var (other, member) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var token = await app.IssueTokenAsync(other, member, TokenScope.Write);
        await app.WithDbAsync(async db =>
        {
            var m = await db.Memberships.SingleAsync(x => x.OrganisationId == other.Id && x.UserId == member.Id);
            m.ChangeRole(OrganisationRole.Lezer, 2);
            await db.SaveChangesAsync();
        });
        using var api = app.ApiClient(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/organisations/{other.Slug}/stakeholders")).StatusCode);
        var write = await api.PostAsync($"/api/v1/organisations/{other.Slug}/stakeholders", ApiTestKit.Json(new { name = "Nieuw", group = "Bedrijven" }));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task Removing_the_membership_or_passing_the_expiry_stops_the_token()
    {
        var (org, member) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var token = await app.IssueTokenAsync(org, member, TokenScope.Read);
        var shortLived = await app.IssueTokenAsync(org, member, TokenScope.Read, lifetime: TimeSpan.FromMinutes(5));
        using var api = app.ApiClient(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/organisations")).StatusCode);

        // Expiry is checked against the app's clock; the shared app's clock is not moved, so expiry is proven with a token
        // that expired before it was used: issued in the past through the domain, with its expiry already behind "now".
        var expired = await app.WithDbAsync(async (db, _) =>
        {
            var past = app.Clock.GetUtcNow().UtcDateTime.AddDays(-10);
            var (t, text) = PersonalAccessToken.Issue(org.Id, member.Id, "oud", TokenScope.Read, past.AddDays(1), past);
            db.Add(t);
            await db.SaveChangesAsync();
            return text;
        });
        using var old = app.ApiClient(expired);
        var expiredAnswer = await old.GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.Unauthorized, expiredAnswer.StatusCode);
        Assert.Equal("Api.Token.Expired", await expiredAnswer.ProblemCodeAsync());
        using var fresh = app.ApiClient(shortLived);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/organisations")).StatusCode);

        await app.WithDbAsync(async db =>
        {
            await db.Memberships.Where(m => m.OrganisationId == org.Id && m.UserId == member.Id).ExecuteDeleteAsync();
        });
        var gone = await api.GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.Unauthorized, gone.StatusCode);
        Assert.Equal("Api.Token.NoMembership", await gone.ProblemCodeAsync());
    }

    [Fact]
    public void A_token_cannot_live_longer_than_a_year()
    {
        var now = CirculairFactory.Start.UtcDateTime;
        Assert.Throws<DomainException>(() => PersonalAccessToken.Issue(1, 1, "lang", TokenScope.Read, now.AddDays(400), now));
        Assert.Throws<DomainException>(() => PersonalAccessToken.Issue(1, 1, "verleden", TokenScope.Read, now.AddDays(-1), now));
        Assert.False(PersonalAccessToken.AllowsWrite(TokenScope.Write, OrganisationRole.Lezer));
        Assert.False(PersonalAccessToken.AllowsWrite(TokenScope.Read, OrganisationRole.Beheerder));
        Assert.True(PersonalAccessToken.AllowsWrite(TokenScope.Write, OrganisationRole.Teamlid));
    }
}

/// <summary>The API's rate limit per token, on the app with low limits.</summary>
public sealed class ApiRateLimitTests(StrictApp app) : IClassFixture<StrictApp>
{
    [Fact]
    public async Task Requests_beyond_the_limit_of_one_token_answer_429_and_another_token_still_works()
    {
        var (org, member) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        using var busy = app.ApiClient(await app.IssueTokenAsync(org, member, TokenScope.Read));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/organisations")).StatusCode);
        }
        var refused = await busy.GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Api.Problem.TooManyRequests", await refused.ProblemCodeAsync());

        using var other = app.ApiClient(await app.IssueTokenAsync(org, member, TokenScope.Read));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/organisations")).StatusCode);
    }
}
