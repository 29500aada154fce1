using System.Net;
using Circulair.Progress;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Trajectory;

public sealed class SessionPagesTests(SharedApp app)
{
    private static Dictionary<string, string?> FullForm() => new()
    {
        ["Input.Kind"] = "Stakeholders",
        ["Input.Phase"] = "Fase2",
        ["Input.Title"] = "Doelen scherpstellen",
        ["Input.Date"] = "2026-04-14",
        ["Input.Place"] = "Raadzaal",
        ["Input.Purpose"] = "SMART-doelen per domein",
        ["Input.Participants"] = "Kernteam en twaalf partners",
        ["Input.Minutes"] = "Eerste alinea.\nTweede alinea.",
        ["Input.Decisions"] = "Drie doelen weerhouden.",
    };

    [Fact]
    public async Task Editing_a_session_stores_every_field_and_shows_it_with_its_history()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[2];
        var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        Assert.Equal("date", form.Document.GetElementById("Input_Date")!.GetAttribute("type"));

        var done = await s.Client.SubmitAsync(form, FullForm());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(s.Url($"/{id}/sessions/{sessionId}"), done.Location);
        var page = await s.Client.OpenAsync(done.Location!);
        Assert.Equal("Doelen scherpstellen", page.Text("h1"));
        Assert.Contains("14/04/2026", page.Text(".cx-session"), StringComparison.Ordinal);
        Assert.Contains("Raadzaal", page.Text(".cx-session"), StringComparison.Ordinal);
        Assert.Contains("Fase 2", page.Text(".cx-session"), StringComparison.Ordinal);
        Assert.Equal("Eerste alinea.\nTweede alinea.", page.Text("#session-Minutes-text"));
        Assert.Equal("Drie doelen weerhouden.", page.Text("#session-Decisions-text"));
        Assert.Equal("Kernteam en twaalf partners", page.Text("#session-Participants-text"));
        var stored = await app.WithDbAsync(async (db, _) => await db.TrajectorySessions.SingleAsync(x => x.Id == sessionId));
        Assert.Equal((SessionKind.Stakeholders, Phase.Fase2, new DateOnly(2026, 4, 14)), (stored.Kind, stored.Phase, stored.Date!.Value));
        Assert.Equal("SMART-doelen per domein", stored.Purpose);
        var historyFields = page.Document.QuerySelectorAll(".cx-history tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Verslag", historyFields);
        Assert.Contains("Plaats", historyFields);
    }

    [Fact]
    public async Task Adding_a_session_puts_it_at_the_end_of_the_plan()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/new"));

        var done = await s.Client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Kind"] = "Andere", ["Input.Phase"] = "Pilot", ["Input.Title"] = "Pilootoverleg" });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));
        var last = plan.Document.QuerySelectorAll("table.cx-sessions tbody tr").Last();
        Assert.Equal("6", last.QuerySelector("td")!.TextContent.Trim());
        Assert.StartsWith("Pilootoverleg", last.QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Pilootoverleg", plan.Text(".cx-spine > li[data-phase=Pilot]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_and_down_buttons_reorder_the_sessions_and_the_ends_have_no_button_that_cannot_work()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var before = await s.SessionIdsAsync(id);
        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));
        Assert.Null(plan.Document.QuerySelector($"#session-{before[0]} button[value=up]"));
        Assert.Null(plan.Document.QuerySelector($"#session-{before[4]} button[value=down]"));

        var moved = await s.Client.SubmitAsync(plan, $"#session-{before[2]} form", new Dictionary<string, string?>(), $"button[value=up]");

        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(s.Url($"/{id}#session-{before[2]}"), moved.Location);
        Assert.Equal([before[0], before[2], before[1], before[3], before[4]], await s.SessionIdsAsync(id));

        plan = await s.Client.OpenAsync(s.Url($"/{id}"));
        await s.Client.SubmitAsync(plan, $"#session-{before[0]} form", new Dictionary<string, string?>(), "button[value=down]");
        Assert.Equal([before[2], before[0], before[1], before[3], before[4]], await s.SessionIdsAsync(id));
    }

    [Fact]
    public async Task Moving_a_session_says_which_session_moved_and_where_it_now_stands()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var before = await s.SessionIdsAsync(id);
        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));

        var moved = await s.Client.SubmitAsync(plan, $"#session-{before[2]} form", new Dictionary<string, string?>(), "button[value=up]");
        var after = await s.Client.OpenAsync(moved.Location!.Split('#')[0]);

        // Named as the plan now shows it (a default name counts sessions of its kind in their new order).
        var name = after.Text($"#session-{before[2]} th a");
        Assert.Equal($"{name} staat nu op plaats 2 in de planning.", after.Text(".cx-flash"));
    }

    [Fact]
    public async Task A_session_dated_after_the_planned_end_is_marked_in_the_plan()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync(end: "2026-08-03");
        var sessions = await s.SessionIdsAsync(id);
        var edit = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessions[4]}/edit"));
        var form = FullForm();
        form["Input.Date"] = "2026-09-15";
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.SubmitAsync(edit, form)).Status);
        edit = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessions[3]}/edit"));
        form["Input.Date"] = "2026-08-03";
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.SubmitAsync(edit, form)).Status);

        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));

        Assert.Equal("na de geplande einddatum", plan.Text($"#session-{sessions[4]} [data-after-end]"));
        Assert.Null(plan.Document.QuerySelector($"#session-{sessions[3]} [data-after-end]"));
    }

[Fact]
    public async Task The_drag_enhancement_places_a_session_at_a_position_and_a_forged_move_past_the_end_is_refused()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var before = await s.SessionIdsAsync(id);
        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));
        Assert.Equal("session-order", plan.Document.QuerySelector("table.cx-sessions tbody")!.GetAttribute("data-module"));

        var placed = await s.Client.PostAsync(s.Url($"/{id}/sessions/{before[4]}/move"), [new("position", "1"), new("__RequestVerificationToken", plan.AntiforgeryToken)]);
        var refused = await s.Client.PostAsync(s.Url($"/{id}/sessions/{before[4]}/move"), [new("direction", "up"), new("__RequestVerificationToken", plan.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.Redirect, placed.Status);
        Assert.Equal([before[4], before[0], before[1], before[2], before[3]], await s.SessionIdsAsync(id));
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("al eerst of laatst", refused.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_drag_module_and_sortablejs_are_served_from_our_own_origin()
    {
        using var s = await TrajectoryScenario.StartAsync(app);

        var module = await s.Client.GetAsync("/js/modules/session-order.js");
        var library = await s.Client.GetAsync("/lib/sortablejs/Sortable.min.js");

        Assert.Equal(HttpStatusCode.OK, module.Status);
        Assert.Contains("/lib/sortablejs/Sortable.min.js", System.Text.Encoding.UTF8.GetString(module.Bytes), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, library.Status);
        Assert.Contains("Sortable", System.Text.Encoding.UTF8.GetString(library.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_session_asks_for_confirmation_and_closes_the_gap()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var before = await s.SessionIdsAsync(id);

        var confirm = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{before[1]}/delete"));
        Assert.Contains("Stakeholdersessie 1", confirm.Text(".cx-warning"), StringComparison.Ordinal);
        var done = await s.Client.SubmitAsync(confirm, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal([before[0], before[2], before[3], before[4]], await s.SessionIdsAsync(id));
        var positions = await app.WithDbAsync(async (db, _) => await db.TrajectorySessions.Where(x => x.TrajectoryId == id).OrderBy(x => x.Position).Select(x => x.Position).ToListAsync());
        Assert.Equal([1, 2, 3, 4], positions);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(s.Url($"/{id}/sessions/{before[1]}"))).Status);
    }

    [Fact]
    public async Task A_reader_reads_the_minutes_but_gets_no_edit_or_move_controls()
    {
        var (organisation, _) = await app.NewOrganisationWithMemberAsync();
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(organisation, reader, Circulair.Organisations.OrganisationRole.Lezer);
        var (id, sessionId) = await app.WithDbAsync(async (db, _) =>
        {
            var t = new StrategyTrajectory(organisation.Id, "Leesbaar", null, null, null, null);
            t.AddDefaultSessions();
            t.OrderedSessions()[0].Describe(SessionKind.Kernteam, Phase.Fase1, null, null, null, null, null, "Het verslag.", null);
            db.Trajectories.Add(t);
            await db.SaveChangesAsync();
            return (t.Id, t.OrderedSessions()[0].Id);
        });
        using var client = await app.LoggedInClientAsync(reader);

        var plan = await client.OpenAsync(organisation.Url($"/trajectories/{id}"));
        var session = await client.OpenAsync(organisation.Url($"/trajectories/{id}/sessions/{sessionId}"));

        Assert.Empty(plan.Document.QuerySelectorAll("main form"));
        Assert.Null(plan.Document.QuerySelector("table.cx-sessions tbody")!.GetAttribute("data-module"));
        Assert.Equal("Het verslag.", session.Text("#session-Minutes-text"));
        Assert.Empty(session.Document.QuerySelectorAll("main .cx-actions a"));
    }
}
