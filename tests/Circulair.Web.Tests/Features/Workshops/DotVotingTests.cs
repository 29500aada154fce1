using System.Net;
using Circulair.Organisations;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>Dot voting over HTTP: joining, budgets, changing a vote, closing, ranked results, and abuse.</summary>
public sealed class DotVotingTests(SharedApp app)
{
    private static readonly Dictionary<string, string?> ThreeItems = new()
    {
        ["Input.Dots"] = "5",
        ["Input.MaxPerItem"] = "3",
        ["Input.Items"] = "Herstelpunt in elke wijk\nCirculair aankopen\n<script>alert(1)</script> deelfietsen",
    };

    [Fact]
    public async Task Participants_vote_change_their_vote_and_the_results_rank_the_items()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var activityId = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", ThreeItems);
        var items = await WorkshopArrange.ItemIdsAsync(app, activityId);
        using var anna = await WorkshopArrange.JoinAsync(app, s.Code, "Anna");
        using var bert = await WorkshopArrange.JoinAsync(app, s.Code);
        Assert.Equal(HttpStatusCode.Redirect, (await s.ControlAsync("open", activityId)).Status);

        var annaPage = await anna.OpenAsync($"/w/{s.Code}");
        Assert.Equal("Wat eerst?", annaPage.Text("#activity-title"));
        Assert.Equal(HttpStatusCode.Redirect, (await anna.SubmitAsync(annaPage, "#vote", WorkshopArrange.Dots((items[0], 3), (items[1], 2)))).Status);
        var again = await anna.OpenAsync($"/w/{s.Code}");
        Assert.Contains("bewaard", again.Text(".cx-flash"), StringComparison.Ordinal);
        Assert.Equal("3", again.ValueOf($"dots-{items[0]}"));
        // Anna changes her mind; the new vote replaces the old one as a whole.
        await anna.SubmitAsync(again, "#vote", WorkshopArrange.Dots((items[0], 0), (items[1], 2), (items[2], 3)));
        var bertPage = await bert.OpenAsync($"/w/{s.Code}");
        await bert.SubmitAsync(bertPage, "#vote", WorkshopArrange.Dots((items[2], 1), (items[1], 3)));

        var control = await s.Client.OpenAsync(s.Url());
        var rows = control.Document.QuerySelectorAll($"#results-{activityId} table[data-results=dots] tbody tr").ToList();
        Assert.Equal([items[1], items[2], items[0]], rows.Select(r => int.Parse(r.GetAttribute("data-item")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["5", "4", "0"], rows.Select(r => r.QuerySelector("[data-dots]")!.TextContent));
        // Script typed as an item is text, never markup.
        Assert.Contains("<script>alert(1)</script> deelfietsen", control.Document.QuerySelector($"#results-{activityId} table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(control.Document.QuerySelector($"#results-{activityId} script"));
    }

    [Fact]
    public async Task Dots_over_the_budget_or_over_the_item_maximum_are_refused_with_a_message_and_the_choice_kept()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var activityId = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", ThreeItems);
        var items = await WorkshopArrange.ItemIdsAsync(app, activityId);
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", activityId);
        var page = await phone.OpenAsync($"/w/{s.Code}");

        var over = await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((items[0], 3), (items[1], 3)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.Status);
        Assert.StartsWith("Fout:", over.Title, StringComparison.Ordinal);
        Assert.Equal("Je verdeelde 6 stippen, maar je hebt er 5. Neem er enkele weg.", over.FieldError("Dots"));
        Assert.Equal("3", over.ValueOf($"dots-{items[1]}"));

        var forged = await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((items[0], 4)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.Status);
        Assert.Equal("Op één item mag je hoogstens 3 stippen zetten.", forged.FieldError("Dots"));
        Assert.Equal(0, await app.WithDbAsync(async (db, _) => await db.WorkshopResponses.CountAsync(r => r.WorkshopActivityId == activityId)));
    }

    [Fact]
    public async Task A_vote_after_the_activity_closed_gets_409_with_a_message_and_a_double_submission_counts_once()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var activityId = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", ThreeItems);
        var items = await WorkshopArrange.ItemIdsAsync(app, activityId);
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", activityId);
        var page = await phone.OpenAsync($"/w/{s.Code}");

        var first = await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((items[0], 2)));
        var second = await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((items[0], 2)));
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        Assert.Equal(2, await app.WithDbAsync(async (db, _) => await db.WorkshopResponses.Where(r => r.WorkshopActivityId == activityId).SumAsync(r => r.Value)));

        await s.ControlAsync("close", activityId);
        var late = await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((items[1], 1)));

        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("Deze activiteit is gesloten", late.MainText, StringComparison.Ordinal);
        var state = await app.WithDbAsync(async (db, _) => await db.WorkshopActivities.Where(a => a.Id == activityId).Select(a => a.State).SingleAsync());
        Assert.Equal(ActivityState.Gesloten, state);
    }

    [Fact]
    public async Task A_participant_of_one_workshop_cannot_read_or_write_another_and_an_unknown_code_is_404()
    {
        var a = await WorkshopArrange.NewAsync(app);
        var b = await WorkshopArrange.NewAsync(app);
        var bActivity = await b.AddActivityAsync("Stippenstemming", "Van B", ThreeItems);
        var bItems = await WorkshopArrange.ItemIdsAsync(app, bActivity);
        await b.ControlAsync("open", bActivity);
        using var phone = await WorkshopArrange.JoinAsync(app, a.Code);
        Assert.Equal("waiting", (await phone.OpenAsync($"/w/{a.Code}")).Document.QuerySelector("#participate-state")!.GetAttribute("data-state"));

        // Workshop B does not know this phone: it offers to join, shows nothing of B's activity, and refuses input.
        var other = await phone.OpenAsync($"/w/{b.Code}");
        Assert.NotNull(other.Document.QuerySelector("#join"));
        Assert.Null(other.Document.QuerySelector("#vote"));
        var forged = await phone.PostAsync($"/w/{b.Code}?handler=answer", [new("__RequestVerificationToken", other.AntiforgeryToken), new("activityId", bActivity.ToString(System.Globalization.CultureInfo.InvariantCulture)), new($"dots[{bItems[0]}]", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, forged.Status);
        Assert.Equal(0, await app.WithDbAsync(async (db, _) => await db.WorkshopResponses.CountAsync(r => r.WorkshopActivityId == bActivity)));
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("/w/AAAAAA")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"/w/{b.Code}/events")).Status);
    }

    [Fact]
    public async Task A_facilitator_of_another_organisation_gets_404_and_an_ended_workshop_says_so()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var (_, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var other = await app.LoggedInClientAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(s.Url())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(s.Url("/projector"))).Status);
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);

        await s.EndAsync();
        var ended = await phone.GetAsync($"/w/{s.Code}");

        Assert.Equal(HttpStatusCode.Gone, ended.Status);
        Assert.Equal("ended", ended.Document.QuerySelector("#participate-state")!.GetAttribute("data-state"));
    }
}
