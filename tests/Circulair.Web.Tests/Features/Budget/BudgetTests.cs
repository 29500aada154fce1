using System.Net;
using System.Text;
using Circulair.Budget;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;
using static Circulair.Web.Tests.Platform.OpenXml.SheetFiles;

namespace Circulair.Web.Tests.Features.Budget;

/// <summary>Issue 14 item 6: the meerjarenplan import, an action's budget form, funding applications and the budget overview.</summary>
public sealed class BudgetTests(SharedApp app)
{
    private const string Csv = "text/csv";
    private static int Year => 2026;

    private async Task<(StrategySetup S, int Goal, int Line)> StrategyAsync(OrganisationRole role = OrganisationRole.Coordinator)
    {
        var s = await NewAsync(app, role);
        var goal = await app.GoalAsync(await app.DomainAsync(s), "Vanaf 2027 bouwt de stad circulair");
        return (s, goal, await app.LineAsync(goal));
    }

    private Task PlanAsync(StrategySetup s) => app.WithDbAsync(async db =>
    {
        var org = s.Organisation.Id;
        db.BbcEntries.AddRange(
            new BbcEntry(org, BbcLevel.Beleidsdoelstelling, "BD1", "Circulaire stad", null, 1, []),
            new BbcEntry(org, BbcLevel.Actieplan, "AP1", "Circulair bouwen", "BD1", 2, [new(Year, 50_000m)]),
            new BbcEntry(org, BbcLevel.Actie, "AC1", "Materialenbank", "AP1", 3, [new(Year, 20_000m)]));
        await db.SaveChangesAsync();
    });

    private Task SheetBudgetAsync(int actionId, params BudgetEntry[] years) => app.WithDbAsync(async db =>
    {
        var action = await db.PlannedActions.Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
            .SingleAsync(a => a.Id == actionId);
        action.DescribeSheet(action.Sheet with { Budget = years }, Now(app));
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_meerjarenplan_csv_is_previewed_row_by_row_and_written_only_after_confirmation_and_a_new_import_replaces_it()
    {
        var (s, _, line) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var csv = "Code;Niveau;Omschrijving;Bovenliggende code;2026;2027\nBD1;Beleidsdoelstelling;Circulaire stad;;;\nAP1;;Circulair bouwen;BD1;50.000;60000\nAC1;actie;Materialenbank;AP1;20.000,50;\n";

        var preview = await Upload(client, await client.OpenAsync(s.Organisation.Url("/followup/meerjarenplan/import")), "mjp.csv", Encoding.UTF8.GetBytes(csv), Csv);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("1 beleidsdoelstellingen, 1 actieplannen en 1 acties", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.BbcEntries.CountAsync(e => e.OrganisationId == s.Organisation.Id)));

        var done = await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var entries = await app.WithDbAsync((db, _) => db.BbcEntries.Where(e => e.OrganisationId == s.Organisation.Id).Include(e => e.Amounts).OrderBy(e => e.Position).ToListAsync());
        Assert.Equal(["BD1", "AP1", "AC1"], entries.Select(e => e.Code));
        Assert.Equal([BbcLevel.Beleidsdoelstelling, BbcLevel.Actieplan, BbcLevel.Actie], entries.Select(e => e.Level));
        Assert.Equal(20_000.50m, entries[2].Amounts.Single().Amount);
        var page = await client.OpenAsync(s.Organisation.Url("/followup/meerjarenplan"));
        Assert.Contains("Materialenbank", page.Text("#plan-AC1"), StringComparison.Ordinal);

        // An action linked to AC1; the next plan drops AC1: the preview warns, the link stays.
        var action = await app.ActionAsync(s, line, "A01");
        await app.WithDbAsync(async db =>
        {
            db.ActionBbcLinks.Add(new ActionBbcLink(await db.PlannedActions.SingleAsync(a => a.Id == action), "AC1"));
            await db.SaveChangesAsync();
        });
        var second = await Upload(client, await client.OpenAsync(s.Organisation.Url("/followup/meerjarenplan/import")), "mjp2.csv",
            Encoding.UTF8.GetBytes("Code;Omschrijving;Bovenliggende code;2026\nBD1;Circulaire stad;;100000\nAP2;Minder afval;BD1;5000\n"), Csv);
        Assert.Contains("AC1", second.Text("#removed-linked"), StringComparison.Ordinal);
        await client.SubmitAsync(second, "#confirm-form", new Dictionary<string, string?>());
        Assert.Equal(["AP2", "BD1"], await app.WithDbAsync((db, _) => db.BbcEntries.Where(e => e.OrganisationId == s.Organisation.Id).Select(e => e.Code).OrderBy(c => c).ToListAsync()));
        Assert.Equal("AC1", await app.WithDbAsync((db, _) => db.ActionBbcLinks.Where(l => l.PlannedActionId == action).Select(l => l.Code).SingleAsync()));
        var budget = await client.OpenAsync(s.Url($"/actions/{action}/budget"));
        Assert.Contains("niet (meer) in het meerjarenplan", budget.Text("#bbc-code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meerjarenplan_with_a_duplicate_code_an_unknown_parent_and_text_in_an_amount_names_each_row_and_writes_nothing()
    {
        var (s, _, _) = await StrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var audit = await app.AuditCountAsync(s.Organisation);
        var bytes = Sheet("Meerjarenplan", ["Code", "Omschrijving", "Bovenliggende code", "2026"],
            ["BD1", "Circulaire stad", null, null],
            ["BD1", "Nog eens", null, null],
            ["AP1", "Circulair bouwen", "BD9", null],
            ["AC1", "Materialenbank", "BD1", "veel"]);

        var refused = await Upload(client, await client.OpenAsync(s.Organisation.Url("/followup/meerjarenplan/import")), "fout.xlsx", bytes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Contains(refused.ErrorSummary, e => e.Contains("4 van de 4 rijen hebben een fout", StringComparison.Ordinal));
        Assert.Contains("staat ook op rij 3", refused.Text("#import-preview tr[data-row='2']"), StringComparison.Ordinal);
        Assert.Contains("staat ook op rij 2", refused.Text("#import-preview tr[data-row='3']"), StringComparison.Ordinal);
        Assert.Contains("De bovenliggende code ‘BD9’ staat niet in het bestand.", refused.Text("#import-preview tr[data-row='4']"), StringComparison.Ordinal);
        Assert.Contains("‘veel’ in kolom 2026 is geen bedrag", refused.Text("#import-preview tr[data-row='5']"), StringComparison.Ordinal);
        Assert.Null(refused.Document.QuerySelector("#confirm-form"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.BbcEntries.CountAsync(e => e.OrganisationId == s.Organisation.Id)));
        Assert.Equal(audit, await app.AuditCountAsync(s.Organisation));
        Assert.False(await app.WithDbAsync((db, _) => db.SheetImportDrafts.AnyAsync(d => d.OrganisationId == s.Organisation.Id)));
    }

    [Fact]
    public async Task The_budget_form_refuses_bad_figures_in_Dutch_keeps_the_input_and_then_saves_planned_on_the_sheet_and_spending_apart()
    {
        var (s, _, line) = await StrategyAsync(OrganisationRole.Teamlid);
        await PlanAsync(s);
        var action = await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/budget/edit"));
        var audit = await app.AuditCountAsync(s.Organisation);

        var refused = await client.SubmitAsync(form, "#budget-form", Form(("Input.BbcCode", "AC1"),
            ("Input.Years[0].Year", "2026"), ("Input.Years[0].Planned", "veel"), ("Input.Years[0].Spent", "-5"),
            ("Input.Years[1].Year", "2026"), ("Input.Years[1].Committed", "100")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Gepland (euro): ‘veel’ is geen getal. Schrijf bv. 12500 of 12.500,50.", refused.FieldError("Input_Years_0__Planned"));
        Assert.Equal("Uitgegeven (euro) moet een bedrag van 0 tot 1 miljard euro zijn.", refused.FieldError("Input_Years_0__Spent"));
        Assert.Equal("Het jaar 2026 staat al op een andere rij.", refused.FieldError("Input_Years_1__Year"));
        Assert.Equal(3, refused.ErrorSummary.Count);
        Assert.Equal("veel", refused.ValueOf("Input_Years_0__Planned"));
        Assert.Equal("100", refused.ValueOf("Input_Years_1__Committed"));
        Assert.Equal(audit, await app.AuditCountAsync(s.Organisation));

        var saved = await client.SubmitAsync(refused, "#budget-form", Form(
            ("Input.Years[0].Planned", "12.500"), ("Input.Years[0].Spent", "4000,50"), ("Input.Years[0].Fte", "0,5"),
            ("Input.Years[1].Year", "2027"), ("Input.Years[1].Committed", "100"), ("Input.Years[1].Planned", "")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var sheet = (await app.LoadActionAsync(action)).Sheet.Budget;
        Assert.Equal([new BudgetEntry(2026, 0.5, 12_500m)], sheet);
        var spending = await app.WithDbAsync((db, _) => db.ActionSpendings.Where(x => x.PlannedActionId == action).OrderBy(x => x.Year).Select(x => new { x.Year, x.Committed, x.Spent }).ToListAsync());
        Assert.Equal([(2026, (decimal?)null, (decimal?)4000.50m), (2027, 100m, null)], spending.Select(x => (x.Year, x.Committed, x.Spent)));
        Assert.Equal("AC1", await app.WithDbAsync((db, _) => db.ActionBbcLinks.Where(l => l.PlannedActionId == action).Select(l => l.Code).SingleAsync()));
        Assert.True(await app.AuditCountAsync(s.Organisation) > audit);

        var page = await client.OpenAsync(s.Url($"/actions/{action}/budget"));
        Assert.Contains("Materialenbank", page.Text("#bbc-code"), StringComparison.Ordinal);
        Assert.Contains("Circulaire stad", page.Text("#bbc-code"), StringComparison.Ordinal);
        Assert.Contains("(32 %)", page.Text("#budget-year-2026"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funding_applications_are_added_refused_when_granted_without_that_status_changed_and_deleted()
    {
        var (s, _, line) = await StrategyAsync(OrganisationRole.Teamlid);
        var action = await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/funding/new"));

        var refused = await client.SubmitAsync(form, "#funding-form", Form(("Input.Programme", ""), ("Input.Call", "Oproep 2026"), ("Input.Requested", "40.000"),
            ("Input.Granted", "30000"), ("Input.Status", nameof(FundingStatus.Ingediend))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Geef het programma waarbij je aanvraagt.", refused.FieldError("Input_Programme"));
        Assert.StartsWith("Een toegekend bedrag kan alleen bij de status Toegekend.", refused.FieldError("Input_Granted"), StringComparison.Ordinal);
        Assert.Equal("Oproep 2026", refused.ValueOf("Input_Call"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.FundingApplications.CountAsync(f => f.PlannedActionId == action)));

        var added = await client.SubmitAsync(refused, "#funding-form", Form(("Input.Programme", "Vlaanderen Circulair"), ("Input.Granted", ""), ("Input.Deadline", "2026-03-01")));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var id = await app.WithDbAsync((db, _) => db.FundingApplications.Where(f => f.PlannedActionId == action).Select(f => f.Id).SingleAsync());
        var budget = await client.OpenAsync(s.Url($"/actions/{action}/budget"));
        Assert.Equal("Vlaanderen Circulair", budget.Text($"#funding-{id} .cx-funding__programme"));
        Assert.Equal("Ingediend", budget.Text($"#funding-{id} .cx-funding__status"));

        var edit = await client.OpenAsync(s.Organisation.Url($"/followup/funding/{id}/edit"));
        Assert.Equal("40000", edit.ValueOf("Input_Requested"));
        var changed = await client.SubmitAsync(edit, "#funding-form", Form(("Input.Status", nameof(FundingStatus.Toegekend)), ("Input.Granted", "30.000")));
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        var stored = await app.WithDbAsync((db, _) => db.FundingApplications.SingleAsync(f => f.Id == id));
        Assert.Equal(FundingStatus.Toegekend, stored.Status);
        Assert.Equal(30_000m, stored.Granted);

        var deleted = await client.SubmitAsync(await client.OpenAsync(s.Organisation.Url($"/followup/funding/{id}/edit")), "#funding-delete-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.FundingApplications.CountAsync(f => f.PlannedActionId == action)));
    }

    [Fact]
    public async Task The_overview_sums_per_year_and_goal_and_shows_the_gap_against_the_plan()
    {
        var (s, goal, line) = await StrategyAsync();
        await PlanAsync(s);
        var a1 = await app.ActionAsync(s, line, "A01");
        var a2 = await app.ActionAsync(s, line, "A02", "Sloopinventaris");
        await SheetBudgetAsync(a1, new BudgetEntry(Year, 1, 25_000m));
        await SheetBudgetAsync(a2, new BudgetEntry(Year, null, 7_000m), new BudgetEntry(Year + 1, null, 3_000m));
        await app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == a1);
            db.ActionBbcLinks.Add(new ActionBbcLink(action, "AC1"));
            var spending = new ActionSpending(action, Year);
            spending.Record(20_000m, 10_000m);
            db.ActionSpendings.Add(spending);
            await db.SaveChangesAsync();
        });
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url("/budget"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var year = page.Document.QuerySelectorAll($"#year-{Year} td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["€ 32.000", "€ 20.000", "€ 10.000", "1", "€ 50.000", "€ 25.000", "€ 25.000"], year.Select(v => v.Replace('\u00A0', ' ')));
        Assert.Contains("€ 10.000", page.Text($"#goal-{goal}").Replace('\u00A0', ' '), StringComparison.Ordinal);
        var ac1 = page.Document.QuerySelectorAll("#code-AC1 td").Select(c => c.TextContent.Trim().Replace('\u00A0', ' ')).ToList();
        Assert.Equal(["€ 20.000", "€ 25.000", "-€ 5.000"], ac1.Take(3).Select(v => v.Replace("€ -", "-€ ", StringComparison.Ordinal)));
        Assert.Contains("Sloopinventaris", page.Text("#without-code ~ ul"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_coordinator_opens_the_meerjarenplan_import()
    {
        var (s, _, _) = await StrategyAsync(OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Organisation.Url("/followup/meerjarenplan/import"))).Status);
        var plan = await client.OpenAsync(s.Organisation.Url("/followup/meerjarenplan"));
        Assert.Equal(HttpStatusCode.OK, plan.Status);
        Assert.Null(plan.Document.QuerySelector("#import-plan"));
    }

    [Fact]
    public async Task A_reader_sees_the_budget_but_gets_403_on_its_forms()
    {
        var (s, _, line) = await StrategyAsync(OrganisationRole.Lezer);
        var action = await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url($"/actions/{action}/budget"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("#edit-budget"));
        Assert.Null(page.Document.QuerySelector("#new-funding"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Url($"/actions/{action}/budget/edit"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Url($"/actions/{action}/funding/new"))).Status);
    }
}
