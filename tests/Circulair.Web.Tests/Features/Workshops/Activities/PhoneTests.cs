using System.Net;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>What every phone shares: waiting without JavaScript, the dots-left counter, one answer handler for every kind.</summary>
public sealed class PhoneTests(SharedApp app)
{
    [Fact]
    public async Task A_waiting_phone_looks_again_by_itself_without_JavaScript_but_not_while_an_activity_is_open()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var vote = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", new() { ["Input.Items"] = "A\nB" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);

        var waiting = await phone.OpenAsync($"/w/{s.Code}");
        await s.ControlAsync("open", vote);
        var open = await phone.OpenAsync($"/w/{s.Code}");

        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"20\"></noscript>", waiting.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", open.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_phone_counts_the_dots_left_after_a_vote()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var vote = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", new() { ["Input.Items"] = "A\nB\nC", ["Input.Dots"] = "5", ["Input.MaxPerItem"] = "3" });
        var items = await WorkshopArrange.ItemIdsAsync(app, vote);
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", vote);
        var page = await phone.OpenAsync($"/w/{s.Code}");
        Assert.Equal("Nog 5 stippen te geven.", page.Text("#dots-left"));

        var saved = await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((items[0], 3), (items[1], 1)));
        page = await phone.OpenAsync(saved.Location!);

        Assert.Equal("Nog 1 stip te geven.", page.Text("#dots-left"));
        Assert.Equal("3", page.Document.QuerySelector($"#dots-{items[0]} option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Input_sent_for_another_kind_than_the_open_activity_is_refused_as_closed()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var poll = await s.AddActivityAsync("Peiling", "Hoe tevreden?", new() { ["Input.PollType"] = "Schaal" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", poll);
        var page = await phone.OpenAsync($"/w/{s.Code}");

        var other = await phone.PostAsync($"/w/{s.Code}?handler=answer", [new("activityId", (poll + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("scale", "3"), new("__RequestVerificationToken", page.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.Conflict, other.Status);
    }
}
