using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Strategy;
using Circulair.Trajectory;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Strategy;

/// <summary>
/// Issue 13 item 7 (decision 0246) in a browser, with JavaScript on and off: from the ideas backlog to the page that
/// merges or hides ideas before a vote; a merge without a choice is refused, then a duplicate is merged, another idea
/// hidden, and the hiding undone. Every page passes axe.
/// </summary>
public sealed class IdeaConvergeJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Merges_a_duplicate_and_hides_and_shows_an_idea_with_plain_forms(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var (trajectoryId, kept, duplicate, offTopic) = await app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var trajectory = new StrategyTrajectory(org.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            StrategyIdea Idea(string title, int votes)
            {
                var idea = new StrategyIdea(org.Id, trajectory.Id, title, IdeaTechnique.Brainwriting, now);
                idea.SetVotes(votes);
                db.StrategyIdeas.Add(idea);
                return idea;
            }
            var a = Idea("Repair café in de bib", 5);
            var b = Idea("Repaircafé in de bibliotheek", 3);
            var c = Idea("Meer parkeerplaatsen", 1);
            await db.SaveChangesAsync();
            return (trajectory.Id, a.Id, b.Id, c.Id);
        });
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);
        var page = await session.OpenAsync(org.Url($"/trajectories/{trajectoryId}/ideas"));
        await session.ClickAsync(page.Locator("#converge-link"));
        Assert.Equal(org.Url($"/trajectories/{trajectoryId}/ideas/converge"), session.Path);

        // Merging without choosing the idea to keep is refused, with the error summary.
        await session.ClickAsync(page.Locator($"#idea-{duplicate} button[data-action=merge]"));
        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("Kies het idee waarmee je dit idee samenvoegt.");

        await page.Locator($"#into-{duplicate}").SelectOptionAsync(new SelectOptionValue { Label = "Repair café in de bib" });
        await session.ClickAsync(page.Locator($"#idea-{duplicate} button[data-action=merge]"));
        await Expect(page.Locator($"#merged #idea-{duplicate}")).ToContainTextAsync("opgegaan in: Repair café in de bib");
        await Expect(page.Locator($"#offered #idea-{kept} [data-total]")).ToHaveTextAsync("8 stemmen");

        await session.ClickAsync(page.Locator($"#idea-{offTopic} button[data-action=hide]"));
        await Expect(page.Locator($"#hidden #idea-{offTopic}")).ToBeVisibleAsync();
        await session.ClickAsync(page.Locator($"#idea-{offTopic} button[data-action=show]"));
        await Expect(page.Locator($"#offered #idea-{offTopic}")).ToBeVisibleAsync();
        await Expect(page.Locator("#offered-title")).ToHaveTextAsync("2 ideeën komen in een stemming");
    }
}
