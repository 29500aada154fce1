using System.Net;
using Circulair.Organisations;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Trajectory;

public sealed class TrajectoryPagesTests(SharedApp app)
{
    [Fact]
    public async Task An_empty_list_invites_to_plan_the_first_trajectory()
    {
        using var s = await TrajectoryScenario.StartAsync(app);

        var list = await s.Client.OpenAsync(s.Url());

        Assert.Empty(list.Document.QuerySelectorAll("main table"));
        var invite = list.Document.QuerySelector("main .cx-empty-state a.cx-button");
        Assert.NotNull(invite);
        Assert.Equal(s.Url("/new"), invite.GetAttribute("href"));
    }

    [Fact]
    public async Task A_reader_sees_no_invitation_to_create()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Lezer);

        var list = await s.Client.OpenAsync(s.Url());
        var form = await s.Client.GetAsync(s.Url("/new"));
        var post = await s.Client.PostAsync(s.Url("/new"), [new("__RequestVerificationToken", list.Document.QuerySelector("form input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "")]);

        Assert.Null(list.Document.QuerySelector("main a.cx-button"));
        Assert.Equal(HttpStatusCode.Forbidden, form.Status);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
    }

    [Fact]
    public async Task Creating_a_trajectory_adds_the_five_default_sessions_and_shows_the_plan()
    {
        using var s = await TrajectoryScenario.StartAsync(app);

        var id = await s.NewTrajectoryAsync("Circulair 2030", "2026-03-02", "2026-08-03");
        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));

        Assert.Equal("Circulair 2030", plan.Document.QuerySelector("h1")!.ChildNodes[0].TextContent.Trim());
        Assert.Contains("In voorbereiding", plan.Text("h1 .cx-tag"), StringComparison.Ordinal);
        var facts = plan.Text(".cx-plan .cx-facts");
        Assert.Contains("2025–2030", facts, StringComparison.Ordinal);
        Assert.Contains("2/03/2026", facts, StringComparison.Ordinal);
        Assert.Contains("3/08/2026", facts, StringComparison.Ordinal);
        var rows = plan.Document.QuerySelectorAll("table.cx-sessions tbody tr").Select(tr => tr.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(5, rows.Count);
        Assert.StartsWith("Kernteamsessie 1", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("Stakeholdersessie 1", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("Stakeholdersessie 3", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("Nazorgsessie 1", rows[4], StringComparison.Ordinal);
        var stored = await app.WithDbAsync(async (db, _) => await db.Trajectories.Include(t => t.Sessions).SingleAsync(t => t.Id == id));
        Assert.Equal(s.Organisation.Id, stored.OrganisationId);
        Assert.All(stored.Sessions, x => Assert.Equal(s.Organisation.Id, x.OrganisationId));
    }

    [Fact]
    public async Task The_spine_shows_three_phases_and_the_pilot_track_with_the_sessions_per_phase()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();

        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));

        var phases = plan.Document.QuerySelectorAll(".cx-spine > li").ToList();
        Assert.Equal(["Fase1", "Fase2", "Fase3", "Pilot"], phases.Select(p => p.GetAttribute("data-phase")));
        Assert.Equal([2, 2, 1, 0], phases.Select(p => p.QuerySelectorAll(".cx-spine__sessions li").Length));
        Assert.Contains("Nog geen sessies", phases[3].TextContent, StringComparison.Ordinal);
        Assert.Contains("Nazorgsessie 1", phases[2].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-04-16", "1,5 maanden", true)]
    [InlineData("2026-03-02", "2026-11-02", "8 maanden", true)]
    [InlineData("2026-03-02", "2026-08-02", "5 maanden", false)]
    public async Task The_lead_time_advice_warns_outside_four_to_six_months_without_blocking(string start, string end, string months, bool warns)
    {
        using var s = await TrajectoryScenario.StartAsync(app);

        var id = await s.NewTrajectoryAsync("Korte of lange planning", start, end);
        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));

        var advice = plan.Document.GetElementById("lead-time-advice")!;
        Assert.Contains(months, advice.TextContent, StringComparison.Ordinal);
        Assert.Equal(warns, advice.ClassList.Contains("cx-warning"));
        Assert.Equal(warns, advice.TextContent.Contains("Let op:", StringComparison.Ordinal));
        Assert.Contains("4 tot 6 maanden", advice.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_dates_the_plan_asks_for_them_instead_of_warning()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync("Zonder data", "", "");

        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));

        Assert.Null(plan.Document.QuerySelector(".cx-warning"));
        Assert.Contains("Vul de start en het geplande einde in", plan.Text("#lead-time-advice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_each_trajectory_with_its_period_status_and_dates()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync("Circulair 2030", "2026-03-02", "2026-12-31");

        var list = await s.Client.OpenAsync(s.Url());

        var row = list.Document.QuerySelector("main table tbody tr")!;
        Assert.Equal(s.Url($"/{id}"), row.QuerySelector("th a")!.GetAttribute("href"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2025–2030", "In voorbereiding", "2/03/2026", "31/12/2026", "5 (0 met verslag)"], cells);
    }

    [Fact]
    public async Task English_readers_get_Belgian_date_formats()
    {
        var (organisation, _) = await app.NewOrganisationWithMemberAsync();
        var reader = await app.NewUserAsync(language: Circulair.Accounts.Languages.English);
        await app.AddMemberAsync(organisation, reader, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(reader);
        var form = await client.OpenAsync(organisation.Url("/trajectories/new"));
        var done = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Title"] = "Circular", ["Input.StartDate"] = "2026-03-02", ["Input.PlannedEndDate"] = "2026-12-31" });

        var plan = await client.OpenAsync(done.Location!);

        Assert.Contains("02/03/2026", plan.Text(".cx-plan .cx-facts"), StringComparison.Ordinal);
        Assert.Contains("31/12/2026", plan.Text(".cx-plan .cx-facts"), StringComparison.Ordinal);
        Assert.Contains("Working sessions", plan.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_changes_status_period_and_dates_and_shows_them_in_the_history()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var form = await s.Client.OpenAsync(s.Url($"/{id}/edit"));
        Assert.Equal("2026-03-02", form.ValueOf("Input_StartDate"));
        Assert.Equal("date", form.Document.GetElementById("Input_StartDate")!.GetAttribute("type"));

        var done = await s.Client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Title"] = "Circulair Demostad 2030",
            ["Input.Status"] = "Lopend",
            ["Input.PeriodEndYear"] = "2031",
            ["Input.PlannedEndDate"] = "2026-07-31",
        });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var plan = await s.Client.OpenAsync(done.Location!);
        Assert.Contains("Lopend", plan.Text("h1 .cx-tag"), StringComparison.Ordinal);
        Assert.Contains("2025–2031", plan.Text(".cx-plan"), StringComparison.Ordinal);
        var history = plan.Document.QuerySelector(".cx-history")!;
        var changed = history.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains("Status | In voorbereiding | Lopend", changed);
        Assert.Contains("Gepland einde van het traject | 3/08/2026 | 31/07/2026", changed);
        Assert.Contains("Titel | Circulair 2030 | Circulair Demostad 2030", changed);
    }

    [Fact]
    public async Task Deleting_asks_for_confirmation_then_removes_the_trajectory_and_its_sessions()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync("Weg ermee");

        var confirm = await s.Client.OpenAsync(s.Url($"/{id}/delete"));
        Assert.Contains("Weg ermee", confirm.Text(".cx-warning"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(async (db, _) => await db.Trajectories.AnyAsync(t => t.Id == id)));

        var done = await s.Client.SubmitAsync(confirm, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(s.Url(), done.Location);
        Assert.False(await app.WithDbAsync(async (db, _) => await db.Trajectories.AnyAsync(t => t.Id == id)));
        Assert.False(await app.WithDbAsync(async (db, _) => await db.TrajectorySessions.AnyAsync(x => x.TrajectoryId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(s.Url($"/{id}"))).Status);
    }

    [Fact]
    public async Task A_team_member_may_edit_but_only_a_coordinator_may_delete()
    {
        var (organisation, _) = await app.NewOrganisationWithMemberAsync();
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(organisation, member, OrganisationRole.Teamlid);
        var id = await app.WithDbAsync(async (db, _) =>
        {
            var t = new StrategyTrajectory(organisation.Id, "Van het team", null, null, null, null);
            db.Trajectories.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        using var client = await app.LoggedInClientAsync(member);

        var plan = await client.OpenAsync(organisation.Url($"/trajectories/{id}"));
        var confirm = await client.GetAsync(organisation.Url($"/trajectories/{id}/delete"));
        var refused = await client.PostAsync(organisation.Url($"/trajectories/{id}/delete"), [new("__RequestVerificationToken", plan.AntiforgeryToken)]);

        Assert.NotNull(plan.Document.QuerySelector($"a[href='{organisation.Url($"/trajectories/{id}/edit")}']"));
        Assert.Null(plan.Document.QuerySelector($"a[href='{organisation.Url($"/trajectories/{id}/delete")}']"));
        Assert.Equal(HttpStatusCode.Forbidden, confirm.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.True(await app.WithDbAsync(async (db, _) => await db.Trajectories.AnyAsync(t => t.Id == id)));
    }
}
