using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Tests.Features.Workshops;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>
/// A live workshop's results arrive in Phase 2: votes on domains as evidence of support, brainwriting and questions in the
/// ideas backlog with their lineage, votes on ideas as their ranking, impact/effort scores in Tool 6 per rater.
/// </summary>
public sealed class WorkshopResultsTests(SharedApp app)
{
    private static StrategySetup Strategy(WorkshopArrange.Setup w) => new(w.Organisation, w.Facilitator, w.TrajectoryId);

    private Task<FeedOutcome?> FedAsync(int activityId) =>
        app.WithDbAsync(async (db, _) => await db.WorkshopActivities.Where(a => a.Id == activityId).Select(a => a.FeedOutcome).SingleAsync());

    [Fact]
    public async Task The_activity_form_offers_the_strategys_domains_ideas_and_actions_and_copies_them_in()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var s = Strategy(w);
        await app.ShortlistAsync(s, "gebouwde-omgeving", "Veel bouwjobs");
        await app.ShortlistAsync(s, "bio-economie", "Veel gft");
        await app.DomainAsync(s, "bio-economie", DomainDecision.LatenVallen, "Geen trekker");
        await app.ActionAsync(s, null, "A02", "Materialenbank");
        await app.ActionAsync(s, null, "A10", "Deelplatform");
        await app.ActionAsync(s, null, "A03", "Gestopt project", d => d with { Status = ActionStatus.Stopgezet });
        // Another strategy of the same organisation stays out.
        var other = await app.WithDbAsync(async (db, _) =>
        {
            var trajectory = new Circulair.Trajectory.StrategyTrajectory(s.Organisation.Id, "Ander traject", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            return trajectory.Id;
        });
        await app.ActionAsync(s with { TrajectoryId = other }, null, "A01", "Van een ander traject");

        var form = await w.Client.OpenAsync(w.Url("/activities/new"));
        var offered = form.Document.QuerySelectorAll("#Input_Source option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("Domein", offered);
        Assert.Contains("Idee", offered);
        Assert.Contains("Actie", offered);

        var domains = await w.AddActivityAsync("Stippenstemming", "Welke domeinen?", new() { ["Input.Source"] = "Domein", ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "1" });
        var actions = await w.AddActivityAsync("ImpactEffort", "Acties scoren", new() { ["Input.Source"] = "Actie" });

        var items = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == domains || i.WorkshopActivityId == actions)
            .OrderBy(i => i.WorkshopActivityId).ThenBy(i => i.Position).Select(i => new { i.Source, i.Text }).ToListAsync());
        Assert.Equal(
            ["Domein Gebouwde omgeving", "Actie A02 Materialenbank", "Actie A10 Deelplatform"],
            items.Select(i => $"{i.Source} {i.Text}"));

        // Ideas: the backlog is empty, so a vote on it is refused with the workshop's own message.
        var page = await w.Client.OpenAsync(w.Url("/activities/new"));
        var refused = await w.Client.SubmitAsync(page, "#add-activity", new Dictionary<string, string?>
        {
            ["Input.Kind"] = "Stippenstemming", ["Input.Title"] = "Welke ideeën?", ["Input.Source"] = "Idee", ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "1",
        });
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.NotNull(refused.FieldError("Input_Source"));
    }

    [Fact]
    public async Task Dots_on_domains_become_evidence_of_their_support_on_each_domains_page()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var s = Strategy(w);
        await app.ShortlistAsync(s, "gebouwde-omgeving", "Veel bouwjobs");
        await app.ShortlistAsync(s, "consumentengoederen", "Restafval daalt te traag");
        await app.ShortlistAsync(s, "industrie", "Veel kmo's");
        await app.DomainAsync(s, "industrie", DomainDecision.Behouden, "Kmo's willen mee");
        var activity = await w.AddActivityAsync("Stippenstemming", "Welke domeinen?", new() { ["Input.Source"] = "Domein", ["Input.Dots"] = "2", ["Input.MaxPerItem"] = "1" });
        var items = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == activity).ToDictionaryAsync(i => i.SourceKey!, i => i.Id));
        await w.ControlAsync("open", activity);
        // Three voters: all three for the built environment, one for consumer goods, none for industry.
        foreach (var (name, dots) in new[] { ("An", new[] { "gebouwde-omgeving", "consumentengoederen" }), ("Bo", ["gebouwde-omgeving"]), ("Cas", ["gebouwde-omgeving"]) })
        {
            using var phone = await WorkshopArrange.JoinAsync(app, w.Code, name);
            var ballot = await phone.OpenAsync($"/w/{w.Code}");
            await phone.SubmitAsync(ballot, "#vote", WorkshopArrange.Dots([.. dots.Select(d => (items[d], 1))]));
        }

        await w.ControlAsync("close", activity);
        // Closed again: each domain keeps one piece of evidence from this activity.
        await w.ControlAsync("open", activity);
        await w.ControlAsync("close", activity);

        Assert.Equal(FeedOutcome.Delivered, await FedAsync(activity));
        // The vote changes no support and decides nothing: the list shows what the team recorded.
        var list = await w.Client.OpenAsync(s.Url("/domains"));
        Assert.Equal("—", list.Text("tr[data-domain=gebouwde-omgeving] td:nth-of-type(2)").Trim());
        Assert.Equal("hoog", list.Text("tr[data-domain=industrie] td:nth-of-type(2)").Trim());
        Assert.Contains("Nog niet beslist", list.Text("tr[data-domain=gebouwde-omgeving]"), StringComparison.Ordinal);
        Assert.Contains("Behouden", list.Text("tr[data-domain=industrie]"), StringComparison.Ordinal);
        // Each domain's page shows what the vote suggests: the share of participants who gave it a dot.
        foreach (var (code, expected) in new[] { ("gebouwde-omgeving", "3 van 3 deelnemers gaven dit domein een stip (3 stip(pen)). Dat wijst op draagvlak hoog."), ("consumentengoederen", "1 van 3 deelnemers gaven dit domein een stip (1 stip(pen)). Dat wijst op draagvlak middel."), ("industrie", "0 van 3 deelnemers gaven dit domein een stip (0 stip(pen)). Dat wijst op draagvlak laag.") })
        {
            var page = await w.Client.OpenAsync(list.Document.QuerySelector($"tr[data-domain={code}] th a")!.GetAttribute("href")!);
            var evidence = Assert.Single(page.Document.QuerySelectorAll("#support-evidence [data-evidence]"));
            Assert.Contains(expected, string.Join(" ", evidence.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Brainwriting_ideas_enter_the_backlog_with_their_lineage_once_and_a_vote_ranks_them()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var s = Strategy(w);
        var brainwriting = await w.AddActivityAsync("Brainwriting", "Meer herstellen", new() { ["Input.IdeasPerRound"] = "1" });
        using var anna = await WorkshopArrange.JoinAsync(app, w.Code, "Anna");
        using var bert = await WorkshopArrange.JoinAsync(app, w.Code, "Bert");
        await w.ControlAsync("open", brainwriting);
        var p1 = await anna.OpenAsync($"/w/{w.Code}");
        await anna.SubmitAsync(p1, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Herstelbon voor elk gezin" });
        var p2 = await bert.OpenAsync($"/w/{w.Code}");
        await bert.SubmitAsync(p2, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Repair café in de bib" });
        await w.ControlAsync("nextround", brainwriting);
        var next = await bert.OpenAsync($"/w/{w.Code}");
        var parent = next.Document.QuerySelector("#BuildsOn option[value]:not([value=''])")!.GetAttribute("value");
        await bert.SubmitAsync(next, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Herstelbon ook voor fietsen", ["buildsOn"] = parent });

        await w.ControlAsync("close", brainwriting);
        // Opened and closed again: nothing is taken in twice.
        await w.ControlAsync("open", brainwriting);
        await w.ControlAsync("close", brainwriting);

        Assert.Equal(FeedOutcome.Delivered, await FedAsync(brainwriting));
        var backlog = await w.Client.OpenAsync(s.Url("/ideas"));
        var rows = backlog.Document.QuerySelectorAll("#ideas tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        var child = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("Herstelbon ook voor fietsen", StringComparison.Ordinal));
        Assert.Equal("Brainwriting", child.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("Herstelbon voor elk gezin", child.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Contains("Bert", child.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(w.Organisation.Url($"/workshops/{w.WorkshopId}"), child.QuerySelector("[data-workshop] a")!.GetAttribute("href"));

        // The backlog is now a source: a dot vote on it sets the ideas' votes and their order.
        var vote = await w.AddActivityAsync("Stippenstemming", "Welk idee eerst?", new() { ["Input.Source"] = "Idee", ["Input.Dots"] = "2", ["Input.MaxPerItem"] = "2" });
        var ideaItems = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == vote).ToDictionaryAsync(i => i.Text, i => i.Id));
        await w.ControlAsync("open", vote);
        var ballot = await anna.OpenAsync($"/w/{w.Code}");
        await anna.SubmitAsync(ballot, "#vote", WorkshopArrange.Dots((ideaItems["Repair café in de bib"], 2)));
        ballot = await bert.OpenAsync($"/w/{w.Code}");
        await bert.SubmitAsync(ballot, "#vote", WorkshopArrange.Dots((ideaItems["Repair café in de bib"], 1), (ideaItems["Herstelbon ook voor fietsen"], 1)));
        await w.ControlAsync("close", vote);

        Assert.Equal(FeedOutcome.Delivered, await FedAsync(vote));
        var ranked = await w.Client.OpenAsync(s.Url("/ideas"));
        Assert.Equal(["Repair café in de bib", "Herstelbon ook voor fietsen", "Herstelbon voor elk gezin"],
            ranked.Document.QuerySelectorAll("#ideas tbody tr th > a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["3", "1", "0"], ranked.Document.QuerySelectorAll("#ideas tbody tr td.cx-table__num").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Hoe_kunnen_we_questions_enter_the_backlog_with_the_dots_they_got()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var s = Strategy(w);
        var questions = await w.AddActivityAsync("HoeKunnenWe", "Uitdagingen", new() { ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "3" });
        using var phone = await WorkshopArrange.JoinAsync(app, w.Code, "Dirk");
        await w.ControlAsync("open", questions);
        var page = await phone.OpenAsync($"/w/{w.Code}");
        await phone.SubmitAsync(page, "#question", new Dictionary<string, string?> { ["question"] = "hoe kunnen we meer herstellen" });
        await w.ControlAsync("startvoting", questions);
        page = await phone.OpenAsync($"/w/{w.Code}");
        var item = (await WorkshopArrange.ItemIdsAsync(app, questions)).Single();
        await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots((item, 3)));

        await w.ControlAsync("close", questions);

        var idea = Assert.Single(await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == s.TrajectoryId).ToListAsync()));
        Assert.Equal(("Hoe kunnen we meer herstellen?", IdeaTechnique.HoeKunnenWe, 3, "Dirk", w.WorkshopId), (idea.Title, idea.Technique, idea.Votes, idea.ContributedBy, idea.WorkshopId!.Value));
        var backlog = await w.Client.OpenAsync(s.Url("/ideas"));
        Assert.Equal("“Hoe kunnen we…”", backlog.Text($"#idea-{idea.Id} td").Trim());
        Assert.Equal(FeedOutcome.Delivered, await FedAsync(questions));
    }

    [Fact]
    public async Task Impact_and_effort_scores_of_participants_reach_the_matrix_per_rater_beside_the_members()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var s = Strategy(w);
        var action = await app.ActionAsync(s, null, "A01", "Materialenbank");
        await app.RateAsync(action, RaterKey.Member(s.User.Id), 1, 1);
        var activity = await w.AddActivityAsync("ImpactEffort", "Acties scoren", new() { ["Input.Source"] = "Actie", ["Input.Items"] = "Los idee zonder actie" });
        var items = await WorkshopArrange.ItemIdsAsync(app, activity);
        await w.ControlAsync("open", activity);
        foreach (var (name, impact, effort) in new[] { ("Els", 5, 2), ("Fien", 4, 3) })
        {
            using var phone = await WorkshopArrange.JoinAsync(app, w.Code, name);
            var page = await phone.OpenAsync($"/w/{w.Code}");
            await phone.SubmitAsync(page, "#score", new Dictionary<string, string?>
            {
                [$"impact[{items[0]}]"] = impact.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"effort[{items[0]}]"] = effort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"impact[{items[1]}]"] = "3",
                [$"effort[{items[1]}]"] = "3",
            });
        }
        // The matrix is a cached page: before the activity closes it shows the member's score only, from the cache.
        await w.Client.OpenAsync(s.Url("/matrix"));
        var before = await w.Client.OpenAsync(s.Url("/matrix"));
        Assert.True(before.Headers.ContainsKey("Age"));
        Assert.Equal(["1", "Kleine verbetering"], before.Document.QuerySelectorAll($"tr[data-key='{action}'] td").Select(td => td.TextContent.Trim()).ToList()[^2..]);

        await w.ControlAsync("close", activity);

        Assert.Equal(FeedOutcome.Delivered, await FedAsync(activity));
        var rate = await w.Client.OpenAsync(s.Url($"/actions/{action}/rate"));
        Assert.Equal("3,3 (van 1 tot 5, sd 1,7)", rate.Text("[data-summary=impact]"));
        Assert.Equal("2,0 (van 1 tot 3, sd 0,8)", rate.Text("[data-summary=effort]"));
        Assert.Equal(3, rate.Document.QuerySelectorAll("#ratings tbody tr").Length);
        Assert.Contains("Els", rate.Text("#ratings tbody"), StringComparison.Ordinal);
        var matrix = await w.Client.OpenAsync(s.Url("/matrix"));
        var cells = matrix.Document.QuerySelectorAll($"tr[data-key='{action}'] td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["3", "Quick win"], cells[^2..]);
    }
}
