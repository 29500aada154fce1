using System.Net;
using Circulair.HealthCheck;
using Circulair.Persistence;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>The health check as a live activity, added as a kind of its own: nine blocks on the phone, a round when it closes.</summary>
public sealed class HealthCheckActivityTests(SharedApp app)
{
    private static Dictionary<string, string?> Blocks(params int[] scores) =>
        BlockScore.Blocks.Select((b, i) => (b, i)).Where(x => x.i < scores.Length)
            .ToDictionary(x => $"block[{(int)x.b}]", x => (string?)scores[x.i].ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Participants_score_the_nine_blocks_and_their_ratings_become_a_health_check_round()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var check = await s.AddActivityAsync("Gezondheidscheck", "Hoe gezond is onze transitie?");
        using var lies = await WorkshopArrange.JoinAsync(app, s.Code, "Lies");
        using var omar = await WorkshopArrange.JoinAsync(app, s.Code, "Omar");
        await s.ControlAsync("open", check);
        var page = await lies.OpenAsync($"/w/{s.Code}");
        Assert.Equal(9, page.Document.QuerySelectorAll("#health-check fieldset.cx-score").Length);

        var partial = await lies.SubmitAsync(page, "#health-check", Blocks(4, 4, 3));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.Status);
        Assert.NotNull(partial.Document.QuerySelector($"#block-{(int)HealthCheckBlock.Ondernemerschap}-4[checked]"));
        Assert.Equal(0, await app.WithDbAsync(async (db, _) => await db.WorkshopResponses.CountAsync(r => r.WorkshopActivityId == check)));
        await lies.SubmitAsync(page, "#health-check", Blocks(4, 4, 3, 2, 5, 4, 3, 2, 1));
        await omar.SubmitAsync(await omar.OpenAsync($"/w/{s.Code}"), "#health-check", Blocks(2, 4, 3, 2, 5, 4, 3, 2, 3));
        await s.ControlAsync("show", check);
        var screen = await s.Client.OpenAsync(s.Url("/projector?handler=live"));
        Assert.Equal("3,0", screen.Text($"tr[data-block={HealthCheckBlock.Marktvorming}] [data-mean]"));
        Assert.Equal("2–4", screen.Text($"tr[data-block={HealthCheckBlock.Marktvorming}] [data-range]"));
        Assert.Equal(9, screen.Document.QuerySelectorAll("[data-chart=health-check] svg .cx-amore-bars__mean").Length);

        await s.ControlAsync("close", check);

        var round = await app.WithDbAsync(async (db, _) => await db.HealthCheckRounds.InOrganisation(s.Organisation.Id).Include(r => r.Ratings).ThenInclude(r => r.Scores).AsNoTracking().SingleAsync());
        Assert.Contains("Hoe gezond is onze transitie?", round.Title, StringComparison.Ordinal);
        Assert.Equal(["Lies", "Omar"], round.Ratings.Select(r => r.RaterName).Order(StringComparer.Ordinal));
        Assert.Equal(3.0, round.Results()[HealthCheckBlock.Marktvorming].Mean);
        var fed = await app.WithDbAsync(async (db, _) => await db.WorkshopActivities.Where(a => a.Id == check).Select(a => a.FeedOutcome).SingleAsync());
        Assert.Equal(FeedOutcome.Delivered, fed);

        // Closing again after more input replaces the participants' ratings in the same round.
        await s.ControlAsync("open", check);
        await omar.SubmitAsync(await omar.OpenAsync($"/w/{s.Code}"), "#health-check", Blocks(4, 4, 3, 2, 5, 4, 3, 2, 3));
        await s.ControlAsync("close", check);
        round = await app.WithDbAsync(async (db, _) => await db.HealthCheckRounds.InOrganisation(s.Organisation.Id).Include(r => r.Ratings).ThenInclude(r => r.Scores).AsNoTracking().SingleAsync());
        Assert.Equal(4.0, round.Results()[HealthCheckBlock.Marktvorming].Mean);
    }
}
