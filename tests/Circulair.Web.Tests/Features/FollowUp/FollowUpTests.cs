using System.Globalization;
using System.Net;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.FollowUp;

/// <summary>Phase 3: political decisions and the adopted version, progress updates, the roll-up and the portfolio.</summary>
public sealed class FollowUpTests(SharedApp app)
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(StrategySetup S, int Goal, int Line)> StrategyAsync(OrganisationRole role = OrganisationRole.Coordinator)
    {
        var s = await NewAsync(app, role);
        var goal = await app.GoalAsync(await app.DomainAsync(s), "Vanaf 2027 bouwt de stad circulair");
        return (s, goal, await app.LineAsync(goal));
    }

    private Task GiveUpdateAsync(int actionId, int? percent, ActionStatus status = ActionStatus.Lopend) =>
        app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == actionId);
            db.ProgressUpdates.Add(ProgressUpdate.Give(action, new ProgressReport { Date = Today, Percent = percent, Status = status }, FollowUpSettings.Defaults(action.OrganisationId), null, null, "Test", Now(app)));
            await db.SaveChangesAsync();
        });

    private Dictionary<string, string?> Ratification(DecisionOutcome outcome = DecisionOutcome.Goedgekeurd, PoliticalMoment moment = PoliticalMoment.FormeleBekrachtiging) => Form(
        ("Input.Moment", moment.ToString()), ("Input.Body", nameof(DecisionBody.Gemeenteraad)), ("Input.Date", Iso(Today)),
        ("Input.Reference", "GR/2026/0087"), ("Input.Outcome", outcome.ToString()), ("Input.Link", "https://stad.example/besluit/87"));

    [Fact]
    public async Task Ratifying_freezes_an_adopted_version_that_later_edits_leave_unchanged_while_the_tree_marks_changed_and_new_actions()
    {
        var (s, _, line) = await StrategyAsync();
        var a1 = await app.ActionAsync(s, line, "A01", "Opleiding circulair aankopen", d => d with { End = Today.AddMonths(6) });
        using var client = await app.LoggedInClientAsync(s.User);

        var form = await client.OpenAsync(s.Url("/decisions/new"));
        var saved = await client.SubmitAsync(form, "#decision-form", Ratification());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var versionUrl = saved.Location!;
        Assert.Contains("/adopted/", versionUrl, StringComparison.Ordinal);
        var json = await app.WithDbAsync((db, _) => db.AdoptedVersions.Where(v => v.TrajectoryId == s.TrajectoryId).Select(v => v.SnapshotJson).SingleAsync());

        await app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == a1);
            action.Describe(action.Details with { Title = "Opleiding voor iedereen", End = Today.AddMonths(9) }, Now(app));
            await db.SaveChangesAsync();
        });
        var a2 = await app.ActionAsync(s, line, "A02", "Sloopinventaris");

        var version = await client.OpenAsync(versionUrl);
        Assert.Equal(["Opleiding circulair aankopen"], version.Document.QuerySelectorAll(".cx-adopted__title").Select(e => e.TextContent.Trim()));
        Assert.Contains("GR/2026/0087", version.Text("#adopted-facts"), StringComparison.Ordinal);
        Assert.Equal(json, await app.WithDbAsync((db, _) => db.AdoptedVersions.Where(v => v.TrajectoryId == s.TrajectoryId).Select(v => v.SnapshotJson).SingleAsync()));

        var tree = await client.OpenAsync(s.Url("/strategy"));
        Assert.Contains("De strategie is goedgekeurd op", tree.Text("#adopted"), StringComparison.Ordinal);
        Assert.Equal("gewijzigd sinds goedkeuring", tree.Text($"#action-{a1} .cx-tree__change"));
        Assert.Equal("nieuw sinds goedkeuring", tree.Text($"#action-{a2} .cx-tree__change"));
    }

    [Fact]
    public async Task A_teamlid_records_a_mandate_but_only_a_coordinator_ratifies()
    {
        var (s, _, _) = await StrategyAsync(OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/decisions/new"));

        var refused = await client.SubmitAsync(form, "#decision-form", Ratification());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Alleen een coördinator kan een goedgekeurde bekrachtiging vastleggen. Vraag het aan een coördinator, of kies een andere uitkomst.", refused.FieldError("Input_Outcome"));
        Assert.Equal("GR/2026/0087", refused.ValueOf("Input_Reference"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PoliticalDecisions.CountAsync(d => d.TrajectoryId == s.TrajectoryId)));

        var mandate = await client.SubmitAsync(refused, "#decision-form", Ratification(moment: PoliticalMoment.MandaatOmTeStarten));
        Assert.Equal(HttpStatusCode.Redirect, mandate.Status);
        var list = await client.OpenAsync(s.Url("/decisions"));
        Assert.Contains("Mandaat om te starten", list.Text("#decisions"), StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector("#not-adopted"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AdoptedVersions.CountAsync(v => v.TrajectoryId == s.TrajectoryId)));
    }

    [Fact]
    public async Task An_update_posted_through_the_form_on_the_action_page_joins_the_timeline_takes_the_status_default_and_sets_the_status()
    {
        var (s, _, line) = await StrategyAsync(OrganisationRole.Teamlid);
        var action = await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/actions/{action}"));
        Assert.NotNull(page.Document.QuerySelector("#no-updates"));

        var saved = await client.SubmitAsync(page, "#update-form", Form(("Input.Status", nameof(ActionStatus.Lopend)), ("Input.Percent", ""), ("Input.Text", "Eerste sessie gegeven"), ("Input.NextStep", "Tweede sessie plannen")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        page = await client.OpenAsync(s.Url($"/actions/{action}"));
        var item = Assert.Single(page.Document.QuerySelectorAll("#updates > li"));
        Assert.Equal("50 %", item.QuerySelector(".cx-timeline__percent")!.TextContent.Trim());
        Assert.Equal("Lopend", item.QuerySelector(".cx-timeline__status")!.TextContent.Trim());
        Assert.Equal("Eerste sessie gegeven", item.QuerySelector(".cx-timeline__text")!.TextContent.Trim());
        Assert.Equal(ActionStatus.Lopend, (await app.LoadActionAsync(action)).Status);
        Assert.Null(page.Document.QuerySelector($"a[href*='/updates/']"));
    }

    [Fact]
    public async Task An_invalid_update_answers_422_with_Dutch_messages_keeps_every_answer_and_writes_nothing()
    {
        var (s, _, line) = await StrategyAsync(OrganisationRole.Teamlid);
        var action = await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/actions/{action}"));

        var refused = await client.SubmitAsync(page, "#update-form", Form(("Input.Date", Iso(Today.AddDays(1))), ("Input.Percent", "150"), ("Input.Status", nameof(ActionStatus.Lopend)),
            ("Input.Text", "Bijna klaar"), ("Input.EvidenceLink", "geen link")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("De voortgang moet een getal van 0 tot en met 100 zijn.", refused.FieldError("Input_Percent"));
        Assert.StartsWith("De datum mag niet in de toekomst liggen", refused.FieldError("Input_Date"), StringComparison.Ordinal);
        Assert.Equal("Geef een webadres dat begint met http:// of https://, of laat het veld leeg.", refused.FieldError("Input_EvidenceLink"));
        Assert.Equal(3, refused.ErrorSummary.Count);
        Assert.Equal("150", refused.ValueOf("Input_Percent"));
        Assert.Equal("Bijna klaar", refused.ValueOf("Input_Text"));
        Assert.Equal(Iso(Today.AddDays(1)), refused.ValueOf("Input_Date"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.PlannedActionId == action)));

        var fixedUp = await client.SubmitAsync(refused, "#update-form", Form(("Input.Date", Iso(Today)), ("Input.Percent", "80"), ("Input.EvidenceLink", "")));
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.Status);
        Assert.Equal(80, await app.WithDbAsync((db, _) => db.ProgressUpdates.Where(u => u.PlannedActionId == action).Select(u => u.Percent).SingleAsync()));
    }

    [Fact]
    public async Task A_lezer_reads_the_follow_up_but_gets_403_on_every_write()
    {
        var (s, _, line) = await StrategyAsync(OrganisationRole.Lezer);
        var action = await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/actions/{action}"));
        Assert.NotNull(page.Document.QuerySelector("#followup"));
        Assert.Null(page.Document.QuerySelector("#update-form"));
        var token = page.AntiforgeryToken;
        var before = await app.AuditCountAsync(s.Organisation);

        var update = await client.PostAsync(s.Url($"/actions/{action}/updates"), [new("__RequestVerificationToken", token), new("Input.Date", Iso(Today)), new("Input.Status", "Lopend"), new("Input.Percent", "10")]);
        var decision = await client.PostAsync(s.Url("/decisions/new"), [new("__RequestVerificationToken", token), new("Input.Moment", "PubliekMoment"), new("Input.Body", "College"), new("Input.Date", Iso(Today)), new("Input.Outcome", "KennisGenomen")]);
        var settings = await client.PostAsync(s.Organisation.Url("/followup/settings"), [new("__RequestVerificationToken", token), new("Input.Cycle", "Maandelijks"), new("Input.Weighting", "Budget")]);

        Assert.Equal(HttpStatusCode.Forbidden, update.Status);
        Assert.Equal(HttpStatusCode.Forbidden, decision.Status);
        Assert.Equal(HttpStatusCode.Forbidden, settings.Status);
        Assert.Equal(before, await app.AuditCountAsync(s.Organisation));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(s.Url("/followup"))).Status);
    }

    [Fact]
    public async Task The_portfolio_rolls_up_each_goal_in_words_lists_what_counts_as_zero_and_filters_late_actions()
    {
        var (s, goal, line) = await StrategyAsync();
        var late = await app.ActionAsync(s, line, "A01", "Opleiding", d => d with { Start = Today.AddMonths(-2), End = Today.AddDays(-1) });
        var silent = await app.ActionAsync(s, line, "A02", "Sloopinventaris");
        var stopped = await app.ActionAsync(s, line, "A03", "Vergister");
        await GiveUpdateAsync(late, 40);
        await GiveUpdateAsync(stopped, 70, ActionStatus.Stopgezet);
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url("/followup"));

        Assert.Equal("20 %", page.Text($"#rollup-goal-{goal} .cx-rollup__percent"));
        Assert.Equal("Gemiddelde van 2 acties, gelijk gewogen; 1 actie zonder voortgang telt als 0 % en staat hieronder; 1 stopgezette actie telt niet mee.",
            page.Text($"#rollup-goal-{goal} .cx-rollup__sentence"));
        Assert.Contains("A02 Sloopinventaris", page.Text($"#rollup-goal-{goal} .cx-rollup__missing"), StringComparison.Ordinal);
        Assert.Contains("A03 Vergister", page.Text($"#rollup-goal-{goal} .cx-rollup__excluded"), StringComparison.Ordinal);
        Assert.Equal("Te laat", page.Text($"#portfolio-{late} .cx-flag-late"));
        Assert.Null(page.Document.QuerySelector($"#portfolio-{silent} .cx-flag-late"));

        var filtered = await client.OpenAsync(s.Url("/followup?flag=late"));
        Assert.Equal([$"portfolio-{late}"], filtered.Document.QuerySelectorAll("#portfolio tbody tr").Select(r => r.Id));
    }

    [Fact]
    public async Task A_coordinator_sets_budget_weights_and_a_default_percent_that_the_roll_up_and_the_next_update_use()
    {
        var (s, goal, line) = await StrategyAsync();
        var big = await app.ActionAsync(s, line, "A01", "Materialenbank");
        var small = await app.ActionAsync(s, line, "A02", "Repair café");
        await app.WithDbAsync(async db =>
        {
            foreach (var (id, euros) in new[] { (big, 9000m), (small, 1000m) })
            {
                var action = await db.PlannedActions.Include(a => a.Budget).SingleAsync(a => a.Id == id);
                action.DescribeSheet(new ActionSheet { Budget = [new BudgetEntry(2026, null, euros)] }, Now(app));
            }
            await db.SaveChangesAsync();
        });
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Organisation.Url("/followup/settings"));
        var lopend = Array.IndexOf(Enum.GetValues<ActionStatus>(), ActionStatus.Lopend);

        var saved = await client.SubmitAsync(form, "#settings-form", Form(("Input.Cycle", "Maandelijks"), ("Input.Weighting", "Budget"),
            ($"Input.Statuses[{lopend}].DefaultPercent", "30"), ($"Input.Statuses[{lopend}].Label", "In uitvoering")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var action = await client.OpenAsync(s.Url($"/actions/{big}"));
        await client.SubmitAsync(action, "#update-form", Form(("Input.Status", "Lopend"), ("Input.Percent", "")));
        var page = await client.OpenAsync(s.Url("/followup"));

        Assert.Equal("27 %", page.Text($"#rollup-goal-{goal} .cx-rollup__percent"));
        Assert.StartsWith("Gemiddelde van 2 acties, gewogen naar budget; 1 actie zonder voortgang", page.Text($"#rollup-goal-{goal} .cx-rollup__sentence"), StringComparison.Ordinal);
        Assert.Equal("In uitvoering", page.Text($"#portfolio-{big} td:nth-child(4)"));
        Assert.Contains("maandelijks", page.Text("main .cx-lead"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settings_default_percent_outside_0_to_100_is_refused_with_the_status_named()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Organisation.Url("/followup/settings"));

        var refused = await client.SubmitAsync(form, "#settings-form", Form(("Input.Statuses[0].DefaultPercent", "120")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("De standaard voortgang van ‘Idee’ moet een getal van 0 tot en met 100 zijn, of leeg.", refused.FieldError("Input_Statuses_0__DefaultPercent"));
        Assert.Equal("120", refused.ValueOf("Input_Statuses_0__DefaultPercent"));
    }

    [Fact]
    public async Task The_phase_3_card_of_the_dashboard_leads_to_the_follow_up_and_says_what_still_needs_doing()
    {
        var (s, _, line) = await StrategyAsync();
        await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);

        var dashboard = await client.OpenAsync(s.Organisation.Url());

        var phase = dashboard.Document.QuerySelector("#phase-Fase3")!;
        Assert.Null(phase.QuerySelector(".cx-empty"));
        // The knowledge library's funding catalogue also sits in phase 3 (it is instance-wide, below /library).
        var ownCards = phase.QuerySelectorAll("a.cx-tool__name").Where(a => !a.GetAttribute("href")!.StartsWith("/library/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ownCards.Count);
        Assert.All(ownCards, a => Assert.EndsWith("/followup", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains("Nog niets vastgelegd", phase.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nog geen voortgang gemeld", phase.TextContent, StringComparison.Ordinal);
        var index = await client.OpenAsync(s.Organisation.Url("/followup"));
        Assert.Contains("Nog niet formeel bekrachtigd", index.Text($"#followup-trajectory-{s.TrajectoryId}"), StringComparison.Ordinal);
    }
}
