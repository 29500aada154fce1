using System.Net;
using Circulair.Audit;
using Circulair.Guidance;
using Circulair.Organisations;
using Circulair.Reference;
using Circulair.Web.Tests.Features.Strategy;
using Circulair.Web.Tests.Features.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Dashboard;

/// <summary>
/// "Waar staan we?" names per trajectory the one next step of the method, computed from the data, with a link to the
/// page that takes it and the reason; a Coördinator can skip a step with a reason and show it again.
/// </summary>
public sealed class NextStepTests(SharedApp app)
{
    private static (string? Key, string Href, string Reason) StepOf(Page dashboard, int trajectoryId = 0)
    {
        var item = dashboard.Document.QuerySelector($"#next-step-{trajectoryId}")
            ?? throw new InvalidOperationException($"No next step for trajectory {trajectoryId} on {dashboard.Url}.");
        return (item.GetAttribute("data-step"), item.QuerySelector("a.cx-next-step__link")?.GetAttribute("href") ?? "", item.QuerySelector(".cx-next-step__reason")?.TextContent.Trim() ?? "");
    }

    [Fact]
    public async Task The_next_step_follows_the_data_as_it_is_added_through_the_forms_and_a_skip_with_reason_moves_on()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);

        // An empty organisation: plan the trajectory and its core-team session.
        var dashboard = await s.Client.OpenAsync(s.Organisation.Url());
        Assert.Equal("Volgende stap", dashboard.Text("#next-steps-title"));
        var (key, href, reason) = StepOf(dashboard);
        Assert.Equal(NextStepRules.CoreTeam, key);
        Assert.Equal(s.Url("/new"), href);
        Assert.Equal("Zolang de voorbereidende sessie met het kernteam geen datum heeft, ligt de aanpak van het traject nog niet vast.", reason);
        Assert.Equal("Plan de voorbereidende sessie met het kernteam", dashboard.Text("#next-step-0 a.cx-next-step__link"));

        // A trajectory brings a core-team session without a date: the link opens that session's form.
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        (key, href, _) = StepOf(await s.Client.OpenAsync(s.Organisation.Url()), id);
        Assert.Equal(NextStepRules.CoreTeam, key);
        Assert.Equal(s.Url($"/{id}/sessions/{sessionId}/edit"), href);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.SubmitAsync(await s.Client.OpenAsync(href), new Dictionary<string, string?> { ["Input.Date"] = "2026-03-10" })).Status);

        // Dated: the stakeholders come next, first the longlist.
        (key, href, _) = StepOf(await s.Client.OpenAsync(s.Organisation.Url()), id);
        Assert.Equal(NextStepRules.Stakeholders, key);
        Assert.Equal(s.Organisation.Url("/stakeholders/longlist"), href);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.SubmitAsync(await s.Client.OpenAsync(href), new Dictionary<string, string?> { ["Longlist.Names"] = "Kringwinkel\nOndernemersraad" })).Status);

        // Listed but not rated: the grid, with how many are left.
        (key, href, reason) = StepOf(await s.Client.OpenAsync(s.Organisation.Url()), id);
        Assert.Equal(NextStepRules.RateStakeholders, key);
        Assert.Equal(s.Organisation.Url("/stakeholders/grid"), href);
        Assert.Equal("2 van de 2 stakeholders hebben nog geen macht en belang, dus hun aanpak in het raster is nog onbekend.", reason);
        var grid = await s.Client.OpenAsync(href);
        foreach (var link in grid.Document.QuerySelectorAll("[data-stakeholder-id] a").Select(a => a.GetAttribute("href")!).ToList())
        {
            var details = await s.Client.OpenAsync(link);
            var moved = await s.Client.SubmitAsync(details, "#move-form", new Dictionary<string, string?> { ["Move.Power"] = "Hoog", ["Move.Interest"] = "Middel" });
            Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        }

        // Rated: the vision canvas of this trajectory.
        dashboard = await s.Client.OpenAsync(s.Organisation.Url());
        (key, href, reason) = StepOf(dashboard, id);
        Assert.Equal(NextStepRules.Vision, key);
        Assert.Equal(s.Url($"/{id}/vision"), href);
        Assert.Equal("Het traject heeft nog geen visiezin, en die geeft richting aan de doelstellingen en acties die volgen.", reason);
        Assert.Equal(HttpStatusCode.OK, (await s.Client.GetAsync(href)).Status);

        // Skipped with a reason: the rule after it speaks (no statement, so no AMORE check: the scan).
        var skipped = await s.Client.SubmitAsync(dashboard, $"#next-step-{id} .cx-next-step__skip form", new Dictionary<string, string?> { ["Input.Reason"] = "De visie van het klimaatplan geldt." });
        Assert.Equal(HttpStatusCode.Redirect, skipped.Status);
        Assert.Equal(s.Organisation.Url(), skipped.Location);
        dashboard = await s.Client.OpenAsync(skipped.Location!);
        (key, href, _) = StepOf(dashboard, id);
        Assert.Equal(NextStepRules.ScanData, key);
        Assert.Equal(s.Organisation.Url("/scan/import"), href);
        var line = dashboard.Text($"#next-step-{id} [data-skipped='Vision'] span");
        Assert.StartsWith("Overgeslagen: Schrijf de visie uit op het visiecanvas — De visie van het klimaatplan geldt. (", line, StringComparison.Ordinal);
        Assert.Equal(1, await AuditedAsync(s.Organisation, AuditAction.Added));

        // Shown again: the vision is the next step once more, and the removal is in the trail too.
        var restored = await s.Client.SubmitAsync(dashboard, $"#next-step-{id} [data-skipped='Vision'] form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, restored.Status);
        dashboard = await s.Client.OpenAsync(restored.Location!);
        Assert.Equal(NextStepRules.Vision, StepOf(dashboard, id).Key);
        Assert.Null(dashboard.Document.QuerySelector($"#next-step-{id} [data-skipped]"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.SkippedSteps.CountAsync(x => x.OrganisationId == s.Organisation.Id)));
        Assert.Equal(1, await AuditedAsync(s.Organisation, AuditAction.Deleted));
    }

    [Fact]
    public async Task Skipping_step_after_step_walks_the_rules_in_order_and_every_link_opens_its_tool_page()
    {
        var s = await StrategyArrange.NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);
        await app.StakeholderAsync(s, "Kringwinkel");
        await app.VisionAsync(s, "In 2030 draait Demostad rond.");
        await app.ShortlistAsync(s, ActionDomains.All.First(d => d.Code != "gebouwde-omgeving").Code, "Veel banen in de sector");
        var goal = await app.GoalAsync(await app.DomainAsync(s));
        var action = await app.ActionAsync(s, null, "1");
        var t = s.TrajectoryId;
        (string Key, string Href)[] expected =
        [
            (NextStepRules.CoreTeam, s.Url("/sessions/new?kind=Kernteam")),
            (NextStepRules.RateStakeholders, s.Organisation.Url("/stakeholders/grid")),
            (NextStepRules.Amore, s.Url("/vision/amore")),
            (NextStepRules.ScanData, s.Organisation.Url("/scan/import")),
            (NextStepRules.ValidateDomains, s.Url("/domains")),
            (NextStepRules.SmartGoals, s.Url($"/goals/{goal}/edit")),
            (NextStepRules.ActionTrekkers, s.Url($"/actions/{action}/edit")),
            (NextStepRules.ActionScores, s.Url($"/actions/{action}/rate")),
        ];

        var dashboard = await client.OpenAsync(s.Organisation.Url());
        foreach (var (key, href) in expected)
        {
            Assert.Equal((key, href), (StepOf(dashboard, t).Key, StepOf(dashboard, t).Href));
            Assert.True((await client.GetAsync(href)).Status == HttpStatusCode.OK, $"GET {href}");
            var skipped = await client.SubmitAsync(dashboard, $"#next-step-{t} .cx-next-step__skip form", new Dictionary<string, string?> { ["Input.Reason"] = $"Niet nu ({key})." });
            Assert.Equal(HttpStatusCode.Redirect, skipped.Status);
            dashboard = await client.OpenAsync(skipped.Location!);
        }

        Assert.Equal("", StepOf(dashboard, t).Key);
        Assert.Equal("Geen open stap meer: elke stap van de methode is gezet of bewust overgeslagen.", dashboard.Text($"#next-step-{t} .cx-next-step__done"));
        Assert.Equal(expected.Select(e => e.Key), dashboard.Document.QuerySelectorAll($"#next-step-{t} [data-skipped]").Select(li => li.GetAttribute("data-skipped")));
        var session = await client.OpenAsync(s.Url("/sessions/new?kind=Kernteam"));
        Assert.Equal(("Kernteam", "Fase1"), (session.ValueOf("Input_Kind"), session.ValueOf("Input_Phase")));
    }

    [Fact]
    public async Task The_dashboard_with_its_next_step_is_served_from_the_page_cache_until_a_skip_changes_it()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);
        var id = await s.NewTrajectoryAsync();
        await s.Client.OpenAsync(s.Url($"/{id}")); // the creation's flash message shows once, there

        await s.Client.OpenAsync(s.Organisation.Url());
        var again = await s.Client.OpenAsync(s.Organisation.Url());
        Assert.True(again.Headers.ContainsKey("Age"), "The dashboard was not served from the page cache.");
        Assert.Equal(NextStepRules.CoreTeam, StepOf(again, id).Key);

        var skip = await s.Client.SubmitAsync(again, $"#next-step-{id} .cx-next-step__skip form", new Dictionary<string, string?> { ["Input.Reason"] = "Het kernteam bestaat al jaren." });
        await s.Client.GetAsync(skip.Location!); // with the flash message

        var after = await s.Client.OpenAsync(s.Organisation.Url());
        Assert.False(after.Headers.ContainsKey("Age"), "The dashboard stored before the skip was served.");
        Assert.Equal(NextStepRules.Stakeholders, StepOf(after, id).Key);
        Assert.True((await s.Client.OpenAsync(s.Organisation.Url())).Headers.ContainsKey("Age"), "The dashboard after the skip was not stored again.");
    }

    [Fact]
    public async Task A_skip_without_a_reason_is_refused_with_a_message_and_an_over_long_one_keeps_its_text()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);
        var id = await s.NewTrajectoryAsync();
        var dashboard = await s.Client.OpenAsync(s.Organisation.Url());
        var audit = await app.AuditCountAsync(s.Organisation);

        var empty = await s.Client.SubmitAsync(dashboard, $"#next-step-{id} .cx-next-step__skip form", new Dictionary<string, string?> { ["Input.Reason"] = "  " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal(["Geef een reden op waarom jullie deze stap overslaan."], empty.ErrorSummary);
        Assert.Equal("Geef een reden op waarom jullie deze stap overslaan.", empty.FieldError("Input_Reason"));
        Assert.Equal(NextStepRules.CoreTeam, empty.Document.QuerySelector("#skip-form input[name='Input.StepKey']")!.GetAttribute("value"));

        var text = new string('x', SkippedStep.ReasonMaxLength + 1);
        var tooLong = await s.Client.SubmitAsync(empty, "#skip-form", new Dictionary<string, string?> { ["Input.Reason"] = text });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.Status);
        Assert.Equal($"Reden mag hoogstens {SkippedStep.ReasonMaxLength} tekens lang zijn.", tooLong.FieldError("Input_Reason"));
        Assert.Equal(text, tooLong.ValueOf("Input_Reason"));
        Assert.Equal(audit, await app.AuditCountAsync(s.Organisation));
        Assert.Equal(NextStepRules.CoreTeam, StepOf(await s.Client.OpenAsync(s.Organisation.Url()), id).Key);
    }

    [Theory]
    [InlineData(OrganisationRole.Lezer)]
    [InlineData(OrganisationRole.Teamlid)]
    public async Task Below_coordinator_the_skip_form_is_not_offered_and_a_posted_skip_is_forbidden(OrganisationRole role)
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);
        var id = await s.NewTrajectoryAsync();
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, member, role);
        using var client = await app.LoggedInClientAsync(member);
        var audit = await app.AuditCountAsync(s.Organisation);

        var dashboard = await client.OpenAsync(s.Organisation.Url());
        Assert.Equal(NextStepRules.CoreTeam, StepOf(dashboard, id).Key);
        Assert.Null(dashboard.Document.QuerySelector($"#next-step-{id} .cx-next-step__skip"));

        var post = await client.PostAsync(s.Url($"/{id}/next-step?handler=Skip"),
            [new("__RequestVerificationToken", dashboard.AntiforgeryToken), new("Input.StepKey", NextStepRules.CoreTeam), new("Input.Reason", "Omdat het kan.")]);

        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(audit, await app.AuditCountAsync(s.Organisation));
    }

    [Fact]
    public async Task A_trajectory_of_another_organisation_has_no_next_step_page()
    {
        using var mine = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);
        var id = await mine.NewTrajectoryAsync();
        using var other = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(other.Url($"/{id}/next-step"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await mine.Client.GetAsync(mine.Url($"/{id}/next-step"))).Status);
    }

    /// <summary>How many skipped steps the audit trail records as <paramref name="action"/> (one change has a row per field).</summary>
    private Task<int> AuditedAsync(TestOrganisation organisation, AuditAction action) =>
        app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.OrganisationId == organisation.Id && e.EntityType == nameof(SkippedStep) && e.Action == action)
            .Select(e => e.EntityId).Distinct().CountAsync());
}
