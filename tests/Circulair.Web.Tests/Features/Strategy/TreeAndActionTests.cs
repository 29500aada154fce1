using System.Net;
using Circulair.Strategy;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>Phase 2, step 3: goals → action lines → actions (guide, Figure 9), reorderable, and the action form.</summary>
public sealed class TreeAndActionTests(SharedApp app)
{
    private static IReadOnlyList<string> Numbers(Page tree, int lineId) =>
        [.. tree.Document.QuerySelectorAll($"#line-{lineId} .cx-tree__action .cx-tree__number").Select(n => n.TextContent.Trim())];

    [Fact]
    public async Task The_tree_shows_goals_lines_and_actions_and_reorders_them_with_plain_buttons()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        var g1 = await app.GoalAsync(domain, "Eerste doel");
        var g2 = await app.GoalAsync(domain, "Tweede doel");
        var line = await app.LineAsync(g1);
        var a1 = await app.ActionAsync(s, line, "A01");
        await app.ActionAsync(s, line, "A02");
        var a3 = await app.ActionAsync(s, line, "A03");
        using var client = await app.LoggedInClientAsync(s.User);

        var tree = await client.OpenAsync(s.Url("/strategy"));
        Assert.Equal(["A01", "A02", "A03"], Numbers(tree, line));
        Assert.Null(tree.Document.QuerySelector($"button[value='action:{a1}:up']"));

        var moved = await client.SubmitAsync(tree, "#tree-form", new Dictionary<string, string?>(), $"button[value='action:{a3}:up']");
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.EndsWith($"#action-{a3}", moved.Location, StringComparison.Ordinal);
        tree = await client.OpenAsync(s.Url("/strategy"));
        Assert.Equal(["A01", "A03", "A02"], Numbers(tree, line));

        await client.SubmitAsync(tree, "#tree-form", new Dictionary<string, string?>(), $"button[value='goal:{g2}:up']");
        tree = await client.OpenAsync(s.Url("/strategy"));
        Assert.Equal(["Tweede doel", "Eerste doel"], tree.Document.QuerySelectorAll(".cx-tree__goal h3 a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task A_forged_move_past_the_end_is_refused_and_changes_nothing()
    {
        var s = await NewAsync(app);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        var a1 = await app.ActionAsync(s, line, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var tree = await client.OpenAsync(s.Url("/strategy"));

        var refused = await client.PostAsync(s.Url("/strategy"), [new("__RequestVerificationToken", tree.AntiforgeryToken), new("Command", $"action:{a1}:up")]);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(1, (await app.LoadActionAsync(a1)).Position);
    }

    [Fact]
    public async Task Moves_an_action_to_another_line_and_refuses_a_line_in_a_dropped_domain_saying_why()
    {
        var s = await NewAsync(app);
        var kept = await app.DomainAsync(s);
        var from = await app.LineAsync(await app.GoalAsync(kept, "Doel een"), "Van hier");
        var to = await app.LineAsync(await app.GoalAsync(kept, "Doel twee"), "Naar daar");
        var other = await app.DomainAsync(s, "bio-economie");
        var droppedLine = await app.LineAsync(await app.GoalAsync(other, "Doel drie"), "Voedseloverschotten");
        await app.DropAsync(other, "Niemand wil het trekken");
        var action = await app.ActionAsync(s, from, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/move"));
        Assert.Contains("Voedseloverschotten (domein afgevallen)", form.Text("#LineId"), StringComparison.Ordinal);

        var refused = await client.SubmitAsync(form, "#move-form", Form(("LineId", droppedLine.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("De actielijn “Voedseloverschotten” hoort bij het actiedomein Bio-economie en voeding, dat het team liet vallen (Niemand wil het trekken). Kies een actielijn in een behouden domein.", refused.FieldError("LineId"));
        Assert.Equal(from, (await app.LoadActionAsync(action)).ActionLineId);

        var moved = await client.SubmitAsync(refused, "#move-form", Form(("LineId", to.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(to, (await app.LoadActionAsync(action)).ActionLineId);
    }

    [Fact]
    public async Task A_new_action_gets_the_next_number_and_keeps_every_field()
    {
        var s = await NewAsync(app);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        await app.ActionAsync(s, line, "A07");
        var kringwinkel = await app.StakeholderAsync(s, "Kringwinkel Demoland");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/new?line={line}"));
        Assert.Equal("A08", form.ValueOf("Input_Number"));

        var saved = await client.SubmitAsync(form, "#action-form", Form(
            ("Input.Title", "Repair café in elk wijkcentrum"), ("Input.Owner", $"stakeholder:{kringwinkel}"), ("Input.StartDate", "2026-04-01"),
            ("Input.EndDate", "2026-12-31"), ("Input.Size", "KleineVerbetering"), ("Input.Status", "Lopend"), ("Input.Priority", "Hoog"),
            ("Input.Neighbours", "Voorbeeldegem, Proefdonk"), ("Input.Indicator", "Herstelde toestellen")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var action = (await app.ActionsAsync(s)).Single(a => a.Number == "A08");
        Assert.Equal((line, 2, ActionStatus.Lopend, ActionSize.KleineVerbetering, ActionPriority.Hoog), (action.ActionLineId!.Value, action.Position, action.Status, action.Size!.Value, action.Priority!.Value));
        Assert.Equal((kringwinkel, new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 31)), (action.OwnerStakeholderId!.Value, action.StartDate!.Value, action.EndDate!.Value));
        Assert.True(action.WithNeighbours);
        var page = await client.OpenAsync(saved.Location!);
        Assert.Contains("Kringwinkel Demoland (stakeholder)", page.Text("#action-facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_duplicate_number_and_an_end_before_the_start_keeping_what_was_typed()
    {
        var s = await NewAsync(app);
        await app.ActionAsync(s, null, "A01", "Bestaande actie");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/actions/new"));

        var refused = await client.SubmitAsync(form, "#action-form", Form(("Input.Number", " a01 "), ("Input.Title", "Nieuwe actie"), ("Input.StartDate", "2026-06-01"), ("Input.EndDate", "2026-05-01")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Het nummer a01 is al in gebruik voor “Bestaande actie”. Kies een ander nummer.", refused.FieldError("Input_Number"));
        Assert.Equal("De einddatum ligt voor de startdatum (1/06/2026).", refused.FieldError("Input_EndDate"));
        Assert.Equal("Nieuwe actie", refused.ValueOf("Input_Title"));
        Assert.Equal("2026-05-01", refused.ValueOf("Input_EndDate"));
        Assert.Single(await app.ActionsAsync(s));
    }

    [Fact]
    public async Task The_action_page_shows_the_golden_thread_up_to_the_vision_and_the_stakeholders_involved()
    {
        var s = await NewAsync(app);
        await app.ShortlistAsync(s, "gebouwde-omgeving", "Veel bouwjobs in de stad", "• Materialenbank als kans");
        await app.VisionAsync(s, "Demostad maakt herstellen de gewoonte");
        var domain = await app.DomainAsync(s);
        var goal = await app.GoalAsync(domain, "Vanaf 2027 bouwt de stad circulair");
        var line = await app.LineAsync(goal, "Circulaire gunningscriteria");
        var hub = await app.StakeholderAsync(s, "Circulaire Hub Demoland");
        var action = await app.ActionAsync(s, line, "A01", "Opleiding circulair aankopen", d => d with { Owner = ActionOwner.OfStakeholder(hub) });
        await app.WithDbAsync(async db =>
        {
            var a = await db.PlannedActions.Include(x => x.Partners).SingleAsync(x => x.Id == action);
            a.DescribeSheet(new ActionSheet { Partners = [new(hub, "Geeft de opleiding")] }, Now(app));
            await db.SaveChangesAsync();
        });
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url($"/actions/{action}"));

        var chain = page.Document.QuerySelectorAll("#thread-up .cx-thread-up__chain > li").Select(li => li.TextContent).ToList();
        Assert.Contains("Circulaire gunningscriteria", chain[0], StringComparison.Ordinal);
        Assert.Contains("Vanaf 2027 bouwt de stad circulair", chain[1], StringComparison.Ordinal);
        Assert.Contains("Gebouwde omgeving", chain[2], StringComparison.Ordinal);
        Assert.Contains("Veel bouwjobs in de stad", chain[3], StringComparison.Ordinal);
        Assert.Contains("Materialenbank als kans", chain[3], StringComparison.Ordinal);
        Assert.Contains("Demostad maakt herstellen de gewoonte", chain[4], StringComparison.Ordinal);
        Assert.Contains("Circulaire Hub Demoland — Geeft de opleiding", page.Text("#stakeholders-involved"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_and_a_domain_show_what_hangs_below_them()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        var goal = await app.GoalAsync(domain, "Het doel");
        var line = await app.LineAsync(goal, "De actielijn");
        await app.ActionAsync(s, line, "A01", "De actie");
        using var client = await app.LoggedInClientAsync(s.User);

        var goalPage = await client.OpenAsync(s.Url($"/goals/{goal}"));
        var domainPage = await client.OpenAsync(s.Url($"/domains/{domain}"));

        foreach (var page in new[] { goalPage, domainPage })
        {
            var below = page.Text("#below");
            Assert.Contains("De actielijn", below, StringComparison.Ordinal);
            Assert.Contains("A01 De actie", below, StringComparison.Ordinal);
        }
        Assert.Contains("Het doel", domainPage.Text("#below"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_goal_keeps_its_actions_as_actions_without_a_goal()
    {
        var s = await NewAsync(app);
        var goal = await app.GoalAsync(await app.DomainAsync(s));
        var action = await app.ActionAsync(s, await app.LineAsync(goal), "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var confirm = await client.OpenAsync(s.Url($"/goals/{goal}/delete"));

        await client.SubmitAsync(confirm, "#delete-form", new Dictionary<string, string?>());

        Assert.Null((await app.LoadActionAsync(action)).ActionLineId);
        var thread = await client.OpenAsync(s.Url("/thread"));
        Assert.Contains("A01", thread.Text("[data-orphans=actions]"), StringComparison.Ordinal);
    }
}
