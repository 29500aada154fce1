using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Scan;
using Circulair.Trajectory;
using Circulair.Vision;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Strategy;

/// <summary>
/// Phase 2 as a team walks it: from a domain on the scan's shortlist to a prioritised action — validate the domain
/// (refused once), a SMART goal, an action line, an action, a score on the impact/effort matrix, then a new score by
/// dragging the point (JavaScript) or with the form (without), and the action table with its export links.
/// </summary>
public sealed class StrategyJourneyTests(SharedBrowserApp app)
{
    private async Task<(TestOrganisation Org, TestUser User, int TrajectoryId)> ShortlistAsync()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var trajectoryId = await app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var trajectory = new StrategyTrajectory(org.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            var canvas = new VisionCanvas(org.Id, trajectory.Id, now);
            canvas.Describe(null, null, null, "In 2035 is onze gemeente een plek waar niets verloren gaat.", VisionFocus.None, now);
            db.VisionCanvases.Add(canvas);
            var assessment = new ScanDomainAssessment(org.Id, "gebouwde-omgeving");
            assessment.Describe(null, [], null, null, null, null, "Veel bouw- en sloopafval");
            assessment.MarkPromising("Veel bouwbedrijven willen mee", now);
            db.ScanDomainAssessments.Add(assessment);
            await db.SaveChangesAsync();
            return trajectory.Id;
        });
        return (org, user, trajectoryId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Builds_a_strategy_from_a_shortlisted_domain_to_a_prioritised_action(bool javaScript)
    {
        var (org, user, trajectoryId) = await ShortlistAsync();
        var strategy = org.Url($"/trajectories/{trajectoryId}");
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);
        var page = await session.OpenAsync(org.Url("/strategy"));
        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de strategie" });

        // 1. Validate the shortlisted domain; a decision without a reason is refused first.
        await session.ClickAsync(page.Locator("#strategies").GetByRole(AriaRole.Link, new() { Name = "Actiedomeinen" }));
        Assert.Equal($"{strategy}/domains", session.Path);
        await session.ClickAsync(page.Locator("tr[data-domain=gebouwde-omgeving]").GetByRole(AriaRole.Link));
        await page.GetByRole(AriaRole.Radio, new() { Name = "hoog" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Behouden" }).CheckAsync();
        await session.ClickAsync(page.Locator("#validate-form").GetByRole(AriaRole.Button));
        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        if (javaScript)
        {
            await Expect(page.Locator(".cx-error-summary")).ToBeFocusedAsync();
        }
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Behouden" })).ToBeCheckedAsync();
        await page.Locator("#Input_Reason").FillAsync("Bouwbedrijven en de woonmaatschappij trekken mee");
        await session.ClickAsync(page.Locator("#validate-form").GetByRole(AriaRole.Button));
        Assert.Equal($"{strategy}/domains", session.Path);
        await Expect(page.Locator("tr[data-domain=gebouwde-omgeving]")).ToContainTextAsync("Behouden");

        // 2. A goal below the retained domain, with the SMART checklist beside it.
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Doelen en acties" }));
        await session.ClickAsync(page.Locator("#tree-form .cx-tree__domain .cx-tree__add a"));
        await page.Locator("#Input_Statement").FillAsync("Tegen 2030 wordt de helft van het bouw- en sloopafval hoogwaardig hergebruikt");
        await page.Locator("#Input_Indicator").FillAsync("Aandeel hoogwaardig hergebruik");
        await page.Locator("#Input_TargetValue").FillAsync("50");
        await page.Locator("#Input_Unit").FillAsync("%");
        await page.Locator("#Input_BaselineYear").FillAsync("2024");
        if (javaScript)
        {
            // The live checklist follows the typing: "Meetbaar" still lacks a baseline, then it is met.
            var measurable = page.Locator("#smart [data-element=Meetbaar]");
            await Expect(measurable).ToHaveAttributeAsync("data-state", "open");
            await page.Locator("#Input_BaselineValue").FillAsync("20");
            await Expect(measurable).ToHaveAttributeAsync("data-state", "met");
        }
        else
        {
            await page.Locator("#Input_BaselineValue").FillAsync("20");
        }
        await session.ClickAsync(page.Locator("#goal-form").GetByRole(AriaRole.Button, new() { Name = "Doel bewaren" }));
        Assert.Matches(new Regex($"^{Regex.Escape(strategy)}/goals/\\d+$"), session.Path);
        await Expect(page.Locator("#smart [data-element=Meetbaar]")).ToHaveAttributeAsync("data-state", "met");

        // 3. An action line below the goal, then an action on that line.
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Actielijn toevoegen" }));
        await page.Locator("#Input_Title").FillAsync("Circulaire criteria in elke bouwaanbesteding");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Actielijn bewaren" }));
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Doelen en acties" }));
        await session.ClickAsync(page.Locator(".cx-tree__line .cx-tree__add a"));
        await Expect(page.Locator("#Input_Number")).ToHaveValueAsync("A01");
        await page.Locator("#Input_Title").FillAsync("Materialenbank voor bouwmaterialen");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Actie bewaren" }));
        Assert.Matches(new Regex($"^{Regex.Escape(strategy)}/actions/\\d+$"), session.Path);
        var actionId = session.Path.Split('/').Last();
        // The golden thread runs up to the vision.
        await Expect(page.Locator("main")).ToContainTextAsync("Circulaire criteria in elke bouwaanbesteding");
        await Expect(page.Locator("main")).ToContainTextAsync("niets verloren gaat");

        // 4. Score it on the matrix with the form: high impact, low effort is a quick win.
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Impact/effort (Tool 6)" }));
        await page.Locator("#Input_PlannedActionId").SelectOptionAsync(actionId);
        await page.Locator("#Input_Impact").SelectOptionAsync("5");
        await page.Locator("#Input_Effort").SelectOptionAsync("2");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Score bewaren" }));
        var row = page.Locator($"#matrix tr[data-key='{actionId}']");
        await Expect(row).ToContainTextAsync("Quick win");

        // 5. Re-score: drag the point to high effort and low impact (JavaScript), or use the form (without).
        if (javaScript)
        {
            var point = page.Locator($"#matrix .cx-scatter__point[data-key='{actionId}']");
            await Expect(point).ToHaveClassAsync(new Regex("cx-scatter__point--draggable"));
            await page.Locator("#matrix svg.cx-scatter").ScrollIntoViewIfNeededAsync();
            var from = (await point.BoundingBoxAsync())!;
            var to = await page.EvaluateAsync<float[]>(@"() => {
                const svg = document.querySelector('#matrix svg.cx-scatter');
                const d = svg.dataset, size = Number(d.size);
                const p = svg.createSVGPoint();
                p.x = Number(d.left) + size;          // effort 5
                p.y = Number(d.top) + size;           // impact 1
                const s = p.matrixTransform(svg.getScreenCTM());
                return [s.x, s.y];
            }");
            await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(to[0], to[1], new() { Steps = 8 });
            await page.Mouse.UpAsync();
            var own = page.Locator($"#matrix .cx-scatter__own[data-key='{actionId}']");
            await Expect(page.Locator("#matrix [data-drag-status]")).ToContainTextAsync("A01");
            // After the answer: the own point where it was dropped (one rater, so the mean is there too).
            await Expect(own).ToHaveAttributeAsync("data-own-x", "5");
            await Expect(own).ToHaveAttributeAsync("data-own-y", "1");
        }
        else
        {
            await Expect(page.Locator("#matrix [data-drag-hint]")).ToBeHiddenAsync();
            await page.Locator("#Input_PlannedActionId").SelectOptionAsync(actionId);
            await page.Locator("#Input_Impact").SelectOptionAsync("1");
            await page.Locator("#Input_Effort").SelectOptionAsync("5");
            await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Score bewaren" }));
        }
        await Expect(row).ToContainTextAsync("Vermijden");
        await Expect(page.Locator("#mix-warnings [data-warning=ActionsToAvoid]")).ToBeVisibleAsync();
        // Either way the member's one rating was replaced, not added to.
        await session.OpenAsync($"{strategy}/actions/{actionId}/rate");
        await Expect(page.Locator("#ratings tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-summary=quadrant]")).ToHaveTextAsync("Vermijden");

        // 6. The action table shows the prioritised action and links to its exports.
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Actietabel (Tool 8)" }));
        await Expect(page.Locator("#action-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#action-table tbody tr")).ToContainTextAsync("Vermijden");
        var xlsx = page.GetByRole(AriaRole.Link, new() { Name = "Download als Excel (.xlsx)" });
        await Expect(xlsx).ToHaveAttributeAsync("href", $"{strategy}/table/export.xlsx");
        var file = await page.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, $"{strategy}/table/export.xlsx").ToString());
        Assert.Equal(200, file.Status);
        Assert.StartsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await file.BodyAsync())[..2]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Pages_through_a_large_action_table_with_the_search_kept_and_shows_all_actions_on_request(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var seed = await Circulair.Web.Features.Strategy.StrategyBenchmark.SeedAsync(app.Services, org.Id, actions: 150);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);
        var page = await session.OpenAsync(seed.TablePath);
        var rows = page.Locator("#action-table tbody tr");
        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's van de actietabel" });

        await Expect(rows).ToHaveCountAsync(100);
        await Expect(page.Locator("#action-table caption")).ToHaveTextAsync("Acties 1–100 van 150");
        await Expect(pages.Locator("[aria-current=page]")).ToHaveTextAsync("Pagina 1");

        await session.ClickAsync(pages.GetByRole(AriaRole.Link, new() { Name = "Pagina 2", Exact = true }));
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.Locator("#action-table caption")).ToHaveTextAsync("Acties 101–150 van 150");
        await Expect(rows.First).ToContainTextAsync("A0101");

        // Search from page 2: the search applies to every action and starts again at page 1.
        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync("Benchactie 1");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toepassen" }));
        await Expect(page.Locator("#action-table caption")).ToHaveTextAsync("Acties 1–62 van 62"); // 1, 10–19, 100–150
        await Expect(pages).ToHaveCountAsync(0);

        // Sort by title descending, then show 50 per page: the search stays.
        await session.ClickAsync(page.Locator("#action-table thead").GetByRole(AriaRole.Link, new() { Name = "Actie", Exact = true }));
        await session.ClickAsync(page.Locator("#action-table thead").GetByRole(AriaRole.Link, new() { Name = "Actie", Exact = true }));
        await Expect(page.Locator("#action-table th[data-column=Title]")).ToHaveAttributeAsync("aria-sort", "descending");
        await page.GetByLabel("Acties per pagina", new() { Exact = true }).SelectOptionAsync("50");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toepassen" }));
        await Expect(page.Locator("#action-table caption")).ToHaveTextAsync("Acties 1–50 van 62");
        await session.ClickAsync(pages.GetByRole(AriaRole.Link, new() { Name = "Volgende" }));
        await Expect(rows).ToHaveCountAsync(12);
        await Expect(page.Locator("#action-table th[data-column=Title]")).ToHaveAttributeAsync("aria-sort", "descending");

        // Everything on one page.
        await session.ClickAsync(pages.GetByRole(AriaRole.Link, new() { Name = "Toon alle acties (62)" }));
        await Expect(rows).ToHaveCountAsync(62);
        await Expect(page.GetByLabel("Zoeken", new() { Exact = true })).ToHaveValueAsync("Benchactie 1");
    }
}
