using System.Net;
using Circulair.Organisations;
using Circulair.Strategy;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Tests.Features.Workshops;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>
/// Results never silently overwrite each other (issue 13): votes of different workshop activities add up per
/// activity, a domain vote is evidence the Coördinator takes over (or not), a changed domain decision gets its own
/// date, and a dropped domain that still carries work shows in the golden thread.
/// </summary>
public sealed class ResultsKeptApartTests(SharedApp app)
{
    private static StrategySetup Strategy(WorkshopArrange.Setup w) => new(w.Organisation, w.Facilitator, w.TrajectoryId);

    private Task<int> IdeaAsync(StrategySetup s, string title) =>
        app.WithDbAsync(async (db, _) =>
        {
            var idea = new StrategyIdea(s.Organisation.Id, s.TrajectoryId, title, IdeaTechnique.Brainwriting, Now(app));
            db.StrategyIdeas.Add(idea);
            await db.SaveChangesAsync();
            return idea.Id;
        });

    private Task<Dictionary<string, int>> VotesAsync(StrategySetup s) =>
        app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == s.TrajectoryId).ToDictionaryAsync(i => i.Title, i => i.Votes));

    /// <summary>One participant votes in an open dot vote on the backlog, with the given dots per idea title.</summary>
    private async Task VoteOnIdeasAsync(WorkshopArrange.Setup w, int activity, params (string Title, int Dots)[] dots)
    {
        var items = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == activity).ToDictionaryAsync(i => i.Text, i => i.Id));
        await w.ControlAsync("open", activity);
        using var phone = await WorkshopArrange.JoinAsync(app, w.Code);
        var ballot = await phone.OpenAsync($"/w/{w.Code}");
        await phone.SubmitAsync(ballot, "#vote", WorkshopArrange.Dots([.. dots.Select(d => (items[d.Title], d.Dots))]));
        await w.ControlAsync("close", activity);
    }

    [Fact]
    public async Task Votes_of_different_activities_add_up_and_the_backlog_shows_where_they_came_from()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var s = Strategy(w);
        // A "Hoe kunnen we…" question that got three dots in its own vote.
        var questions = await w.AddActivityAsync("HoeKunnenWe", "Uitdagingen", new() { ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "3" });
        using (var phone = await WorkshopArrange.JoinAsync(app, w.Code, "Dirk"))
        {
            await w.ControlAsync("open", questions);
            var page = await phone.OpenAsync($"/w/{w.Code}");
            await phone.SubmitAsync(page, "#question", new Dictionary<string, string?> { ["question"] = "hoe kunnen we meer herstellen" });
            await w.ControlAsync("startvoting", questions);
            page = await phone.OpenAsync($"/w/{w.Code}");
            await phone.SubmitAsync(page, "#vote", WorkshopArrange.Dots(((await WorkshopArrange.ItemIdsAsync(app, questions)).Single(), 3)));
            await w.ControlAsync("close", questions);
        }
        var bon = await IdeaAsync(s, "Herstelbon voor elk gezin");
        await IdeaAsync(s, "Repair café in de bib");
        var question = "Hoe kunnen we meer herstellen?";

        var first = await w.AddActivityAsync("Stippenstemming", "Eerste ronde", new() { ["Input.Source"] = "Idee", ["Input.Dots"] = "13", ["Input.MaxPerItem"] = "7" });
        await VoteOnIdeasAsync(w, first, ("Herstelbon voor elk gezin", 7), ("Repair café in de bib", 6));
        var second = await w.AddActivityAsync("Stippenstemming", "Tweede ronde", new() { ["Input.Source"] = "Idee", ["Input.Dots"] = "2", ["Input.MaxPerItem"] = "2" });
        await VoteOnIdeasAsync(w, second, ("Herstelbon voor elk gezin", 2));

        // The second vote gave the other ideas no dots: they keep what earlier activities gave them.
        Assert.Equal(new Dictionary<string, int> { ["Herstelbon voor elk gezin"] = 9, ["Repair café in de bib"] = 6, [question] = 3 }, await VotesAsync(s));
        // Closing an activity again replaces that activity's count only: nothing is counted twice.
        await w.ControlAsync("open", second);
        await w.ControlAsync("close", second);
        Assert.Equal(9, (await VotesAsync(s))["Herstelbon voor elk gezin"]);

        var backlog = await w.Client.OpenAsync(s.Url("/ideas"));
        Assert.Equal(["Herstelbon voor elk gezin", "Repair café in de bib", question],
            backlog.Document.QuerySelectorAll("#ideas tbody tr th > a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["7 uit Stakeholderworkshop – Eerste ronde", "2 uit Stakeholderworkshop – Tweede ronde"],
            backlog.Document.QuerySelectorAll($"#idea-{bon} [data-tally]").Select(li => li.TextContent.Trim()));
        Assert.Equal("9", backlog.Text($"#idea-{bon} [data-votes]"));

        // Votes counted outside the workshops (on paper) come on top and leave the workshops' counts alone.
        var edit = await w.Client.OpenAsync(s.Url($"/ideas/{bon}/edit"));
        Assert.Equal("0", edit.ValueOf("Input_Votes"));
        var saved = await w.Client.SubmitAsync(edit, "#idea-form", new Dictionary<string, string?> { ["Input.Votes"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(13, (await VotesAsync(s))["Herstelbon voor elk gezin"]);
        await w.ControlAsync("open", first);
        await w.ControlAsync("close", first);
        Assert.Equal(13, (await VotesAsync(s))["Herstelbon voor elk gezin"]);
    }

    [Fact]
    public async Task A_domain_vote_is_evidence_that_only_a_coordinator_takes_over_with_the_workshop_in_the_history()
    {
        var w = await WorkshopArrange.NewAsync(app, OrganisationRole.Teamlid);
        var s = Strategy(w);
        await app.ShortlistAsync(s, "gebouwde-omgeving", "Veel bouwjobs");
        await app.ShortlistAsync(s, "consumentengoederen", "Restafval daalt te traag");
        var domainId = await app.DomainAsync(s, "gebouwde-omgeving", DomainDecision.Behouden, "Bouwbedrijven trekken mee");
        var activity = await w.AddActivityAsync("Stippenstemming", "Welke domeinen?", new() { ["Input.Source"] = "Domein", ["Input.Dots"] = "1", ["Input.MaxPerItem"] = "1" });
        var items = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == activity).ToDictionaryAsync(i => i.SourceKey!, i => i.Id));
        await w.ControlAsync("open", activity);
        using (var phone = await WorkshopArrange.JoinAsync(app, w.Code, "An"))
        {
            var ballot = await phone.OpenAsync($"/w/{w.Code}");
            await phone.SubmitAsync(ballot, "#vote", WorkshopArrange.Dots((items["consumentengoederen"], 1)));
        }

        // A Teamlid closes the vote: one participant's vote does not move the retained domain's support.
        await w.ControlAsync("close", activity);

        var stored = await app.WithDbAsync(async (db, _) => await db.StrategyDomains.AsNoTracking().SingleAsync(d => d.Id == domainId));
        Assert.Equal((DomainSupport.Hoog, DomainDecision.Behouden), (stored.Support, stored.Decision));
        var page = await w.Client.OpenAsync(s.Url($"/domains/{domainId}"));
        var evidence = page.Text("#support-evidence [data-evidence]");
        Assert.Contains("Stakeholderworkshop – Welke domeinen?", evidence, StringComparison.Ordinal);
        Assert.Contains("0 van 1 deelnemers", evidence, StringComparison.Ordinal);
        Assert.Contains("laag", evidence, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#support-evidence form"));
        var forged = await w.Client.PostAsync(s.Url("/domains/validate?domain=gebouwde-omgeving&handler=Adopt"), [new("evidence", "1"), new("__RequestVerificationToken", page.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);

        // The Coördinator takes it over on the domain page; the history names the workshop.
        var coordinator = await app.NewUserAsync("Coördinator");
        await app.AddMemberAsync(s.Organisation, coordinator, OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(coordinator);
        page = await client.OpenAsync(s.Url($"/domains/{domainId}"));
        var adopted = await client.SubmitAsync(page, "#support-evidence [data-evidence] form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, adopted.Status);

        stored = await app.WithDbAsync(async (db, _) => await db.StrategyDomains.AsNoTracking().SingleAsync(d => d.Id == domainId));
        Assert.Equal((DomainSupport.Laag, DomainDecision.Behouden, "Bouwbedrijven trekken mee"), (stored.Support, stored.Decision, stored.Reason));
        page = await client.OpenAsync(s.Url($"/domains/{domainId}"));
        Assert.Equal("laag", page.Text("#validation dd"));
        Assert.Contains("Stakeholderworkshop – Welke domeinen?", page.Text(".cx-history"), StringComparison.Ordinal);
        Assert.Contains("overgenomen", page.Text("#support-evidence [data-evidence]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_domain_decision_is_dated_on_the_day_it_changed()
    {
        var s = await NewAsync(app);
        var domainId = await app.DomainAsync(s, "gebouwde-omgeving", DomainDecision.Behouden, "Bouwbedrijven trekken mee");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/domains/validate?domain=gebouwde-omgeving"));
        Assert.Equal("2026-02-20", form.ValueOf("Input_DecidedOn"));

        // The reason is reworded, the decision stays: its date stays too.
        await client.SubmitAsync(form, "#validate-form", Form(("Input.Reason", "Bouwbedrijven en de stad trekken mee")));
        var stored = await app.WithDbAsync(async (db, _) => await db.StrategyDomains.AsNoTracking().SingleAsync(d => d.Id == domainId));
        Assert.Equal(new DateOnly(2026, 2, 20), stored.DecidedOn);

        // The decision changes and the form still holds the old date: the new decision is dated today.
        form = await client.OpenAsync(s.Url("/domains/validate?domain=gebouwde-omgeving"));
        await client.SubmitAsync(form, "#validate-form", Form(("Input.Decision", "LatenVallen"), ("Input.Reason", "Geen trekker meer")));

        stored = await app.WithDbAsync(async (db, _) => await db.StrategyDomains.AsNoTracking().SingleAsync(d => d.Id == domainId));
        Assert.Equal((DomainDecision.LatenVallen, StakeholderLabels.Today(app.Clock)), (stored.Decision!.Value, stored.DecidedOn!.Value));
    }

    [Fact]
    public async Task The_golden_thread_flags_a_dropped_domain_that_still_has_goals_and_running_actions()
    {
        var s = await NewAsync(app);
        var domainId = await app.DomainAsync(s, "gebouwde-omgeving", DomainDecision.Behouden, "Bouwbedrijven trekken mee");
        var goal = await app.GoalAsync(domainId);
        var line = await app.LineAsync(goal);
        await app.ActionAsync(s, line, "A01", "Materialenbank", d => d with { Status = ActionStatus.Lopend });
        await app.ActionAsync(s, line, "A02", "Afgewerkte opleiding", d => d with { Status = ActionStatus.Afgerond });
        using var client = await app.LoggedInClientAsync(s.User);
        var before = await client.OpenAsync(s.Url("/thread"));
        Assert.NotNull(before.Document.QuerySelector("#no-orphans"));

        var form = await client.OpenAsync(s.Url("/domains/validate?domain=gebouwde-omgeving"));
        await client.SubmitAsync(form, "#validate-form", Form(("Input.Decision", "LatenVallen"), ("Input.Reason", "Geen trekker meer")));

        var thread = await client.OpenAsync(s.Url("/thread"));
        Assert.Null(thread.Document.QuerySelector("#no-orphans"));
        var flagged = thread.Document.QuerySelectorAll("[data-orphans=dropped] li").ToList();
        var item = Assert.Single(flagged);
        Assert.Equal(s.Url($"/domains/{domainId}"), item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("1 doel(en) en 1 lopende actie(s)", item.TextContent, StringComparison.Ordinal);
        var overview = await client.OpenAsync(s.Url("/strategy"));
        Assert.NotNull(overview.Document.QuerySelector("#orphan-warning"));
    }
}
