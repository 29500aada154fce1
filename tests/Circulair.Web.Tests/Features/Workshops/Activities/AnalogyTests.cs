using System.Net;
using Circulair.Strategy;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>
/// <i>Analogiedenken</i> in a live workshop (issue 18 item 2): the facilitator picks library cases, the projector
/// shows them one per round, phones send ideas for the case shown, and the backlog takes them with the case's key.
/// </summary>
public sealed class AnalogyTests(SharedApp app)
{
    [Fact]
    public async Task Phones_send_ideas_for_the_case_on_the_projector_and_the_backlog_keeps_the_case_as_their_source()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var refused = await w.Client.SubmitAsync(await w.Client.OpenAsync(w.Url("/activities/new")), "#add-activity",
            new Dictionary<string, string?> { ["Input.Kind"] = "Analogiedenken", ["Input.Title"] = "Leren van anderen" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Kies minstens één praktijkvoorbeeld voor analogiedenken.", refused.ErrorSummary);
        Assert.Equal("Leren van anderen", refused.ValueOf("Input_Title"));

        var activity = await w.AddActivityAsync("Analogiedenken", "Leren van anderen", new()
        {
            ["Input.CaseKeys[0]"] = "deelfabriek-kortrijk", ["Input.CaseKeys[1]"] = "materialenbank-leuven", ["Input.IdeasPerRound"] = "2",
        });
        using var anna = await WorkshopArrange.JoinAsync(app, w.Code, "Anna");
        await w.ControlAsync("open", activity);

        var screen = await w.Client.OpenAsync(w.Url("/projector?handler=live"));
        Assert.Equal("deelfabriek-kortrijk", screen.Document.QuerySelector("#projected-case")!.GetAttribute("data-case"));
        var phone = await anna.OpenAsync($"/w/{w.Code}");
        Assert.Equal("deelfabriek-kortrijk", phone.Document.QuerySelector("#analogy-case")!.GetAttribute("data-case"));
        var empty = await anna.SubmitAsync(phone, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        await anna.SubmitAsync(phone, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Een uitleenpunt in de bibliotheek" });
        Assert.Contains("1", (await w.Client.OpenAsync(w.Url("/projector?handler=live"))).Text("#case-idea-count"), StringComparison.Ordinal);

        var before = await anna.OpenAsync($"/w/{w.Code}");
        await w.ControlAsync("nextround", activity);
        // A form shown for the first case and sent after the room moved on is refused, not filed under the second case.
        var stale = await anna.SubmitAsync(before, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Te laat voor dit voorbeeld" });
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        phone = await anna.OpenAsync($"/w/{w.Code}");
        Assert.Equal("materialenbank-leuven", phone.Document.QuerySelector("#analogy-case")!.GetAttribute("data-case"));
        await anna.SubmitAsync(phone, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Bouwmaterialen van de gemeente hergebruiken" });
        await w.ControlAsync("close", activity);

        var ideas = await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == w.TrajectoryId).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(
            [("Een uitleenpunt in de bibliotheek", "deelfabriek-kortrijk", 1), ("Bouwmaterialen van de gemeente hergebruiken", "materialenbank-leuven", 1)],
            ideas.Select(i => (i.Title, i.SourceCaseKey!, i.SourceCaseCopy!.Value)));
        Assert.All(ideas, i => Assert.Equal(IdeaTechnique.Analogiedenken, i.Technique));
        Assert.DoesNotContain(ideas, i => i.Title.StartsWith("Te laat", StringComparison.Ordinal));
        var backlog = await w.Client.OpenAsync(w.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas"));
        Assert.NotNull(backlog.Document.QuerySelector("[data-source-case='materialenbank-leuven'] a[href='/library/cases/materialenbank-leuven']"));
    }
}
