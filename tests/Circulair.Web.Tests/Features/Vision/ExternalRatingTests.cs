using System.Net;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>External stakeholders rate through a personal no-login link: invited by mail, once, before it expires.</summary>
public sealed class ExternalRatingTests(SharedApp app)
{
    [Fact]
    public async Task A_coordinator_invites_by_mail_and_the_external_rates_once_without_an_account()
    {
        var s = await VisionArrange.NewAsync(app);
        var (_, second) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, second);
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var manage = await coordinator.OpenAsync(s.Url($"/amore/{roundId}/raters"));
        var email = Scenario.Unique("sofie") + "@kringwinkel.example";

        var invited = await coordinator.SubmitAsync(manage, "#invite", new Dictionary<string, string?> { ["Input.Name"] = "Sofie Peeters", ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var mail = app.Mailbox.LatestTo(email);
        Assert.Contains(s.Organisation.Name, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Dag Sofie Peeters", mail.TextBody, StringComparison.Ordinal);
        var link = Mailbox.LinkIn(mail, "/amore/");
        var stored = await app.WithDbAsync(async (db, _) => await db.AmoreInvitations.SingleAsync(i => i.AmoreRoundId == roundId));
        Assert.NotEqual(link.Split('/').Last(), stored.TokenHash);
        Assert.Equal(AmoreInvitation.Hash(link.Split('/').Last()), stored.TokenHash);
        var list = await coordinator.OpenAsync(s.Url($"/amore/{roundId}/raters"));
        Assert.Contains("Sofie Peeters", list.Text("#invitations"), StringComparison.Ordinal);

        using var stranger = app.NewClient();
        var page = await stranger.OpenAsync(link);
        Assert.Contains("zorgzame circulaire havenstad", page.Text(".cx-statement__text"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".cx-orgnav"));
        var rated = await stranger.SubmitAsync(page, "#rate", VisionArrange.Scores("Rating", 5, 4, 3, 4, 2, "Sterk, maar is het haalbaar?"));

        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        var thanks = await stranger.GetAsync(rated.Location!);
        Assert.Equal(HttpStatusCode.OK, thanks.Status);
        Assert.Equal("Bedankt voor je beoordeling", thanks.Text("h1"));
        var again = await stranger.GetAsync(link);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("Deze link werd al gebruikt", again.Text("h1"));
        Assert.Null(again.Document.QuerySelector("#rate"));
        var replay = await stranger.SubmitAsync(page, "#rate", VisionArrange.Scores("Rating", 1, 1, 1, 1, 1));
        Assert.Equal(HttpStatusCode.Conflict, replay.Status);

        var rating = await app.WithDbAsync(async (db, _) => await db.AmoreRatings.SingleAsync(r => r.AmoreRoundId == roundId));
        Assert.Equal(RaterKind.Extern, rating.Kind);
        Assert.Equal("Sofie Peeters", rating.RaterName);
        Assert.Equal(2, rating.Echt);
        var results = await coordinator.OpenAsync(s.Url($"/amore/{roundId}"));
        Assert.Contains("Sofie Peeters (extern)", results.Text("#comments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_says_so_and_refuses_a_rating()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        var fresh = await app.InviteAsync(roundId);
        // Sent a minute more than its lifetime ago (the shared clock is not turned, other tests run beside this one).
        var old = await app.InviteAsync(roundId, "Oude uitnodiging", sentAgo: AmoreInvitation.Lifetime + TimeSpan.FromMinutes(1));
        using var stranger = app.NewClient();
        var form = await stranger.OpenAsync($"/amore/{fresh}");

        var expired = await stranger.GetAsync($"/amore/{old}");
        var late = await stranger.PostAsync($"/amore/{old}", [new("__RequestVerificationToken", form.AntiforgeryToken), .. VisionArrange.Scores("Rating", 3, 3, 3, 3, 3).Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!))]);

        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Equal("Deze link is verlopen", expired.Text("h1"));
        Assert.Null(expired.Document.QuerySelector("#rate"));
        Assert.Equal(HttpStatusCode.Gone, late.Status);
        Assert.False(await app.WithDbAsync(async (db, _) => await db.AmoreRatings.AnyAsync(r => r.AmoreRoundId == roundId)));
    }

    [Fact]
    public async Task An_unknown_link_answers_404_with_an_explanation()
    {
        using var stranger = app.NewClient();

        var unknown = await stranger.GetAsync("/amore/dit-is-geen-geldige-link");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Deze link is ongeldig", unknown.Text("h1"));
    }

    [Fact]
    public async Task A_link_to_a_closed_round_says_the_round_is_closed()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        var token = await app.InviteAsync(roundId);
        await app.WithDbAsync(async db =>
        {
            (await db.AmoreRounds.SingleAsync(r => r.Id == roundId)).Close(app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        using var stranger = app.NewClient();

        var closed = await stranger.GetAsync($"/amore/{token}");

        Assert.Equal(HttpStatusCode.Conflict, closed.Status);
        Assert.Equal("Deze ronde is afgesloten", closed.Text("h1"));
    }

    [Fact]
    public async Task Bad_scores_on_the_external_page_are_refused_with_the_comment_kept()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        var token = await app.InviteAsync(roundId);
        using var stranger = app.NewClient();
        var page = await stranger.OpenAsync($"/amore/{token}");
        var values = VisionArrange.Scores("Rating", 3, 3, 9, 3, 3, "mijn opmerking");

        var refused = await stranger.SubmitAsync(page, "#rate", values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("De score voor Onderscheidend moet tussen 1 en 5 liggen.", refused.FieldError("Rating_Onderscheidend"));
        Assert.Equal("mijn opmerking", refused.ValueOf("Rating_Comment"));
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync($"/amore/{token}")).Status);
    }

    [Fact]
    public async Task A_renewed_link_lets_the_external_change_their_rating_which_replaces_the_first()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var manage = await coordinator.OpenAsync(s.Url($"/amore/{roundId}/raters"));
        var email = Scenario.Unique("karim") + "@example.test";
        await coordinator.SubmitAsync(manage, "#invite", new Dictionary<string, string?> { ["Input.Name"] = "Karim", ["Input.Email"] = email });
        var oldLink = Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/amore/");
        using var stranger = app.NewClient();
        await stranger.SubmitAsync(await stranger.OpenAsync(oldLink), "#rate", VisionArrange.Scores("Rating", 1, 1, 1, 1, 1));

        manage = await coordinator.OpenAsync(s.Url($"/amore/{roundId}/raters"));
        Assert.Contains("gebruikt", manage.Text("#invitations"), StringComparison.Ordinal);
        var renewed = await coordinator.SubmitAsync(manage, "#invitations form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, renewed.Status);
        var newLink = Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/amore/");
        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(oldLink)).Status);
        await stranger.SubmitAsync(await stranger.OpenAsync(newLink), "#rate", VisionArrange.Scores("Rating", 5, 5, 5, 5, 5));

        var rating = await app.WithDbAsync(async (db, _) => await db.AmoreRatings.SingleAsync(r => r.AmoreRoundId == roundId));
        Assert.Equal(5, rating.Ambitieus);
        Assert.NotNull(rating.ReplacedAt);
    }

    [Fact]
    public async Task Inviting_needs_a_name_and_a_valid_address()
    {
        var s = await VisionArrange.NewAsync(app);
        var (first, _) = await app.TwoVersionsAsync(s);
        var roundId = await app.OpenRoundAsync(s, first);
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var manage = await coordinator.OpenAsync(s.Url($"/amore/{roundId}/raters"));

        var refused = await coordinator.SubmitAsync(manage, "#invite", new Dictionary<string, string?> { ["Input.Name"] = "", ["Input.Email"] = "geen-adres" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Vul de naam in.", refused.FieldError("Input_Name"));
        Assert.Contains("geldig e-mailadres", refused.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal("geen-adres", refused.ValueOf("Input_Email"));
        Assert.False(await app.WithDbAsync(async (db, _) => await db.AmoreInvitations.AnyAsync(i => i.AmoreRoundId == roundId)));
    }
}
