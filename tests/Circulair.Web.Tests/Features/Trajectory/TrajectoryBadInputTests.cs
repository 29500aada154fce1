using System.Net;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Trajectory;

/// <summary>Refused input loses nothing and says what is wrong; ids that are not yours answer 404.</summary>
public sealed class TrajectoryBadInputTests(SharedApp app)
{
    [Fact]
    public async Task A_planned_end_before_the_start_is_refused_with_the_answers_kept()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var form = await s.Client.OpenAsync(s.Url("/new"));

        var refused = await s.Client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Title"] = "Achterstevoren",
            ["Input.PeriodStartYear"] = "2030",
            ["Input.PeriodEndYear"] = "2025",
            ["Input.StartDate"] = "2026-09-01",
            ["Input.PlannedEndDate"] = "2026-03-01",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal(2, refused.ErrorSummary.Count);
        Assert.Equal("De geplande einddatum ligt voor de startdatum.", refused.FieldError("Input_PlannedEndDate"));
        Assert.Equal("Het eindjaar van de periode ligt voor het beginjaar.", refused.FieldError("Input_PeriodEndYear"));
        Assert.Equal("Achterstevoren", refused.ValueOf("Input_Title"));
        Assert.Equal("2026-09-01", refused.ValueOf("Input_StartDate"));
        Assert.Equal("2026-03-01", refused.ValueOf("Input_PlannedEndDate"));
        Assert.Equal("2030", refused.ValueOf("Input_PeriodStartYear"));
        var links = refused.Document.QuerySelectorAll(".cx-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_PlannedEndDate", links);
        Assert.False(await app.WithDbAsync(async (db, _) => await db.Trajectories.AnyAsync(t => t.OrganisationId == s.Organisation.Id)));
    }

    [Fact]
    public async Task Editing_to_an_end_before_the_start_is_refused_and_the_plan_stays_unchanged()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync("Onveranderd", "2026-03-02", "2026-08-03");
        var form = await s.Client.OpenAsync(s.Url($"/{id}/edit"));

        var refused = await s.Client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.PlannedEndDate"] = "2026-03-01", ["Input.Title"] = "Nieuwe titel" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Nieuwe titel", refused.ValueOf("Input_Title"));
        var stored = await app.WithDbAsync(async (db, _) => await db.Trajectories.SingleAsync(t => t.Id == id));
        Assert.Equal(("Onveranderd", new DateOnly(2026, 8, 3)), (stored.Title, stored.PlannedEndDate!.Value));
    }

    [Fact]
    public async Task An_over_long_trajectory_title_is_refused_with_the_limit_and_kept_whole()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var form = await s.Client.OpenAsync(s.Url("/new"));
        var title = new string('t', StrategyTrajectory.TitleMaxLength + 1);

        var refused = await s.Client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Title"] = title });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Titel mag hoogstens 150 tekens lang zijn.", refused.FieldError("Input_Title"));
        Assert.Equal(title, refused.ValueOf("Input_Title"));
        Assert.Null(refused.Document.GetElementById("Input_Title")!.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task Over_long_session_title_place_and_minutes_are_refused_with_their_limits_and_everything_typed_is_kept()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        var title = new string('t', TrajectorySession.TitleMaxLength + 1);
        var place = new string('p', TrajectorySession.PlaceMaxLength + 1);
        var minutes = new string('m', TrajectorySession.TextMaxLength + 1);

        var refused = await s.Client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Title"] = title,
            ["Input.Place"] = place,
            ["Input.Minutes"] = minutes,
            ["Input.Decisions"] = "Dit blijft staan.",
            ["Input.Date"] = "2026-04-01",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal(3, refused.ErrorSummary.Count);
        Assert.Equal("Titel mag hoogstens 150 tekens lang zijn.", refused.FieldError("Input_Title"));
        Assert.Equal("Plaats mag hoogstens 200 tekens lang zijn.", refused.FieldError("Input_Place"));
        Assert.Equal("Verslag mag hoogstens 8000 tekens lang zijn.", refused.FieldError("Input_Minutes"));
        Assert.Equal(title, refused.ValueOf("Input_Title"));
        Assert.Equal(place, refused.ValueOf("Input_Place"));
        Assert.Equal(minutes, refused.ValueOf("Input_Minutes"));
        Assert.Equal("Dit blijft staan.", refused.ValueOf("Input_Decisions"));
        Assert.Equal("2026-04-01", refused.ValueOf("Input_Date"));
        var stored = await app.WithDbAsync(async (db, _) => await db.TrajectorySessions.SingleAsync(x => x.Id == sessionId));
        Assert.Null(stored.Minutes);
    }

    [Fact]
    public async Task A_new_session_without_a_kind_is_refused_and_keeps_its_text()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/new"));

        var refused = await s.Client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Kind"] = "", ["Input.Purpose"] = "Iets bespreken" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies de soort sessie.", refused.FieldError("Input_Kind"));
        Assert.Equal("Iets bespreken", refused.ValueOf("Input_Purpose"));
        Assert.Equal(5, (await s.SessionIdsAsync(id)).Count);
    }

    [Fact]
    public async Task Unknown_ids_answer_404()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var plan = await s.Client.OpenAsync(s.Url($"/{id}"));

        string[] urls =
        [
            s.Url("/999999"), s.Url("/999999/edit"), s.Url("/999999/delete"), s.Url("/999999/sessions/new"),
            s.Url($"/{id}/sessions/999999"), s.Url($"/{id}/sessions/999999/edit"), s.Url($"/{id}/sessions/999999/delete"),
            s.Url($"/999999/sessions/{sessionId}"),
        ];
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(url)).Status);
        }
        var post = await s.Client.PostAsync(s.Url($"/{id}/sessions/999999/move"), [new("direction", "up"), new("__RequestVerificationToken", plan.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
    }

    [Fact]
    public async Task Another_organisations_trajectory_and_session_answer_404_under_your_own_organisation()
    {
        using var mine = await TrajectoryScenario.StartAsync(app);
        var myId = await mine.NewTrajectoryAsync();
        var mySession = (await mine.SessionIdsAsync(myId))[0];
        using var theirs = await TrajectoryScenario.StartAsync(app);
        var theirId = await theirs.NewTrajectoryAsync("Van de buren");
        var theirSession = (await theirs.SessionIdsAsync(theirId))[0];
        var plan = await mine.Client.OpenAsync(mine.Url($"/{myId}"));

        string[] urls =
        [
            mine.Url($"/{theirId}"), mine.Url($"/{theirId}/edit"), mine.Url($"/{theirId}/delete"), mine.Url($"/{theirId}/sessions/new"),
            mine.Url($"/{theirId}/sessions/{theirSession}"), mine.Url($"/{theirId}/sessions/{theirSession}/edit"),
            // Their session under my trajectory, and my session under their trajectory.
            mine.Url($"/{myId}/sessions/{theirSession}"), mine.Url($"/{myId}/sessions/{theirSession}/delete"),
            mine.Url($"/{theirId}/sessions/{mySession}"),
        ];
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.GetAsync(url)).Status);
        }
        var token = plan.AntiforgeryToken;
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.PostAsync(mine.Url($"/{theirId}/delete"), [new("__RequestVerificationToken", token)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.PostAsync(mine.Url($"/{myId}/sessions/{theirSession}/move"), [new("direction", "down"), new("__RequestVerificationToken", token)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.PostAsync(mine.Url($"/{theirId}/sessions/{theirSession}/edit"), [new("Input.Kind", "Andere"), new("Input.Minutes", "overgenomen"), new("__RequestVerificationToken", token)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync(mine.Url($"/{myId}"))).Status);
        Assert.True(await app.WithDbAsync(async (db, _) => await db.Trajectories.AnyAsync(t => t.Id == theirId)));
        Assert.Null((await app.WithDbAsync(async (db, _) => await db.TrajectorySessions.SingleAsync(x => x.Id == theirSession))).Minutes);
    }
}
