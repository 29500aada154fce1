using System.Net;
using Circulair.Organisations;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>Tool 4: opening rounds, members rating (and replacing their rating), results, closing, comparison across versions.</summary>
public sealed class AmoreTests(SharedApp app)
{
    [Fact]
    public async Task A_coordinator_opens_a_round_on_a_version_and_a_Teamlid_rates_it()
    {
        var s = await VisionArrange.NewAsync(app);
        var (_, second) = await app.TwoVersionsAsync(s);
        var member = await app.NewUserAsync("Tine Teamlid");
        await app.AddMemberAsync(s.Organisation, member, OrganisationRole.Teamlid);
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var index = await coordinator.OpenAsync(s.Url("/amore"));
        Assert.Equal(second.ToString(System.Globalization.CultureInfo.InvariantCulture), index.ValueOf("Input_VisionVersionId"));
        Assert.Equal("AMORE-check versie 2", index.ValueOf("Input_Title"));

        var opened = await coordinator.SubmitAsync(index, "#open-round", new Dictionary<string, string?> { ["Input.Title"] = "Check na workshop" });

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        using var client = await app.LoggedInClientAsync(member);
        var round = await client.OpenAsync(opened.Location!);
        Assert.Contains("zorgzame circulaire havenstad", round.Text(".cx-statement__text"), StringComparison.Ordinal);
        Assert.Equal("Er zijn nog geen scores gegeven.", round.Text("main .cx-empty"));
        var rated = await client.SubmitAsync(round, "#rate", VisionArrange.Scores("Rating", 4, 3, 2, 5, 4, "Mag eigener"));

        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        var results = await client.OpenAsync(rated.Location!.Split('#')[0]);
        Assert.Equal("Je beoordeling is bewaard.", results.Text(".cx-flash"));
        Assert.Equal("2,0", results.Text("#results tr[data-criterion=Onderscheidend] [data-mean]"));
        Assert.Equal("1", results.Text("#results tr[data-criterion=Onderscheidend] [data-count]"));
        Assert.Contains("onder 3", results.Text("#results tr[data-criterion=Onderscheidend] [data-flag]"), StringComparison.Ordinal);
        Assert.Equal("", results.Text("#results tr[data-criterion=Relevant] [data-flag]"));
        Assert.Contains("Mag eigener", results.Text("#comments"), StringComparison.Ordinal);
        Assert.Contains("Tine Teamlid", results.Text("#comments"), StringComparison.Ordinal);
        Assert.NotNull(results.Document.QuerySelector("figure.cx-chart svg rect.cx-chart__bar--flagged"));
    }

    [Fact]
    public async Task A_second_rating_by_the_same_member_replaces_the_first_and_says_so()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        using var client = await app.LoggedInClientAsync(s.User);
        var url = s.Url($"/amore/{roundId}");
        var page = await client.OpenAsync(url);
        Assert.Null(page.Document.QuerySelector("#already-rated"));
        await client.SubmitAsync(page, "#rate", VisionArrange.Scores("Rating", 1, 1, 1, 1, 1, "eerste"));

        page = await client.OpenAsync(url);
        Assert.Contains("vervangt", page.Text("#already-rated"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#Rating_Ambitieus[checked]"));
        Assert.Equal("eerste", page.ValueOf("Rating_Comment"));
        var replaced = await client.SubmitAsync(page, "#rate", VisionArrange.Scores("Rating", 5, 4, 4, 4, 4, "tweede"));

        var after = await client.OpenAsync(replaced.Location!.Split('#')[0]);
        Assert.Equal("Je nieuwe beoordeling vervangt je eerdere beoordeling in deze ronde.", after.Text(".cx-flash"));
        Assert.Equal("5,0", after.Text("#results tr[data-criterion=Ambitieus] [data-mean]"));
        Assert.Equal("1", after.Text("#results tr[data-criterion=Ambitieus] [data-count]"));
        var rating = await app.WithDbAsync(async (db, _) => await db.AmoreRatings.SingleAsync(r => r.AmoreRoundId == roundId));
        Assert.Equal("tweede", rating.Comment);
        Assert.NotNull(rating.ReplacedAt);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-3")]
    public async Task A_score_outside_one_to_five_is_refused_with_the_other_answers_kept(string score)
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/amore/{roundId}"));
        var values = VisionArrange.Scores("Rating", 4, 4, 4, 4, 4, "bewaar mij");
        values["Rating.Echt"] = score;

        var refused = await client.SubmitAsync(page, "#rate", values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("De score voor Echt moet tussen 1 en 5 liggen.", refused.FieldError("Rating_Echt"));
        Assert.Equal("bewaar mij", refused.ValueOf("Rating_Comment"));
        Assert.NotNull(refused.Document.QuerySelector("#Rating_Ambitieus-3[checked]"));
        Assert.False(await app.WithDbAsync(async (db, _) => await db.AmoreRatings.AnyAsync(r => r.AmoreRoundId == roundId)));
    }

    [Fact]
    public async Task Missing_scores_and_an_over_long_comment_get_Dutch_messages()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/amore/{roundId}"));

        var refused = await client.SubmitAsync(page, "#rate", new Dictionary<string, string?> { ["Rating.Comment"] = new string('c', AmoreRating.CommentMaxLength + 1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(6, refused.ErrorSummary.Count);
        Assert.Equal("Kies een score van 1 tot 5 voor Onderscheidend.", refused.FieldError("Rating_Onderscheidend"));
        Assert.Contains("hoogstens 2000 tekens", refused.FieldError("Rating_Comment"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_round_refuses_ratings_with_a_409_page_and_shows_no_form()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/amore/{roundId}"));
        var manage = await client.OpenAsync(s.Url($"/amore/{roundId}/raters"));

        var closed = await client.SubmitAsync(manage, "#close", new Dictionary<string, string?>());
        var late = await client.SubmitAsync(page, "#rate", VisionArrange.Scores("Rating", 3, 3, 3, 3, 3));

        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("afgesloten", late.MainText, StringComparison.Ordinal);
        var reread = await client.OpenAsync(s.Url($"/amore/{roundId}"));
        Assert.Null(reread.Document.QuerySelector("#rate"));
        Assert.Contains("afgesloten op", reread.Text("#round-status"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(async (db, _) => await db.AmoreRatings.AnyAsync(r => r.AmoreRoundId == roundId)));

        manage = await client.OpenAsync(s.Url($"/amore/{roundId}/raters"));
        await client.SubmitAsync(manage, "#reopen", new Dictionary<string, string?>());
        Assert.NotNull((await client.OpenAsync(s.Url($"/amore/{roundId}"))).Document.QuerySelector("#rate"));
    }

    [Fact]
    public async Task Results_show_mean_spread_and_count_and_rounds_compare_across_versions()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Lezer);
        var (first, second) = await app.TwoVersionsAsync(s);
        var r1 = await app.OpenRoundAsync(s, first, "Ronde een");
        var r2 = await app.OpenRoundAsync(s, second, "Ronde twee");
        await app.RateAsync(r1, RaterKey.Member(1), new AmoreScores(4, 4, 2, 4, 4));
        await app.RateAsync(r1, RaterKey.Workshop("p1"), new AmoreScores(4, 4, 3, 4, 4), "te algemeen");
        await app.RateAsync(r1, RaterKey.External(1), new AmoreScores(4, 4, 2, 4, 5));
        await app.RateAsync(r2, RaterKey.Member(1), new AmoreScores(4, 4, 4, 4, 4));
        await app.RateAsync(r2, RaterKey.Workshop("p1"), new AmoreScores(5, 4, 4, 4, 4));
        using var client = await app.LoggedInClientAsync(s.User);

        var round = await client.OpenAsync(s.Url($"/amore/{r1}"));
        var index = await client.OpenAsync(s.Url("/amore"));

        // Onderscheidend 2, 3, 2: mean 2.33 → 2,3; population σ = 0.47 → 0,5
        Assert.Equal("2,3", round.Text("#results tr[data-criterion=Onderscheidend] [data-mean]"));
        Assert.Equal("0,5", round.Text("#results tr[data-criterion=Onderscheidend] [data-spread]"));
        Assert.Equal("3", round.Text("#results tr[data-criterion=Onderscheidend] [data-count]"));
        Assert.Equal("0,0", round.Text("#results tr[data-criterion=Ambitieus] [data-spread]"));
        Assert.Null(round.Document.QuerySelector("#rate"));
        var forged = await client.PostAsync(s.Url($"/amore/{r2}"), [new("__RequestVerificationToken", round.AntiforgeryToken), .. VisionArrange.Scores("Rating", 1, 1, 1, 1, 1).Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!))]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        var evolution = index.Document.QuerySelectorAll("#amore-evolution tbody tr").Single(r => r.TextContent.Contains("Onderscheidend", StringComparison.Ordinal));
        var cells = evolution.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("2,3", cells[0], StringComparison.Ordinal);
        Assert.Contains("onder 3", cells[0], StringComparison.Ordinal);
        Assert.Equal("4,0", cells[1]);
        Assert.Null(index.Document.QuerySelector("#open-round"));
    }

    [Fact]
    public async Task Opening_a_round_needs_a_version_of_this_trajectory_and_a_name()
    {
        var s = await VisionArrange.NewAsync(app);
        await app.TwoVersionsAsync(s);
        var other = await VisionArrange.NewAsync(app);
        var (otherVersion, _) = await app.TwoVersionsAsync(other);
        using var client = await app.LoggedInClientAsync(s.User);
        var index = await client.OpenAsync(s.Url("/amore"));

        var refused = await client.SubmitAsync(index, "#open-round", new Dictionary<string, string?> { ["Input.VisionVersionId"] = "", ["Input.Title"] = "" });
        var foreign = await client.SubmitAsync(index, "#open-round", new Dictionary<string, string?> { ["Input.VisionVersionId"] = otherVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Title"] = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies de versie die beoordeeld wordt.", refused.FieldError("Input_VisionVersionId"));
        Assert.Equal("Geef de ronde een naam.", refused.FieldError("Input_Title"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.Status);
        Assert.Equal("Deze versie bestaat niet (meer).", foreign.FieldError("Input_VisionVersionId"));
        Assert.False(await app.WithDbAsync(async (db, _) => await db.AmoreRounds.AnyAsync(r => r.TrajectoryId == s.TrajectoryId)));
    }

    [Fact]
    public async Task A_Teamlid_cannot_open_close_or_manage_rounds()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Teamlid);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        using var client = await app.LoggedInClientAsync(s.User);
        var index = await client.OpenAsync(s.Url("/amore"));

        var open = await client.PostAsync(s.Url("/amore"), [new("__RequestVerificationToken", index.AntiforgeryToken), new("Input.VisionVersionId", first.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Title", "x")]);
        var close = await client.PostAsync(s.Url($"/amore/{roundId}/raters?handler=Close"), [new("__RequestVerificationToken", index.AntiforgeryToken)]);

        Assert.Null(index.Document.QuerySelector("#open-round"));
        Assert.Equal(HttpStatusCode.Forbidden, open.Status);
        Assert.Equal(HttpStatusCode.Forbidden, close.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Url($"/amore/{roundId}/raters"))).Status);
    }
}
