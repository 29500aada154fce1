using System.Net;
using Circulair.Strategy;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>"Hoe kunnen we…": one phone asks at most ten questions, and an empty question is refused.</summary>
public sealed class HowMightWeLimitTests(SharedApp app)
{
    [Fact]
    public async Task The_eleventh_question_of_one_phone_is_refused_with_its_text_kept_and_nothing_more_is_stored()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var questions = await s.AddActivityAsync("HoeKunnenWe", "Uitdagingen", new() { ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "2" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", questions);
        for (var i = 1; i <= HowMightWeRules.MaxQuestionsPerParticipant; i++)
        {
            var form = await phone.OpenAsync($"/w/{s.Code}");
            var saved = await phone.SubmitAsync(form, "#question", new Dictionary<string, string?> { ["question"] = $"meer herstellen in wijk {i}" });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }

        var page = await phone.OpenAsync($"/w/{s.Code}");
        var refused = await phone.SubmitAsync(page, "#question", new Dictionary<string, string?> { ["question"] = "nog een vraag stellen" });
        var empty = await phone.SubmitAsync(await phone.OpenAsync($"/w/{s.Code}"), "#question", new Dictionary<string, string?> { ["question"] = "hoe kunnen we" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Je kunt hoogstens 10 vragen toevoegen.", refused.FieldError("Question"));
        Assert.Equal("nog een vraag stellen", refused.Text("#Question"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal(10, await app.WithDbAsync(async (db, _) => await db.WorkshopIdeas.CountAsync(i => i.WorkshopActivityId == questions)));
    }

    [Fact]
    public async Task The_facilitator_leaves_a_double_question_out_of_the_vote_and_it_still_reaches_the_backlog()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var questions = await s.AddActivityAsync("HoeKunnenWe", "Uitdagingen", new() { ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "2" });
        using var one = await WorkshopArrange.JoinAsync(app, s.Code);
        using var two = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", questions);
        await one.SubmitAsync(await one.OpenAsync($"/w/{s.Code}"), "#question", new Dictionary<string, string?> { ["question"] = "meer herstellen" });
        await two.SubmitAsync(await two.OpenAsync($"/w/{s.Code}"), "#question", new Dictionary<string, string?> { ["question"] = "Hoe kunnen we meer herstellen?" });
        var ids = await app.WithDbAsync(async (db, _) => await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == questions).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());

        await s.ControlAsync("startvoting", questions, new() { ["hide"] = ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var items = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == questions).Select(i => i.SourceKey).ToListAsync());
        Assert.Equal([ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture)], items);
        await s.ControlAsync("close", questions);
        Assert.Equal(2, await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.CountAsync(i => i.TrajectoryId == s.TrajectoryId)));
    }
}
