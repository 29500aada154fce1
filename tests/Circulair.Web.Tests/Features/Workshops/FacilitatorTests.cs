using System.Net;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>What a facilitator expects besides running activities: editing a planned one, duplicating a workshop, ending only after a confirmation.</summary>
public sealed class FacilitatorTests(SharedApp app)
{
    [Fact]
    public async Task A_planned_activity_can_be_edited_until_it_has_run()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var vote = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", new() { ["Input.Items"] = "A\nB" });
        var control = await s.Client.OpenAsync(s.Url());
        var form = await s.Client.OpenAsync(control.Document.QuerySelector($"#activity-{vote} a[data-action=edit]")!.GetAttribute("href")!);
        Assert.Equal("A\nB", form.ValueOf("Input_Items"));

        var refused = await s.Client.SubmitAsync(form, "#edit-activity", new Dictionary<string, string?> { ["Input.Dots"] = "2", ["Input.MaxPerItem"] = "3" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var saved = await s.Client.SubmitAsync(form, "#edit-activity", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Wat pakken we eerst aan?", ["Input.Dots"] = "4", ["Input.MaxPerItem"] = "2", ["Input.Items"] = "Herstelpunt\nDeelfietsen\nCompost",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var activity = await app.WithDbAsync(async (db, _) => await db.WorkshopActivities.Include(a => a.Items).AsNoTracking().SingleAsync(a => a.Id == vote));
        Assert.Equal(("Wat pakken we eerst aan?", 4, 2), (activity.Title, activity.DotsPerParticipant, activity.MaxDotsPerItem));
        Assert.Equal(["Herstelpunt", "Deelfietsen", "Compost"], activity.OrderedItems().Select(i => i.Text));

        await s.ControlAsync("open", vote);
        Assert.Equal(HttpStatusCode.Conflict, (await s.Client.GetAsync(s.Url($"/activities/{vote}/edit"))).Status);
    }

    [Fact]
    public async Task Duplicating_a_workshop_copies_its_activities_and_prepared_items_without_participants_or_results()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var vote = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", new() { ["Input.Items"] = "A\nB", ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "1" });
        await s.AddActivityAsync("WorldCafe", "Tafels", new() { ["Input.Items"] = "Herstel | An" });
        using var phone = await WorkshopArrange.JoinAsync(app, s.Code);
        await s.ControlAsync("open", vote);

        var control = await s.Client.OpenAsync(s.Url());
        var copied = await s.Client.SubmitAsync(control, "#duplicate-workshop", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, copied.Status);
        var copyId = int.Parse(copied.Location!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var copy = await app.WithDbAsync(async (db, _) => await db.Workshops.Include(w => w.Activities).ThenInclude(a => a.Items).AsNoTracking().SingleAsync(w => w.Id == copyId));
        Assert.Equal("Kopie van Stakeholderworkshop", copy.Title);
        Assert.NotEqual(s.Code, copy.Code);
        Assert.Equal(WorkshopStatus.Voorbereiding, copy.Status);
        Assert.Equal(["Wat eerst?", "Tafels"], copy.OrderedActivities().Select(a => a.Title));
        Assert.All(copy.Activities, a => Assert.Equal(ActivityState.Gepland, a.State));
        Assert.Equal((3, 1), (copy.OrderedActivities()[0].DotsPerParticipant, copy.OrderedActivities()[0].MaxDotsPerItem));
        Assert.Equal("An", copy.OrderedActivities()[1].Items.Single().HostName);
        Assert.Equal(0, await app.WithDbAsync(async (db, _) => await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == copyId)));
    }

    [Fact]
    public async Task Ending_asks_first_and_names_the_open_activity()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var vote = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", new() { ["Input.Items"] = "A\nB" });
        await s.ControlAsync("open", vote);

        var confirm = await s.Client.OpenAsync(s.Url("/end"));
        Assert.Contains("Wat eerst?", confirm.Text("#end-open-activity"), StringComparison.Ordinal);
        Assert.Equal(WorkshopStatus.Actief, await app.WithDbAsync(async (db, _) => await db.Workshops.Where(w => w.Id == s.WorkshopId).Select(w => w.Status).SingleAsync()));

        var ended = await s.Client.SubmitAsync(confirm, "#confirm-end", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Equal(WorkshopStatus.Beeindigd, await app.WithDbAsync(async (db, _) => await db.Workshops.Where(w => w.Id == s.WorkshopId).Select(w => w.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.GetAsync(s.Url("/end"))).Status);
    }
}
