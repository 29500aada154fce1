using System.Net;
using Circulair.Strategy;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Workshops.Activities;

/// <summary>The world café through the phones' forms: hosts claim tables once, guests move every round, notes reach the backlog.</summary>
public sealed class WorldCafeTests(SharedApp app)
{
    private static readonly Dictionary<string, string?> TwoTables = new() { ["Input.Items"] = "Herstel | An\nDelen | Bram" };

    private static async Task<string> TableOnPhoneAsync(AppClient phone, string code) =>
        (await phone.OpenAsync($"/w/{code}")).Document.QuerySelector("#my-table")!.GetAttribute("data-table")!;

    [Fact]
    public async Task With_two_tables_and_three_phones_the_guest_moves_every_round_while_the_hosts_stay()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var cafe = await s.AddActivityAsync("WorldCafe", "Tafelgesprekken", TwoTables);
        var tables = (await WorkshopArrange.ItemIdsAsync(app, cafe)).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        using var an = await WorkshopArrange.JoinAsync(app, s.Code, "An");
        using var bram = await WorkshopArrange.JoinAsync(app, s.Code, "Bram");
        using var guest = await WorkshopArrange.JoinAsync(app, s.Code, "Carla");
        await s.ControlAsync("open", cafe);
        await an.SubmitAsync(await an.OpenAsync($"/w/{s.Code}"), "#host", new Dictionary<string, string?> { ["tableId"] = tables[0] });
        await bram.SubmitAsync(await bram.OpenAsync($"/w/{s.Code}"), "#host", new Dictionary<string, string?> { ["tableId"] = tables[1] });

        var seen = new List<string> { await TableOnPhoneAsync(guest, s.Code) };
        for (var round = 2; round <= 3; round++)
        {
            await s.ControlAsync("nextround", cafe);
            seen.Add(await TableOnPhoneAsync(guest, s.Code));
            Assert.Equal(tables[0], await TableOnPhoneAsync(an, s.Code));
            Assert.Equal(tables[1], await TableOnPhoneAsync(bram, s.Code));
        }

        Assert.Equal([tables[0], tables[1], tables[0]], seen);
    }

    [Fact]
    public async Task A_second_phone_claiming_a_table_that_has_a_host_gets_409_and_the_first_host_stays()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var cafe = await s.AddActivityAsync("WorldCafe", "Tafelgesprekken", TwoTables);
        var first = (await WorkshopArrange.ItemIdsAsync(app, cafe))[0];
        using var an = await WorkshopArrange.JoinAsync(app, s.Code, "An");
        using var bram = await WorkshopArrange.JoinAsync(app, s.Code, "Bram");
        await s.ControlAsync("open", cafe);
        var anPage = await an.OpenAsync($"/w/{s.Code}");
        var bramPage = await bram.OpenAsync($"/w/{s.Code}");

        var claimed = await an.SubmitAsync(anPage, "#host", new Dictionary<string, string?>());
        var late = await bram.SubmitAsync(bramPage, "#host", new Dictionary<string, string?>());
        var again = await an.SubmitAsync(anPage, "#host", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, claimed.Status);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("Deze tafel heeft al een gastheer.", late.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("Je bent al gastheer van een tafel.", again.MainText, StringComparison.Ordinal);
        var hosts = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == cafe && i.HostParticipantId != null).Select(i => i.Id).ToListAsync());
        Assert.Equal([first], hosts);
    }

    [Fact]
    public async Task A_guest_cannot_write_notes_and_an_empty_note_is_refused()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var cafe = await s.AddActivityAsync("WorldCafe", "Tafelgesprekken", TwoTables);
        using var host = await WorkshopArrange.JoinAsync(app, s.Code, "An");
        using var guest = await WorkshopArrange.JoinAsync(app, s.Code, "Bram");
        await s.ControlAsync("open", cafe);
        await host.SubmitAsync(await host.OpenAsync($"/w/{s.Code}"), "#host", new Dictionary<string, string?>());
        var page = await host.OpenAsync($"/w/{s.Code}");

        var empty = await host.SubmitAsync(page, "#note", new Dictionary<string, string?> { ["note"] = "  " });
        var forged = await guest.PostAsync($"/w/{s.Code}?handler=answer", [new("activityId", cafe.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("step", "note"), new("note", "Ik ben geen gastheer"),
            new("__RequestVerificationToken", (await guest.OpenAsync($"/w/{s.Code}")).AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal("Schrijf een notitie.", empty.FieldError("Note"));
        Assert.Equal(HttpStatusCode.Conflict, forged.Status);
        Assert.Equal(0, await app.WithDbAsync(async (db, _) => await db.WorkshopIdeas.CountAsync(i => i.WorkshopActivityId == cafe)));
    }

    [Fact]
    public async Task Table_notes_reach_the_ideas_backlog_as_world_cafe_ideas_when_the_cafe_closes()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var cafe = await s.AddActivityAsync("WorldCafe", "Tafelgesprekken", TwoTables);
        using var host = await WorkshopArrange.JoinAsync(app, s.Code, "An");
        await s.ControlAsync("open", cafe);
        await host.SubmitAsync(await host.OpenAsync($"/w/{s.Code}"), "#host", new Dictionary<string, string?>());
        await host.SubmitAsync(await host.OpenAsync($"/w/{s.Code}"), "#note", new Dictionary<string, string?> { ["note"] = "Onderdelenbank in de bib" });

        await s.ControlAsync("close", cafe);

        var idea = Assert.Single(await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == s.TrajectoryId).ToListAsync()));
        Assert.Equal(("Onderdelenbank in de bib", IdeaTechnique.WorldCafe, "An"), (idea.Title, idea.Technique, idea.ContributedBy));
        var fed = await app.WithDbAsync(async (db, _) => await db.WorkshopActivities.Where(a => a.Id == cafe).Select(a => a.FeedOutcome).SingleAsync());
        Assert.Equal(FeedOutcome.Delivered, fed);
    }
}
