using System.Net;
using Circulair.Strategy;
using Circulair.Web.Tests.Features.Workshops;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>
/// Issue 13 item 7 (decision 0246): before a dot vote, a duplicate idea is merged into the idea it repeats and an idea is
/// hidden; both keep their votes and lineage, neither reaches a phone (also not in a vote planned earlier), and each step
/// can be undone.
/// </summary>
public sealed class IdeaConvergeTests(SharedApp app)
{
    private Task<int> IdeaAsync(WorkshopArrange.Setup w, string title, int votes) =>
        app.WithDbAsync(async (db, _) =>
        {
            var idea = new StrategyIdea(w.Organisation.Id, w.TrajectoryId, title, IdeaTechnique.Brainwriting, app.Clock.GetUtcNow().UtcDateTime);
            idea.Describe(title, null, IdeaTechnique.Brainwriting, null, null, null, null, "Tafel 2");
            idea.SetVotes(votes);
            db.StrategyIdeas.Add(idea);
            await db.SaveChangesAsync();
            return idea.Id;
        });

    private Task<List<string>> ItemTextsAsync(int activityId) =>
        app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == activityId).OrderBy(i => i.Position).Select(i => i.Text).ToListAsync());

    private static string Converge(WorkshopArrange.Setup w) => w.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas/converge");

    /// <summary>Opens the page and sends the idea's own form for the step (no JavaScript), choosing <paramref name="into"/> for a merge.</summary>
    private static async Task<Page> StepAsync(WorkshopArrange.Setup w, string handler, int ideaId, string? into = null)
    {
        var page = await w.Client.OpenAsync(Converge(w));
        var values = new Dictionary<string, string?>();
        if (into is not null)
        {
            values["into"] = into;
        }
        return await w.Client.SubmitAsync(page, $"#idea-{ideaId} form[action$='handler={handler}']", values);
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Merged_and_hidden_ideas_keep_their_votes_and_never_reach_a_phone_also_in_a_vote_planned_before()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var kept = await IdeaAsync(w, "Repair café in de bib", 7);
        var duplicate = await IdeaAsync(w, "Repaircafé in de bibliotheek", 6);
        var other = await IdeaAsync(w, "Herstelbon voor elk gezin", 2);
        var offTopic = await IdeaAsync(w, "Meer parkeerplaatsen", 1);
        var planned = await w.AddActivityAsync("Stippenstemming", "Welk idee eerst?", new() { ["Input.Source"] = "Idee", ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "2" });
        Assert.Equal(4, (await ItemTextsAsync(planned)).Count);

        var merged = await StepAsync(w, "merge", duplicate, Id(kept));
        var hidden = await StepAsync(w, "hide", offTopic);

        Assert.Equal(HttpStatusCode.Redirect, merged.Status);
        Assert.Equal(HttpStatusCode.Redirect, hidden.Status);
        // The vote planned before no longer offers them; a vote planned now does not either.
        Assert.Equal(["Repair café in de bib", "Herstelbon voor elk gezin"], await ItemTextsAsync(planned));
        var later = await w.AddActivityAsync("Stippenstemming", "Nog een stemming", new() { ["Input.Source"] = "Idee", ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "2" });
        Assert.Equal(["Repair café in de bib", "Herstelbon voor elk gezin"], await ItemTextsAsync(later));
        // Nothing was lost: the duplicate keeps its 6 votes and its origin, and they count for the idea it went into.
        var ideas = await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == w.TrajectoryId).ToDictionaryAsync(i => i.Id));
        Assert.Equal((6, kept, "Tafel 2"), (ideas[duplicate].Votes, ideas[duplicate].MergedIntoIdeaId!.Value, ideas[duplicate].ContributedBy));
        Assert.NotNull(ideas[offTopic].HiddenAt);
        Assert.Equal(1, ideas[offTopic].Votes);
        var backlog = await w.Client.OpenAsync(w.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas"));
        Assert.Null(backlog.Document.GetElementById($"idea-{duplicate}"));
        Assert.StartsWith("13", backlog.Text($"#idea-{kept} [data-votes]"));
        Assert.Contains("Repaircafé in de bibliotheek", backlog.Text($"#idea-{kept} [data-merged-here]"));
        Assert.NotNull(backlog.Document.QuerySelector($"#idea-{offTopic} [data-hidden]"));

        // The phone of the planned vote shows only what is offered; the dots for the kept idea add to its own votes.
        using var phone = await WorkshopArrange.JoinAsync(app, w.Code, "Anna");
        await w.ControlAsync("open", planned);
        var ballot = await phone.OpenAsync($"/w/{w.Code}");
        Assert.DoesNotContain("Repaircafé in de bibliotheek", ballot.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Meer parkeerplaatsen", ballot.MainText, StringComparison.Ordinal);
        var items = await app.WithDbAsync(async (db, _) => await db.WorkshopItems.Where(i => i.WorkshopActivityId == planned).ToDictionaryAsync(i => i.Text, i => i.Id));
        await phone.SubmitAsync(ballot, "#vote", WorkshopArrange.Dots((items["Repair café in de bib"], 2)));
        await w.ControlAsync("close", planned);
        var after = await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.Id == kept || i.Id == duplicate).ToDictionaryAsync(i => i.Id, i => i.Votes));
        Assert.Equal(9, after[kept]);
        Assert.Equal(6, after[duplicate]);
    }

    [Fact]
    public async Task Each_step_can_be_undone_and_a_planned_vote_gets_the_idea_back()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var kept = await IdeaAsync(w, "Deelplatform voor gereedschap", 3);
        var duplicate = await IdeaAsync(w, "Gereedschap delen via een platform", 2);
        var hiddenIdea = await IdeaAsync(w, "Zwerfvuilactie", 0);
        await StepAsync(w, "merge", duplicate, Id(kept));
        await StepAsync(w, "hide", hiddenIdea);
        var planned = await w.AddActivityAsync("Stippenstemming", "Stemming", new() { ["Input.Source"] = "Idee", ["Input.Dots"] = "3", ["Input.MaxPerItem"] = "2" });
        Assert.Equal(["Deelplatform voor gereedschap"], await ItemTextsAsync(planned));

        var page = await w.Client.OpenAsync(w.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas/converge"));
        Assert.NotNull(page.Document.QuerySelector($"#merged #idea-{duplicate} [data-into='{kept}']"));
        Assert.NotNull(page.Document.QuerySelector($"#hidden #idea-{hiddenIdea}"));
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(w, "unmerge", duplicate)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(w, "show", hiddenIdea)).Status);

        Assert.Equal(["Deelplatform voor gereedschap", "Gereedschap delen via een platform", "Zwerfvuilactie"], await ItemTextsAsync(planned));
        var ideas = await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == w.TrajectoryId).ToListAsync());
        Assert.All(ideas, i => Assert.True(i.HiddenAt is null && i.MergedIntoIdeaId is null));
        var backlog = await w.Client.OpenAsync(w.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas"));
        Assert.Equal("2", backlog.Text($"#idea-{duplicate} [data-votes]"));
    }

    [Fact]
    public async Task A_merge_into_itself_into_a_merged_idea_or_without_a_choice_is_refused_with_a_message_and_changes_nothing()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var a = await IdeaAsync(w, "Kringwinkel in elke deelgemeente", 4);
        var b = await IdeaAsync(w, "Meer kringwinkels", 1);
        var c = await IdeaAsync(w, "Tweedehandsmarkt", 2);
        await StepAsync(w, "merge", b, Id(a));

        var none = await StepAsync(w, "merge", c, "");
        var self = await StepAsync(w, "merge", c, Id(c));
        var intoMerged = await StepAsync(w, "merge", c, Id(b));
        // The page offers no merge for an idea others went into; a page opened before that could still send one.
        var stale = await w.Client.OpenAsync(Converge(w));
        Assert.Null(stale.Document.QuerySelector($"#idea-{a} form[action$='handler=merge']"));
        var chain = await w.Client.PostAsync(Converge(w) + "?handler=merge", [new("ideaId", Id(a)), new("into", Id(c)), new("__RequestVerificationToken", stale.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.Status);
        Assert.Equal(["Kies het idee waarmee je dit idee samenvoegt."], none.ErrorSummary);
        Assert.StartsWith("Fout: ", none.Title, StringComparison.Ordinal);
        Assert.Equal("Kies het idee waarmee je dit idee samenvoegt.", none.FieldError($"into-{c}"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.Status);
        Assert.Equal(["Een idee kan je niet met zichzelf samenvoegen."], self.ErrorSummary);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, intoMerged.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, chain.Status);
        Assert.Contains("niet samengevoegd", chain.ErrorSummary.Single(), StringComparison.Ordinal);
        var ideas = await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == w.TrajectoryId).ToDictionaryAsync(i => i.Id, i => i.MergedIntoIdeaId));
        Assert.Equal([null, a, null], new[] { ideas[a], ideas[b], ideas[c] });
    }

    [Fact]
    public async Task The_undo_says_what_it_did_in_Dutch_and_the_backlog_links_to_the_page_for_a_team_member_only()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var idea = await IdeaAsync(w, "Statiegeld op blikjes", 0);
        var hidden = await StepAsync(w, "hide", idea);
        Assert.Equal(Converge(w) + $"#idea-{idea}", hidden.Location);
        var after = await w.Client.OpenAsync(Converge(w));
        Assert.Equal("„Statiegeld op blikjes” is verborgen: het komt niet meer in een stemming.", after.Text(".cx-flash"));
        Assert.Equal("Geen enkel idee komt nu in een stemming.", after.Text("#offered .cx-empty"));
        await StepAsync(w, "show", idea);
        var shown = await w.Client.OpenAsync(Converge(w));
        Assert.Equal("„Statiegeld op blikjes” komt weer in een stemming.", shown.Text(".cx-flash"));
        Assert.Equal("1 idee komt in een stemming", shown.Text("#offered-title"));

        var backlog = await w.Client.OpenAsync(w.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas"));
        Assert.Equal(Converge(w), backlog.Document.QuerySelector("#converge-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_reader_gets_403_and_another_organisation_gets_404_and_nothing_changes()
    {
        var w = await WorkshopArrange.NewAsync(app);
        var idea = await IdeaAsync(w, "Herbruikbare bekers op evenementen", 3);
        var other = await IdeaAsync(w, "Bekers huren", 1);
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(w.Organisation, reader, Circulair.Organisations.OrganisationRole.Lezer);
        using var readerClient = await app.LoggedInClientAsync(reader);

        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(Converge(w))).Status);
        var backlog = await readerClient.OpenAsync(w.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas"));
        Assert.Null(backlog.Document.QuerySelector("#converge-link"));
        var readerHide = await readerClient.PostAsync(Converge(w) + "?handler=hide", [new("ideaId", Id(idea)), new("__RequestVerificationToken", backlog.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, readerHide.Status);

        // Another organisation: its own page with this trajectory, or its own trajectory with this idea, is not found.
        var stranger = await WorkshopArrange.NewAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(Converge(w))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(stranger.Organisation.Url($"/trajectories/{w.TrajectoryId}/ideas/converge"))).Status);
        var own = await stranger.Client.OpenAsync(Converge(stranger));
        var strangerHide = await stranger.Client.PostAsync(Converge(stranger) + "?handler=hide", [new("ideaId", Id(idea)), new("__RequestVerificationToken", own.AntiforgeryToken)]);
        var strangerMerge = await stranger.Client.PostAsync(Converge(stranger) + "?handler=merge", [new("ideaId", Id(other)), new("into", Id(idea)), new("__RequestVerificationToken", own.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.NotFound, strangerHide.Status);
        Assert.Equal(HttpStatusCode.NotFound, strangerMerge.Status);
        // Its own idea cannot be merged into this organisation's idea either.
        var theirs = await IdeaAsync(stranger, "Bekerwasstraat", 0);
        await IdeaAsync(stranger, "Bekers met statiegeld", 0);
        var crossMerge = await stranger.Client.SubmitAsync(await stranger.Client.OpenAsync(Converge(stranger)), $"#idea-{theirs} form[action$='handler=merge']", new Dictionary<string, string?> { ["into"] = Id(idea) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, crossMerge.Status);

        var ideas = await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.Id == idea || i.Id == other || i.Id == theirs).ToListAsync());
        Assert.All(ideas, i => Assert.True(i.HiddenAt is null && i.MergedIntoIdeaId is null));
    }
}
