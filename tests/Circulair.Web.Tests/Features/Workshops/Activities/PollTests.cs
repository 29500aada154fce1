using System.Net;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>Quick polls through the phone's form: the word cloud's one-word rule and an answer that is required.</summary>
public sealed class PollTests(SharedApp app)
{
    [Fact]
    public async Task A_word_cloud_entry_of_two_words_is_refused_with_what_was_typed_kept_and_nothing_stored()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var poll = await s.AddActivityAsync("Peiling", "Welke woorden?", new() { ["Input.PollType"] = "Woordwolk" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", poll);
        var page = await phone.OpenAsync($"/w/{s.Code}");

        var refused = await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?> { ["words[0]"] = "samen herstellen", ["words[1]"] = "delen" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Geef per vak één woord van hoogstens 40 tekens.", refused.FieldError("Words"));
        Assert.Equal("samen herstellen", refused.Document.QuerySelector("#Words")!.GetAttribute("value"));
        Assert.Equal("delen", refused.Document.QuerySelector("#Words-1")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(async (db, _) => await db.WorkshopResponses.CountAsync(r => r.WorkshopActivityId == poll)));
    }

    [Fact]
    public async Task A_scale_answer_is_stored_once_and_shown_again_on_the_phone()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var poll = await s.AddActivityAsync("Peiling", "Hoe tevreden?", new() { ["Input.PollType"] = "Schaal" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", poll);
        var page = await phone.OpenAsync($"/w/{s.Code}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?>())).Status);
        await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?> { ["scale"] = "2" });
        await phone.SubmitAsync(page, "#poll", new Dictionary<string, string?> { ["scale"] = "4" });

        page = await phone.OpenAsync($"/w/{s.Code}");
        Assert.NotNull(page.Document.QuerySelector("#Scale-4[checked]"));
        var values = await app.WithDbAsync(async (db, _) => await db.WorkshopResponses.Where(r => r.WorkshopActivityId == poll).Select(r => r.Value).ToListAsync());
        Assert.Equal([4], values);
    }
}
