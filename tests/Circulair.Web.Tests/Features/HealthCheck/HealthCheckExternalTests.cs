using System.Net;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.HealthCheck;

/// <summary>Outside raters score through a personal no-login link: invited by mail, once, before it expires, while the round is open.</summary>
public sealed class HealthCheckExternalTests(SharedApp app)
{
    private static IEnumerable<KeyValuePair<string, string>> Fields(Page form, int score) =>
        [new("__RequestVerificationToken", form.AntiforgeryToken), .. HealthCheckArrange.Scores("Rating", [.. Enumerable.Repeat<int?>(score, 9)]).Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? ""))];

    [Fact]
    public async Task A_coordinator_invites_by_mail_and_the_outsider_scores_once_without_an_account()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundId = await app.OpenHealthRoundAsync(org, "Check met partners");
        using var coordinator = await app.LoggedInClientAsync(user);
        var manage = await coordinator.OpenAsync(org.Url($"/health-check/{roundId}/raters"));
        var email = Scenario.Unique("sofie") + "@kringwinkel.example";

        var invited = await coordinator.SubmitAsync(manage, "#invite", new Dictionary<string, string?> { ["Input.Name"] = "Sofie Peeters", ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var mail = app.Mailbox.LatestTo(email);
        Assert.Contains(org.Name, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Dag Sofie Peeters", mail.TextBody, StringComparison.Ordinal);
        var link = Mailbox.LinkIn(mail, "/health-check/");
        var token = link.Split('/').Last();
        var stored = await app.WithDbAsync(async (db, _) => await db.HealthCheckInvitations.SingleAsync(i => i.HealthCheckRoundId == roundId));
        Assert.NotEqual(token, stored.TokenHash);
        Assert.Equal(Circulair.Participation.PersonalLinkToken.Hash(token), stored.TokenHash);
        Assert.Contains("Sofie Peeters", (await coordinator.OpenAsync(org.Url($"/health-check/{roundId}/raters"))).Text("#invitations"), StringComparison.Ordinal);

        using var stranger = app.NewClient();
        var page = await stranger.OpenAsync(link);
        Assert.Equal($"Hoe gezond is de circulaire transitie van {org.Name}?", page.Text("h1"));
        Assert.Contains("Check met partners", page.Text(".cx-lead"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".cx-orgnav"));
        Assert.Equal(9, page.Document.QuerySelectorAll("#rate fieldset").Length);
        var rated = await stranger.SubmitAsync(page, "#rate", HealthCheckArrange.Scores("Rating", [4, 4, 3, 3, 5, 4, 2, 2, 3], new() { [6] = "Wat is het doel voor 2030?" }));

        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        var thanks = await stranger.GetAsync(rated.Location!);
        Assert.Equal(HttpStatusCode.OK, thanks.Status);
        Assert.Equal("Bedankt voor je scores", thanks.Text("h1"));
        var again = await stranger.GetAsync(link);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("Deze link werd al gebruikt", again.Text("h1"));
        Assert.Null(again.Document.QuerySelector("#rate"));
        var replay = await stranger.PostAsync(link, Fields(page, 1));
        Assert.Equal(HttpStatusCode.Conflict, replay.Status);

        var rating = await app.WithDbAsync(async (db, _) => await db.HealthCheckRatings.Include(r => r.Scores).SingleAsync(r => r.HealthCheckRoundId == roundId));
        Assert.Equal(RaterKind.Extern, rating.Kind);
        Assert.Equal("Sofie Peeters", rating.RaterName);
        Assert.Equal(5, rating.Scores.Single(s => s.Block == HealthCheckBlock.Kennisuitwisseling).Score);
        var results = await coordinator.OpenAsync(org.Url($"/health-check/{roundId}"));
        Assert.Contains("Wat is het doel voor 2030? — Sofie Peeters (extern)", results.Text("#notes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_says_so_and_writes_nothing()
    {
        var (org, _) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundId = await app.OpenHealthRoundAsync(org);
        var fresh = await app.InviteHealthRaterAsync(roundId);
        // Sent a minute more than its lifetime ago (the shared clock is not turned, other tests run beside this one).
        var old = await app.InviteHealthRaterAsync(roundId, "Oude uitnodiging", sentAgo: HealthCheckInvitation.Lifetime + TimeSpan.FromMinutes(1));
        using var stranger = app.NewClient();
        var form = await stranger.OpenAsync($"/health-check/{fresh}");

        var expired = await stranger.GetAsync($"/health-check/{old}");
        var late = await stranger.PostAsync($"/health-check/{old}", Fields(form, 3));

        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Equal("Deze link is verlopen", expired.Text("h1"));
        Assert.Contains("er werd niets bewaard", expired.Text("#link-state"), StringComparison.Ordinal);
        Assert.Null(expired.Document.QuerySelector("#rate"));
        Assert.Equal(HttpStatusCode.Gone, late.Status);
        Assert.Equal(0, await app.RatingCountAsync(roundId));
    }

    [Fact]
    public async Task A_link_to_a_closed_round_says_so_and_writes_nothing()
    {
        var (org, _) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundId = await app.OpenHealthRoundAsync(org);
        var token = await app.InviteHealthRaterAsync(roundId);
        using var stranger = app.NewClient();
        var form = await stranger.OpenAsync($"/health-check/{token}");
        await app.CloseHealthRoundAsync(roundId);

        var closed = await stranger.GetAsync($"/health-check/{token}");
        var late = await stranger.PostAsync($"/health-check/{token}", Fields(form, 3));

        Assert.Equal(HttpStatusCode.Conflict, closed.Status);
        Assert.Equal("Deze ronde is afgesloten", closed.Text("h1"));
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal(0, await app.RatingCountAsync(roundId));
        var invitation = await app.WithDbAsync((db, _) => db.HealthCheckInvitations.SingleAsync(i => i.HealthCheckRoundId == roundId));
        Assert.Null(invitation.UsedAt);
    }

    [Fact]
    public async Task An_unknown_link_answers_404_with_an_explanation()
    {
        using var stranger = app.NewClient();

        var unknown = await stranger.GetAsync("/health-check/dit-is-geen-geldige-link");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Deze link is ongeldig", unknown.Text("h1"));
    }

    [Fact]
    public async Task Bad_scores_on_the_external_page_are_refused_with_422_the_notes_kept_and_the_link_still_usable()
    {
        var (org, _) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundId = await app.OpenHealthRoundAsync(org);
        var token = await app.InviteHealthRaterAsync(roundId);
        using var stranger = app.NewClient();
        var page = await stranger.OpenAsync($"/health-check/{token}");
        var values = HealthCheckArrange.Scores("Rating", [3, 3, 9, 3, 3, 3, 3, null, 3], new() { [0] = "mijn toelichting" });

        var refused = await stranger.SubmitAsync(page, "#rate", values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("De score voor Sensibilisering en wegwerken van weerstand moet tussen 1 en 5 liggen.", refused.FieldError("Rating_Blocks_2__Score"));
        Assert.Equal("Kies een score voor Mobiliseren van middelen.", refused.FieldError("Rating_Blocks_7__Score"));
        Assert.Equal("mijn toelichting", refused.ValueOf("Rating_Blocks_0__Note"));
        Assert.Equal(0, await app.RatingCountAsync(roundId));
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync($"/health-check/{token}")).Status);
    }

    [Fact]
    public async Task A_renewed_link_lets_the_outsider_change_their_scores_which_replace_the_first()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundId = await app.OpenHealthRoundAsync(org);
        using var coordinator = await app.LoggedInClientAsync(user);
        var email = Scenario.Unique("karim") + "@example.test";
        await coordinator.SubmitAsync(await coordinator.OpenAsync(org.Url($"/health-check/{roundId}/raters")), "#invite", new Dictionary<string, string?> { ["Input.Name"] = "Karim", ["Input.Email"] = email });
        var oldLink = Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/health-check/");
        using var stranger = app.NewClient();
        await stranger.SubmitAsync(await stranger.OpenAsync(oldLink), "#rate", HealthCheckArrange.Scores("Rating", [1, 1, 1, 1, 1, 1, 1, 1, 1]));

        var manage = await coordinator.OpenAsync(org.Url($"/health-check/{roundId}/raters"));
        Assert.Contains("Gebruikt", manage.Text("#invitations"), StringComparison.Ordinal);
        var renewed = await coordinator.SubmitAsync(manage, "#invitations form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, renewed.Status);
        var newLink = Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/health-check/");
        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(oldLink)).Status);
        await stranger.SubmitAsync(await stranger.OpenAsync(newLink), "#rate", HealthCheckArrange.Scores("Rating", [5, 5, 5, 5, 5, 5, 5, 5, 5]));

        var rating = await app.WithDbAsync(async (db, _) => await db.HealthCheckRatings.Include(r => r.Scores).SingleAsync(r => r.HealthCheckRoundId == roundId));
        Assert.All(rating.Scores, s => Assert.Equal(5, s.Score));
        Assert.NotNull(rating.ReplacedAt);
    }

    [Fact]
    public async Task Inviting_needs_a_name_and_a_valid_address()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var roundId = await app.OpenHealthRoundAsync(org);
        using var coordinator = await app.LoggedInClientAsync(user);
        var manage = await coordinator.OpenAsync(org.Url($"/health-check/{roundId}/raters"));

        var refused = await coordinator.SubmitAsync(manage, "#invite", new Dictionary<string, string?> { ["Input.Name"] = "", ["Input.Email"] = "geen-adres" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Vul de naam in.", refused.FieldError("Input_Name"));
        Assert.Contains("geldig e-mailadres", refused.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal("geen-adres", refused.ValueOf("Input_Email"));
        Assert.False(await app.WithDbAsync((db, _) => db.HealthCheckInvitations.AnyAsync(i => i.HealthCheckRoundId == roundId)));
    }
}
