using Circulair.Web.Tests.Features.Vision;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>
/// Every kind has a projector view: the options while results are hidden, impact/effort as Tool 6's scatter and AMORE as
/// bars with mean and spread, each beside a table with the same numbers.
/// </summary>
public sealed class ProjectorViewTests(SharedApp app)
{
    [Fact]
    public async Task While_results_are_hidden_the_projector_lists_what_the_room_chooses_from_but_no_numbers()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var vote = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", new() { ["Input.Items"] = "Herstelpunt\nDeelfietsen\nCompost" });
        await s.ControlAsync("open", vote);

        var screen = await s.Client.OpenAsync(s.Url("/projector?handler=live"));

        Assert.Equal(["Herstelpunt", "Deelfietsen", "Compost"], screen.Document.QuerySelectorAll("#projector-options li").Select(li => li.TextContent.Trim()));
        Assert.Equal("0 deelnemers gaven al antwoord", screen.Text("#results-hidden"));
        Assert.Null(screen.Document.QuerySelector("[data-results]"));
    }

    [Fact]
    public async Task Impact_effort_results_are_a_scatter_with_a_point_per_rated_action_beside_the_table()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var rating = await s.AddActivityAsync("ImpactEffort", "Acties scoren", new() { ["Input.Items"] = "Herstelpunt\nDeelfietsen\nNiet gescoord" });
        var actions = await WorkshopArrange.ItemIdsAsync(app, rating);
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", rating);
        var page = await phone.OpenAsync($"/w/{s.Code}");
        // Compact blocks: five choices per score, no drop-downs.
        Assert.Empty(page.Document.QuerySelectorAll("#score select"));
        Assert.Equal(5, page.Document.QuerySelectorAll($"#Score_{actions[0]} input[name='impact[{actions[0]}]']").Length);
        // Partly scored: refused, the scores given are kept and the count says what is missing.
        var partial = await phone.SubmitAsync(page, "#score", new Dictionary<string, string?> { [$"impact[{actions[0]}]"] = "5", [$"effort[{actions[0]}]"] = "1" });
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, partial.Status);
        Assert.NotNull(partial.Document.QuerySelector($"#impact-{actions[0]}-5[checked]"));
        Assert.Equal("1 van 3 acties gescoord.", partial.Text("#scored"));
        await phone.SubmitAsync(page, "#score", new Dictionary<string, string?>
        {
            [$"impact[{actions[0]}]"] = "5", [$"effort[{actions[0]}]"] = "1",
            [$"impact[{actions[1]}]"] = "2", [$"effort[{actions[1]}]"] = "4",
            [$"impact[{actions[2]}]"] = "3", [$"effort[{actions[2]}]"] = "3",
        });
        await s.ControlAsync("show", rating);

        var screen = await s.Client.OpenAsync(s.Url("/projector?handler=live"));

        var points = screen.Document.QuerySelectorAll("[data-chart=impact-effort] svg g.cx-scatter__point").Select(g => g.GetAttribute("data-key")).ToList();
        Assert.Equal(actions.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)), points);
        Assert.Equal("Quick win", screen.Text($"tr[data-item='{actions[0]}'] [data-quadrant]"));
        Assert.Equal("1", screen.Text($"tr[data-item='{actions[0]}'] td"));
        Assert.Equal("img", screen.Document.QuerySelector("[data-chart=impact-effort] svg")!.GetAttribute("role"));
    }

    [Fact]
    public async Task AMORE_results_are_bars_with_mean_and_spread_beside_a_table_of_the_same_numbers()
    {
        var s = await WorkshopArrange.NewAsync(app);
        await app.TwoVersionsAsync(new VisionArrange.Setup(s.Organisation, s.Facilitator, s.TrajectoryId));
        var amore = await s.AddActivityAsync("Amore", "Toets de visie");
        using var one = await WorkshopArrange.JoinAsync(app, s.Code, "Lies");
        using var two = await WorkshopArrange.JoinAsync(app, s.Code, "Omar");
        await s.ControlAsync("open", amore);
        await one.SubmitAsync(await one.OpenAsync($"/w/{s.Code}"), "#rate", VisionArrange.Scores("Rating", 4, 3, 2, 5, 4));
        await two.SubmitAsync(await two.OpenAsync($"/w/{s.Code}"), "#rate", VisionArrange.Scores("Rating", 2, 3, 4, 5, 4));
        await s.ControlAsync("show", amore);

        var screen = await s.Client.OpenAsync(s.Url("/projector?handler=live"));

        Assert.Equal(5, screen.Document.QuerySelectorAll("[data-chart=amore] svg .cx-amore-bars__mean").Length);
        Assert.NotEmpty(screen.Document.QuerySelectorAll("[data-chart=amore] svg .cx-amore-bars__range"));
        Assert.Equal("3,0", screen.Text("tr[data-criterion=Ambitieus] [data-mean]"));
        Assert.Equal("2–4", screen.Text("tr[data-criterion=Ambitieus] [data-range]"));
        Assert.Equal("5–5", screen.Text("tr[data-criterion=Relevant] [data-range]"));
    }
}
