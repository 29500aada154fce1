using System.Net;
using Circulair.Web.Features.Workshops.Activities;
using Circulair.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>
/// Decision 0195: a kind's own control-room controls live in its folder (<c>_Controls</c>), not in the shared control
/// room, so a new kind with a control of its own touches no shared page. The controls still work from there.
/// </summary>
public sealed class ControlRoomTests(SharedApp app)
{
    private static string Features()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Circulair.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "src", "Circulair.Web", "Features", "Workshops");
    }

    [Fact]
    public void Kind_specific_controls_are_in_the_kinds_folders_and_the_shared_control_room_names_no_kind()
    {
        using var scope = app.Services.CreateScope();
        var kinds = scope.ServiceProvider.GetServices<IActivityKind>().ToList();
        var folder = Path.Combine(Features(), "Activities");

        foreach (var kind in kinds)
        {
            Assert.Equal(kind.HasControls, File.Exists(Path.Combine(folder, kind.Folder, "_Controls.cshtml")));
        }
        Assert.Contains(kinds, k => k.HasControls);
        var detail = File.ReadAllText(Path.Combine(Features(), "Detail.cshtml"));
        Assert.DoesNotContain("handler=startvoting", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=summary", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("ActivityKind.WorldCafe", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_control_room_shows_each_kinds_own_controls_only_for_that_kind()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var questions = await w.AddActivityAsync("HoeKunnenWe", "Uitdagingen", new() { ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "3" });
        var cafe = await w.AddActivityAsync("WorldCafe", "Café", new() { ["Input.Items"] = "Tafel 1\nTafel 2" });
        var poll = await w.AddActivityAsync("Peiling", "Peiling", new() { ["Input.PollType"] = "EenKeuze", ["Input.Items"] = "Ja\nNee" });
        await w.ControlAsync("open", questions);

        var room = await w.Client.OpenAsync(w.Url());

        Assert.Equal(HttpStatusCode.OK, room.Status);
        Assert.NotNull(room.Document.QuerySelector($"#activity-{questions} #start-voting-{questions} button[data-action=start-voting]"));
        Assert.Null(room.Document.QuerySelector($"#activity-{cafe} textarea"));

        await w.ControlAsync("close", questions);
        await w.ControlAsync("open", cafe);
        room = await w.Client.OpenAsync(w.Url());

        Assert.Null(room.Document.QuerySelector($"#activity-{questions} [data-action=start-voting]"));
        Assert.NotNull(room.Document.QuerySelector($"#activity-{cafe} textarea#summary-{cafe}"));
        Assert.Null(room.Document.QuerySelector($"#activity-{poll} [data-action=start-voting]"));
        Assert.Null(room.Document.QuerySelector($"#activity-{poll} textarea"));

        var saved = await w.Client.SubmitAsync(room, $"#activity-{cafe} form[action$='handler=summary']", new Dictionary<string, string?> { ["summary"] = "Tafel 1 wil een herstelpunt" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var summary = await app.WithDbAsync((db, _) => Task.FromResult(db.WorkshopActivities.Where(a => a.Id == cafe).Select(a => a.Summary).Single()));
        Assert.Equal("Tafel 1 wil een herstelpunt", summary);
    }
}
