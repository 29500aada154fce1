using System.Net;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>The idea backlog with promotion to actions, and Tool 7, the action sheet with its print view.</summary>
public sealed class IdeaAndSheetTests(SharedApp app)
{
    private Task<List<StrategyIdea>> IdeasAsync(StrategySetup s) =>
        app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == s.TrajectoryId).ToListAsync());

    [Fact]
    public async Task Adds_ideas_with_technique_lineage_and_votes_and_promotes_one_to_an_action_keeping_the_link()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        var goal = await app.GoalAsync(domain, "Minder restafval");
        var line = await app.LineAsync(goal, "Herstellen dicht bij huis");
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url("/ideas"));

        await client.SubmitAsync(page, "#idea-form", Form(("Input.Title", "Repair café"), ("Input.Technique", "Brainwriting"), ("Input.Serves", $"g:{goal}"), ("Input.Votes", "4")));
        var first = Assert.Single(await IdeasAsync(s));
        page = await client.OpenAsync(s.Url("/ideas"));
        await client.SubmitAsync(page, "#idea-form", Form(("Input.Title", "Repair café voor fietsen"), ("Input.Technique", "Brainwriting"), ("Input.BuildsOn", $"{first.Id}"), ("Input.Votes", "9")));

        var ideas = await IdeasAsync(s);
        var second = ideas.Single(i => i.Id != first.Id);
        Assert.Equal((goal, domain), (first.StrategyGoalId!.Value, first.StrategyDomainId!.Value));
        Assert.Equal(first.Id, second.BuildsOnIdeaId);
        page = await client.OpenAsync(s.Url("/ideas"));
        Assert.Equal(["Repair café voor fietsen", "Repair café"], page.Document.QuerySelectorAll("#ideas tbody th a").Select(a => a.TextContent.Trim()));

        var promote = await client.OpenAsync(s.Url($"/ideas/{first.Id}/promote"));
        Assert.Equal("A01", promote.ValueOf("Input_Number"));
        Assert.Equal($"{line}", promote.ValueOf("Input_LineId"));
        var done = await client.SubmitAsync(promote, "#promote-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var action = Assert.Single(await app.ActionsAsync(s));
        Assert.Equal(("Repair café", ActionStatus.Idee, line), (action.Title, action.Status, action.ActionLineId!.Value));
        Assert.Equal(action.Id, (await IdeasAsync(s)).Single(i => i.Id == first.Id).PromotedActionId);
        var actionPage = await client.OpenAsync(done.Location!);
        Assert.Contains("Repair café", actionPage.Text("#action-facts"), StringComparison.Ordinal);
        var list = await client.OpenAsync(s.Url("/ideas"));
        Assert.Contains("Werd actie A01", list.Text($"#idea-{first.Id}"), StringComparison.Ordinal);
        Assert.NotNull((await client.OpenAsync(s.Url($"/ideas/{first.Id}/promote"))).Document.QuerySelector("#already"));
    }

    [Fact]
    public async Task Refuses_an_idea_without_a_title_and_an_own_technique_without_a_name()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url("/ideas"));

        var refused = await client.SubmitAsync(page, "#idea-form", Form(("Input.Title", ""), ("Input.Technique", "Eigen"), ("Input.Description", "Een wandeling")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Schrijf het idee op.", refused.FieldError("Input_Title"));
        Assert.Equal("Geef de eigen techniek een naam.", refused.FieldError("Input_TechniqueName"));
        Assert.Equal("Een wandeling", refused.ValueOf("Input_Description"));
        Assert.Empty(await IdeasAsync(s));
    }

    [Fact]
    public async Task Saves_every_field_of_the_action_sheet_and_prints_it_on_a_bare_page()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01", "Materialenbank");
        var partner = await app.StakeholderAsync(s, "Kringwinkel Demoland");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));

        var saved = await client.SubmitAsync(form, "#sheet-form", Form(
            ("Input.Description", "Een opslag voor bouwmaterialen"), ("Input.DesiredResults", "200 ton per jaar hergebruikt"),
            ("Input.Milestones[0].Date", "2026-06-01"), ("Input.Milestones[0].Description", "Opening"), ("Input.Milestones[0].Done", "true"),
            ("Input.Partners[0].StakeholderId", $"{partner}"), ("Input.Partners[0].Role", "Sorteert"),
            ("Input.Budget[0].Year", "2026"), ("Input.Budget[0].Fte", "0,5"), ("Input.Budget[0].Euros", "45.000"),
            ("Input.Budget[1].Year", "2027"), ("Input.Budget[1].Fte", "1"), ("Input.Budget[1].Euros", "80000"),
            ("Input.Steps[0].Step", "Rekken plaatsen"), ("Input.Steps[0].Deadline", "2026-04-30"), ("Input.Steps[0].Resources", "30.000 euro"),
            ("Input.PreconditionsTechnical", "Droge opslag"), ("Input.PreconditionsLegal", "Attesten"), ("Input.PreconditionsSpatial", "Bereikbaar"), ("Input.PreconditionsOrganisational", "Vaste beheerder"),
            ("Input.Risks[0].Description", "Te weinig vraag"), ("Input.Risks[0].Likelihood", "Middel"), ("Input.Risks[0].Impact", "Hoog"), ("Input.Risks[0].Mitigation", "Hergebruik in bestekken"),
            ("Input.FirstSteps", "Beheerder aanstellen")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var a = await app.LoadActionAsync(action);
        var sheet = a.Sheet;
        Assert.Equal(("Een opslag voor bouwmaterialen", "Beheerder aanstellen", "Vaste beheerder"), (sheet.Description, sheet.FirstSteps, sheet.PreconditionsOrganisational));
        Assert.Equal([new MilestoneEntry(new DateOnly(2026, 6, 1), "Opening", true)], sheet.Milestones);
        Assert.Equal([new PartnerEntry(partner, "Sorteert")], sheet.Partners);
        Assert.Equal([new BudgetEntry(2026, 0.5, 45000m), new BudgetEntry(2027, 1, 80000m)], sheet.Budget);
        Assert.Equal([new StepEntry("Rekken plaatsen", new DateOnly(2026, 4, 30), "30.000 euro")], sheet.Steps);
        Assert.Equal([new RiskEntry("Te weinig vraag", RiskLevel.Middel, RiskLevel.Hoog, "Hergebruik in bestekken")], sheet.Risks);

        var print = await client.OpenAsync(s.Url($"/actions/{action}/sheet/print"));
        Assert.Null(print.Document.QuerySelector("header.cx-header"));
        Assert.Null(print.Document.QuerySelector("nav"));
        Assert.Contains("cx-print", print.Document.Body!.ClassList);
        foreach (var text in new[] { "Een opslag voor bouwmaterialen", "200 ton per jaar hergebruikt", "Opening", "Kringwinkel Demoland — Sorteert", "Rekken plaatsen", "Droge opslag", "Attesten", "Bereikbaar", "Te weinig vraag", "Hergebruik in bestekken", "Beheerder aanstellen", "125.000" })
        {
            Assert.Contains(text, print.MainText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_half_filled_sheet_row_is_refused_and_nothing_is_saved()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));

        var refused = await client.SubmitAsync(form, "#sheet-form", Form(("Input.Description", "Blijft staan"), ("Input.Budget[0].Year", "2026"), ("Input.Budget[0].Euros", "veel"), ("Input.Risks[0].Mitigation", "Zonder risico")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Euro moet een getal zijn, bv. 100 of 12,5 (nu: “veel”).", refused.FieldError("Input_Budget_0__Euros"));
        Assert.Equal("Beschrijf het risico, of maak de rij leeg.", refused.FieldError("Input_Risks_0__Description"));
        Assert.Equal("Blijft staan", refused.ValueOf("Input_Description"));
        Assert.Equal("veel", refused.ValueOf("Input_Budget_0__Euros"));
        Assert.Null((await app.LoadActionAsync(action)).Description);
    }

    [Fact]
    public async Task The_golden_thread_reveals_actions_without_a_goal_goals_without_actions_and_retained_domains_without_goals()
    {
        var s = await NewAsync(app);
        await app.VisionAsync(s, "Onze visie");
        var kept = await app.DomainAsync(s);
        await app.DomainAsync(s, "consumentengoederen");
        await app.DomainAsync(s, "bio-economie", DomainDecision.LatenVallen, "Geen trekker");
        var goalWithAction = await app.GoalAsync(kept, "Doel met actie");
        await app.GoalAsync(kept, "Doel zonder actie");
        await app.ActionAsync(s, await app.LineAsync(goalWithAction), "A01", "Geplaatste actie");
        await app.ActionAsync(s, null, "A02", "Losse actie");
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url("/thread"));

        Assert.Equal("Onze visie", page.Text("#vision blockquote"));
        Assert.Equal(["A02 Losse actie"], page.Document.QuerySelectorAll("[data-orphans=actions] li > a:first-child").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Doel zonder actie"], page.Document.QuerySelectorAll("[data-orphans=goals] li a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Consumentengoederen en afval"], page.Document.QuerySelectorAll("[data-orphans=domains] li > a:first-child").Select(a => a.TextContent.Trim()));
        Assert.Contains("Laten vallen", page.Text(".cx-thread__domains"), StringComparison.Ordinal);
        Assert.NotNull((await client.OpenAsync(s.Url("/strategy"))).Document.QuerySelector("#orphan-warning"));
    }
}
