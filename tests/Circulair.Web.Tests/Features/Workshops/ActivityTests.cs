using System.Net;
using Circulair.Vision;
using Circulair.Web.Tests.Features.Vision;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>The other formats over HTTP: AMORE feeding the round, brainwriting rotation with lineage, polls, "Hoe kunnen we…", world café, impact/effort.</summary>
public sealed class ActivityTests(SharedApp app)
{
    [Fact]
    public async Task An_AMORE_rating_in_the_workshop_lands_in_the_AMORE_round_of_the_vision_version()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var setup = new VisionArrange.Setup(s.Organisation, s.Facilitator, s.TrajectoryId);
        var (_, second) = await app.TwoVersionsAsync(setup);
        var activityId = await s.AddActivityAsync("Amore", "Toets de visie");
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code, "Lies");
        await s.ControlAsync("open", activityId);
        var page = await phone.OpenAsync($"/w/{s.Code}");
        Assert.Contains("zorgzame circulaire havenstad", page.Text(".cx-statement__text"), StringComparison.Ordinal);

        var rated = await phone.SubmitAsync(page, "#rate", VisionArrange.Scores("Rating", 4, 3, 2, 5, 4, "Meer eigen karakter"));

        Assert.Equal(HttpStatusCode.Redirect, rated.Status);
        var rating = await app.WithDbAsync(async (db, _) => await db.AmoreRatings.Include(r => r.Round).SingleAsync(r => r.Round.VisionVersionId == second));
        Assert.Equal(RaterKind.Workshop, rating.Kind);
        Assert.Equal("Lies", rating.RaterName);
        Assert.Equal(2, rating.Onderscheidend);
        Assert.Equal("Meer eigen karakter", rating.Comment);
        var control = await s.Client.OpenAsync(s.Url());
        Assert.Equal("2,0", control.Text($"#results-{activityId} tr[data-criterion=Onderscheidend] [data-mean]"));
    }

    [Fact]
    public async Task Brainwriting_sheets_rotate_between_rounds_and_ideas_keep_their_lineage()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var activityId = await s.AddActivityAsync("Brainwriting", "Meer herstellen", new() { ["Input.IdeasPerRound"] = "2" });
        using var one = await WorkshopArrange.JoinAsync(app, s.Code);
        using var two = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", activityId);

        var p1 = await one.OpenAsync($"/w/{s.Code}");
        Assert.Contains("blad 1", p1.Text("#sheet"), StringComparison.Ordinal);
        var key = p1.Document.QuerySelector("#ideas input[name=key]")!.GetAttribute("value");
        await one.SubmitAsync(p1, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Herstelbon <b>gratis</b>", ["ideas[1]"] = "" });
        // The same form sent again (a double tap) adds nothing.
        await one.SubmitAsync(p1, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Herstelbon <b>gratis</b>", ["key"] = key });
        var p2 = await two.OpenAsync($"/w/{s.Code}");
        Assert.Contains("blad 2", p2.Text("#sheet"), StringComparison.Ordinal);
        await two.SubmitAsync(p2, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Repair café in de bib" });

        await s.ControlAsync("nextround", activityId);
        var p2next = await two.OpenAsync($"/w/{s.Code}");
        Assert.Contains("blad 1", p2next.Text("#sheet"), StringComparison.Ordinal);
        Assert.Equal("Herstelbon <b>gratis</b> (ronde 1)", p2next.Text("#sheet-ideas li"));
        var parent = p2next.Document.QuerySelector("#BuildsOn option[value]:not([value=''])")!.GetAttribute("value");
        await two.SubmitAsync(p2next, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Herstelbon ook voor fietsen", ["buildsOn"] = parent });
        await s.ControlAsync("close", activityId);

        var ideas = await app.WithDbAsync(async (db, _) => await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == activityId).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(3, ideas.Count);
        Assert.Equal((2, 0), (ideas[2].Round, ideas[2].Sheet!.Value));
        Assert.Equal(ideas[0].Id, ideas[2].BuildsOnIdeaId);
        var fed = await app.WithDbAsync(async (db, _) => await db.WorkshopActivities.Where(a => a.Id == activityId).Select(a => a.FeedOutcome).SingleAsync());
        // Phase 2 takes the ideas into the strategy's backlog (WorkshopResultsTests shows where they arrive).
        Assert.Equal(FeedOutcome.Delivered, fed);
        var report = await s.Client.OpenAsync(s.Url());
        Assert.Contains("bouwt voort op \"Herstelbon <b>gratis</b>\"", report.Text($"#results-{activityId} [data-sheet='0']"), StringComparison.Ordinal);
        // The facilitator sees the ideas counted, not the (empty) list of prepared items.
        Assert.Equal("3 ideeën", report.Text($"#activity-{activityId} [data-ideas]"));
        Assert.Null(report.Document.QuerySelector($"#activity-{activityId} [data-items]"));
    }

    [Fact]
    public async Task Polls_questions_world_cafe_and_impact_effort_work_as_plain_forms()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var poll = await s.AddActivityAsync("Peiling", "Welke woorden?", new() { ["Input.PollType"] = "Woordwolk" });
        var questions = await s.AddActivityAsync("HoeKunnenWe", "Uitdagingen", new() { ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "2" });
        var cafe = await s.AddActivityAsync("WorldCafe", "Tafelgesprekken", new() { ["Input.Items"] = "Herstel | An\nDelen | Bram" });
        var rating = await s.AddActivityAsync("ImpactEffort", "Acties scoren", new() { ["Input.Items"] = "Herstelpunt\nDeelfietsen" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        using var host = await WorkshopArrange.JoinAsync(app, s.Code);

        await s.ControlAsync("open", poll);
        var page = await phone.OpenAsync($"/w/{s.Code}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?>())).Status);
        await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?> { ["words[0]"] = "Herstel", ["words[1]"] = "delen" });
        await (await host.OpenAsync($"/w/{s.Code}")).Let(p => host.SubmitAsync(p, "#poll", new Dictionary<string, string?> { ["words[0]"] = "herstel" }));
        await s.ControlAsync("close", poll);
        var control = await s.Client.OpenAsync(s.Url());
        Assert.Equal("Herstel (2)", control.Text($"#results-{poll} .cx-cloud__word--5"));

        await s.ControlAsync("open", questions);
        page = await phone.OpenAsync($"/w/{s.Code}");
        await phone.SubmitAsync(page, "#question", new Dictionary<string, string?> { ["question"] = "hoe kunnen we meer herstellen" });
        await s.ControlAsync("startvoting", questions);
        page = await phone.OpenAsync($"/w/{s.Code}");
        var item = (await WorkshopArrange.ItemIdsAsync(app, questions)).Single();
        Assert.Equal("Hoe kunnen we meer herstellen?", page.Text($"label[for=dots-{item}]"));
        await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((item, 2)));
        await s.ControlAsync("close", questions);

        await s.ControlAsync("open", cafe);
        var hostPage = await host.OpenAsync($"/w/{s.Code}");
        await host.SubmitAsync(hostPage, "#host", new Dictionary<string, string?>());
        hostPage = await host.OpenAsync($"/w/{s.Code}");
        await host.SubmitAsync(hostPage, "#note", new Dictionary<string, string?> { ["note"] = "Veel vraag naar onderdelen" });
        var guest = await phone.OpenAsync($"/w/{s.Code}");
        Assert.StartsWith("Ga naar tafel", guest.Text("#my-table"), StringComparison.Ordinal);
        await s.ControlAsync("close", cafe);

        await s.ControlAsync("open", rating);
        page = await phone.OpenAsync($"/w/{s.Code}");
        var actions = await WorkshopArrange.ItemIdsAsync(app, rating);
        var partial = await phone.SubmitAsync(page, "#score", new Dictionary<string, string?> { [$"impact[{actions[0]}]"] = "5", [$"effort[{actions[0]}]"] = "2" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.Status);
        await phone.SubmitAsync(page, "#score", new Dictionary<string, string?> { [$"impact[{actions[0]}]"] = "5", [$"effort[{actions[0]}]"] = "2", [$"impact[{actions[1]}]"] = "2", [$"effort[{actions[1]}]"] = "4" });
        await s.ControlAsync("close", rating);

        control = await s.Client.OpenAsync(s.Url());
        Assert.Equal("2", control.Text($"#results-{questions} [data-item='{item}'] [data-dots]"));
        Assert.Equal("Veel vraag naar onderdelen", control.Text($"#results-{cafe} ul[data-table] li").Split(" (")[0]);
        Assert.Equal("Quick win", control.Text($"#results-{rating} tr[data-item='{actions[0]}'] [data-quadrant]"));
        Assert.Equal("Vermijden", control.Text($"#results-{rating} tr[data-item='{actions[1]}'] [data-quadrant]"));
    }
}

internal static class TaskExtensions
{
    public static async Task<TResult> Let<T, TResult>(this T value, Func<T, Task<TResult>> f) => await f(value);
}
