using System.Net;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Strategy;
using Circulair.Web.Tests.Features.PublicSite;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.FollowUp;

/// <summary>Strategy versions saved on demand, the compare page and the decision log (issue 16 item 6, decision 0311).</summary>
public sealed class StrategyVersionTests(SharedApp app)
{
    [Fact]
    public async Task A_saved_version_compared_with_the_current_strategy_shows_what_was_added_removed_moved_and_changed()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app, publish: false);
        var s = seeded.S;
        var decisionId = await app.WithDbAsync((db, _) => db.PoliticalDecisions.Where(d => d.TrajectoryId == s.TrajectoryId).Select(d => d.Id).SingleAsync());
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url("/versions"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var saved = await client.SubmitAsync(page, "#save-version-form", Form(("Input.Name", "Ontwerp voor het college"), ("Input.DecisionId", decisionId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var version = await app.WithDbAsync((db, _) => db.StrategyVersions.AsNoTracking().SingleAsync(v => v.TrajectoryId == s.TrajectoryId));
        Assert.Equal((1, "Ontwerp voor het college", 3, decisionId), (version.Number, version.Name, version.ActionCount, version.PoliticalDecisionId!.Value));

        var otherLine = await app.LineAsync(seeded.GoalId, "Eigen gebouwen");
        await app.WithDbAsync(async db =>
        {
            var moved = await db.PlannedActions.Include(a => a.Line).ThenInclude(l => l!.Goal).ThenInclude(g => g.Domain).SingleAsync(a => a.Id == seeded.PersonAction);
            var line = await db.ActionLines.Include(l => l.Goal).ThenInclude(g => g.Domain).SingleAsync(l => l.Id == otherLine);
            moved.PlaceIn(line, await db.PlannedActions.Where(a => a.ActionLineId == otherLine).ToListAsync());
            var changed = await db.PlannedActions.SingleAsync(a => a.Id == seeded.CompanyAction);
            changed.Describe(changed.Details with { Title = "Hergebruikpunt in elke wijk" }, Now(app));
            db.PlannedActions.Remove(await db.PlannedActions.SingleAsync(a => a.Id == seeded.MemberAction));
            await db.SaveChangesAsync();
        });
        var added = await app.ActionAsync(s, otherLine, "A4", "Materialenpaspoort");

        var compare = await client.GetAsync(s.Url($"/versions/compare?from=s{version.Id}&to=current"));
        Assert.Equal(HttpStatusCode.OK, compare.Status);
        Assert.Equal("Added", compare.Document.GetElementById($"change-action-{added}")!.GetAttribute("data-kind"));
        Assert.Equal("Removed", compare.Document.GetElementById($"change-action-{seeded.MemberAction}")!.GetAttribute("data-kind"));
        Assert.Equal("true", compare.Document.GetElementById($"change-action-{seeded.PersonAction}")!.GetAttribute("data-moved"));
        Assert.Contains("Eigen gebouwen", compare.Text($"#change-action-{seeded.PersonAction} [data-move]"), StringComparison.Ordinal);
        Assert.Equal("Hergebruikpunt", compare.Text($"#change-action-{seeded.CompanyAction} [data-field=Title] [data-before]"));
        Assert.Equal("Hergebruikpunt in elke wijk", compare.Text($"#change-action-{seeded.CompanyAction} [data-field=Title] [data-after]"));
        Assert.Equal("Added", compare.Document.GetElementById($"change-line-{otherLine}")!.GetAttribute("data-kind"));

        var log = await client.GetAsync(s.Url("/decisions"));
        Assert.Contains("Ontwerp voor het college", log.Text($"#decision-{decisionId} .cx-approved-version"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_texts_are_compared_word_by_word()
    {
        var s = await NewAsync(app);
        var goal = await app.GoalAsync(await app.DomainAsync(s), "Vanaf 2027 bouwt de stad circulair");
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url("/versions"));
        await client.SubmitAsync(page, "#save-version-form", Form(("Input.Name", "Eerste ontwerp")));
        await app.WithDbAsync(async db =>
        {
            var g = await db.StrategyGoals.SingleAsync(x => x.Id == goal);
            g.Describe(g.Details with { Statement = "Vanaf 2028 bouwt de hele stad circulair" });
            await db.SaveChangesAsync();
        });
        var id = await app.WithDbAsync((db, _) => db.StrategyVersions.Where(v => v.TrajectoryId == s.TrajectoryId).Select(v => v.Id).SingleAsync());

        var compare = await client.GetAsync(s.Url($"/versions/compare?from=s{id}"));

        var cell = compare.Document.QuerySelector($"#change-goal-{goal} [data-word-diff]")!;
        Assert.Equal(["2027"], cell.QuerySelectorAll("del").Select(e => e.TextContent.Trim()));
        Assert.Equal(["2028", "hele"], cell.QuerySelectorAll("ins").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task A_version_of_another_organisation_or_a_nonsense_reference_answers_404_and_a_teamlid_cannot_save()
    {
        var mine = await NewAsync(app);
        var theirs = await NewAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.StrategyVersions.Add(StrategyVersion.Save(theirs.Organisation.Id, theirs.TrajectoryId, [], "Geheim", AdoptedStrategy.Of([], []), null, null, Now(app)));
            await db.SaveChangesAsync();
        });
        var foreign = await app.WithDbAsync((db, _) => db.StrategyVersions.Where(v => v.TrajectoryId == theirs.TrajectoryId).Select(v => v.Id).SingleAsync());
        using var client = await app.LoggedInClientAsync(mine.User);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(mine.Url($"/versions/compare?from=s{foreign}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(mine.Url("/versions/compare?from=x1"))).Status);

        var teamlid = await app.NewUserAsync();
        await app.AddMemberAsync(mine.Organisation, teamlid, OrganisationRole.Teamlid);
        using var other = await app.LoggedInClientAsync(teamlid);
        var page = await other.OpenAsync(mine.Url("/versions"));
        Assert.Null(page.Document.QuerySelector("#save-version-form"));
        var refused = await other.PostAsync(mine.Url("/versions"), [new("Input.Name", "Stiekem"), new("__RequestVerificationToken", page.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task A_version_without_a_name_is_refused_with_the_error_summary_and_nothing_is_saved()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url("/versions"));
        var refused = await client.SubmitAsync(page, "#save-version-form", Form(("Input.Name", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.NotEmpty(refused.ErrorSummary);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.StrategyVersions.CountAsync(v => v.TrajectoryId == s.TrajectoryId)));
    }
}
