using System.Net;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.HealthCheck;

/// <summary>The transition health check (Figure 11): opening rounds, members scoring, results with radar, closing, validation.</summary>
public sealed class HealthCheckTests(SharedApp app)
{
    [Fact]
    public async Task A_coordinator_opens_a_round_and_a_Teamlid_scores_the_nine_blocks()
    {
        var (org, coordinatorUser) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var member = await app.NewUserAsync("Tine Teamlid");
        await app.AddMemberAsync(org, member, OrganisationRole.Teamlid);
        using var coordinator = await app.LoggedInClientAsync(coordinatorUser);
        var index = await coordinator.OpenAsync(org.Url("/health-check"));
        Assert.Equal("Gezondheidscheck 2026", index.ValueOf("Input_Title"));
        Assert.Equal(9, index.Document.QuerySelectorAll("#blocks dt").Length);

        var opened = await coordinator.SubmitAsync(index, "#open-round", new Dictionary<string, string?> { ["Input.Title"] = "Check voorjaar" });

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        using var client = await app.LoggedInClientAsync(member);
        var round = await client.OpenAsync(opened.Location!);
        Assert.Equal("Check voorjaar", round.Text("h1"));
        Assert.Equal("Er zijn nog geen scores gegeven.", round.Text("main .cx-empty"));
        Assert.Equal(9, round.Document.QuerySelectorAll("#rate fieldset").Length);
        var rated = await client.SubmitAsync(round, "#rate", HealthCheckArrange.Scores("Rating", [2, 4, 3, 3, 3, 3, 3, 1, 5], new() { [0] = "Geen afzet voor hergebruikte bouwmaterialen" }));

        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        var results = await client.OpenAsync(rated.Location!.Split('#')[0]);
        Assert.Equal("Je scores zijn bewaard.", results.Text(".cx-flash"));
        Assert.Equal("Resultaten per bouwsteen (1 beoordelaar)", results.Text("#results caption"));
        Assert.Equal("2,0", results.Text("#results tr[data-block=Marktvorming] [data-mean]"));
        Assert.Equal("5,0", results.Text("#results tr[data-block=Coordinatie] [data-mean]"));
        Assert.Equal("1", results.Text("#results tr[data-block=Middelen] [data-count]"));
        Assert.Contains("Geen afzet voor hergebruikte bouwmaterialen — Tine Teamlid", results.Text("#notes"), StringComparison.Ordinal);
        var svg = results.Document.QuerySelector("figure.cx-chart svg[role=img]")!;
        Assert.NotNull(svg.QuerySelector("polygon.cx-chart__area"));
        Assert.Equal(9, svg.QuerySelectorAll(".cx-chart__marker").Length);
        Assert.Contains("Sterkste bouwsteen: Coördinatie (5,0)", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(9, results.Document.QuerySelectorAll("figure.cx-chart .cx-chart__data tbody tr").Length);
        var stored = await app.WithDbAsync(async (db, _) => await db.HealthCheckRatings.Include(r => r.Scores).SingleAsync(r => r.OrganisationId == org.Id));
        Assert.Equal(RaterKind.Lid, stored.Kind);
        Assert.Equal(9, stored.Scores.Count);
    }

    [Fact]
    public async Task Strong_disagreement_on_a_block_is_flagged()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        var roundId = await app.OpenHealthRoundAsync(org);
        await app.RateHealthAsync(roundId, RaterKey.Member(1), 1, 2, 3, 3, 3, 3, 3, 3, 3);
        await app.RateHealthAsync(roundId, RaterKey.Member(2), 5, 4, 3, 3, 3, 3, 3, 3, 3);
        using var client = await app.LoggedInClientAsync(user);

        var page = await client.OpenAsync(org.Url($"/health-check/{roundId}"));

        Assert.Equal("2,0", page.Text("#results tr[data-block=Marktvorming] [data-spread]"));
        Assert.Equal("1–5", page.Text("#results tr[data-block=Marktvorming] [data-range]"));
        Assert.Equal("Sterke onenigheid", page.Text("#results tr[data-block=Marktvorming] [data-flag]"));
        Assert.Equal("", page.Text("#results tr[data-block=Ondernemerschap] [data-flag]"));   // 2 and 4: σ 1,0
        Assert.Null(page.Document.QuerySelector("#rate"));
    }

    [Fact]
    public async Task A_second_scoring_by_the_same_member_replaces_the_first_and_says_so()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var roundId = await app.OpenHealthRoundAsync(org);
        using var client = await app.LoggedInClientAsync(user);
        var url = org.Url($"/health-check/{roundId}");
        var page = await client.OpenAsync(url);
        Assert.Null(page.Document.QuerySelector("#already-rated"));
        await client.SubmitAsync(page, "#rate", HealthCheckArrange.Scores("Rating", [1, 1, 1, 1, 1, 1, 1, 1, 1], new() { [8] = "eerst" }));

        page = await client.OpenAsync(url);
        Assert.Contains("vervangt", page.Text("#already-rated"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#Rating_Blocks_0__Score[checked]"));
        Assert.Equal("eerst", page.ValueOf("Rating_Blocks_8__Note"));
        var replaced = await client.SubmitAsync(page, "#rate", HealthCheckArrange.Scores("Rating", [5, 4, 4, 4, 4, 4, 4, 4, 4], new() { [8] = "later" }));

        var after = await client.OpenAsync(replaced.Location!.Split('#')[0]);
        Assert.Equal("Je nieuwe scores vervangen je eerdere scores in deze ronde.", after.Text(".cx-flash"));
        Assert.Equal("5,0", after.Text("#results tr[data-block=Marktvorming] [data-mean]"));
        Assert.Equal("1", after.Text("#results tr[data-block=Marktvorming] [data-count]"));
        var rating = await app.WithDbAsync(async (db, _) => await db.HealthCheckRatings.Include(r => r.Scores).SingleAsync(r => r.HealthCheckRoundId == roundId));
        Assert.Equal("later", rating.Scores.Single(s => s.Block == HealthCheckBlock.Coordinatie).Note);
        Assert.NotNull(rating.ReplacedAt);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-3")]
    public async Task A_score_outside_one_to_five_is_refused_with_422_and_the_answers_kept(string score)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var roundId = await app.OpenHealthRoundAsync(org, "Najaarscheck");
        using var client = await app.LoggedInClientAsync(user);
        var page = await client.OpenAsync(org.Url($"/health-check/{roundId}"));
        var values = HealthCheckArrange.Scores("Rating", [3, 3, 3, 4, 3, 3, 3, 3, 3], new() { [3] = "mijn toelichting" });
        values["Rating.Blocks[6].Score"] = score;

        var refused = await client.SubmitAsync(page, "#rate", values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: Najaarscheck", refused.Title, StringComparison.Ordinal);
        Assert.Equal("De score voor Richting geven aan het zoekproces moet tussen 1 en 5 liggen.", refused.FieldError("Rating_Blocks_6__Score"));
        Assert.Equal("#Rating_Blocks_6__Score", refused.Document.QuerySelector(".cx-error-summary a")!.GetAttribute("href"));
        Assert.Equal("mijn toelichting", refused.ValueOf("Rating_Blocks_3__Note"));
        Assert.NotNull(refused.Document.QuerySelector("#Rating_Blocks_3__Score-3[checked]"));
        Assert.Equal(0, await app.RatingCountAsync(roundId));
    }

    [Fact]
    public async Task Missing_blocks_are_refused_with_a_message_naming_each_block()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var roundId = await app.OpenHealthRoundAsync(org);
        using var client = await app.LoggedInClientAsync(user);
        var page = await client.OpenAsync(org.Url($"/health-check/{roundId}"));

        var refused = await client.SubmitAsync(page, "#rate", HealthCheckArrange.Scores("Rating", [3, null, 3, 3, 3, 3, 3, 3, null], new() { [0] = "blijft staan" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een score voor Ondernemerschap.", refused.FieldError("Rating_Blocks_1__Score"));
        Assert.Equal("Kies een score voor Coördinatie.", refused.FieldError("Rating_Blocks_8__Score"));
        Assert.Equal(2, refused.Document.QuerySelectorAll(".cx-error-summary a").Length);
        Assert.Equal("blijft staan", refused.ValueOf("Rating_Blocks_0__Note"));
        Assert.Equal(0, await app.RatingCountAsync(roundId));
    }

    [Fact]
    public async Task Opening_a_round_needs_a_name()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(user);
        var index = await client.OpenAsync(org.Url("/health-check"));

        var refused = await client.SubmitAsync(index, "#open-round", new Dictionary<string, string?> { ["Input.Title"] = "  " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Vul de naam van de ronde in.", refused.FieldError("Input_Title"));
        Assert.False(await app.WithDbAsync((db, _) => db.HealthCheckRounds.AnyAsync(r => r.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task A_closed_round_refuses_scores_and_shows_no_form_until_reopened()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundId = await app.OpenHealthRoundAsync(org);
        using var client = await app.LoggedInClientAsync(user);
        var open = await client.OpenAsync(org.Url($"/health-check/{roundId}"));
        var manage = await client.OpenAsync(org.Url($"/health-check/{roundId}/raters"));

        var closed = await client.SubmitAsync(manage, "#close", new Dictionary<string, string?>());
        var late = await client.SubmitAsync(open, "#rate", HealthCheckArrange.Scores("Rating", [3, 3, 3, 3, 3, 3, 3, 3, 3]));

        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal(0, await app.RatingCountAsync(roundId));
        var page = await client.OpenAsync(org.Url($"/health-check/{roundId}"));
        Assert.Null(page.Document.QuerySelector("#rate"));
        Assert.NotNull(page.Document.QuerySelector("#closed-no-rating"));
        Assert.StartsWith("Afgesloten op", page.Text("#round-status"), StringComparison.Ordinal);

        var reopened = await client.SubmitAsync(await client.OpenAsync(org.Url($"/health-check/{roundId}/raters")), "#reopen", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, reopened.Status);
        Assert.NotNull((await client.OpenAsync(org.Url($"/health-check/{roundId}"))).Document.QuerySelector("#rate"));
    }

    [Fact]
    public async Task A_reader_sees_results_but_no_form_and_gets_403_on_the_raters_page_and_on_scoring()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        var roundId = await app.OpenHealthRoundAsync(org);
        await app.RateHealthAsync(roundId, RaterKey.Member(99), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        using var client = await app.LoggedInClientAsync(user);

        var index = await client.OpenAsync(org.Url("/health-check"));
        var round = await client.OpenAsync(org.Url($"/health-check/{roundId}"));
        var raters = await client.GetAsync(org.Url($"/health-check/{roundId}/raters"));
        var post = await client.PostAsync(org.Url($"/health-check/{roundId}"), [new("__RequestVerificationToken", round.AntiforgeryToken), .. HealthCheckArrange.Scores("Rating", [3, 3, 3, 3, 3, 3, 3, 3, 3]).Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? ""))]);

        Assert.Null(index.Document.QuerySelector("#open-round"));
        Assert.Null(round.Document.QuerySelector("#rate"));
        Assert.Equal("3,0", round.Text("#results tr[data-block=Kennisontwikkeling] [data-mean]"));
        Assert.Equal(HttpStatusCode.Forbidden, raters.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(1, await app.RatingCountAsync(roundId));
    }
}
