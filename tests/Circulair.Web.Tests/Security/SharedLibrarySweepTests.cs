using System.Net;
using Circulair.Library.Sharing;
using Circulair.Strategy;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Security;

/// <summary>
/// The tenant sweep extended to the instance-wide library (decision 0281): every route below /library that takes an
/// id — enumerated from the endpoints, not listed by hand — answers 404 for an item of another organisation that is
/// proposed, refused or withdrawn, and the clone page of one's own organisation does too; the lists never show them.
/// The demo organisation's published item is the positive control: it is found, so the sweep is not vacuous.
/// </summary>
public sealed class SharedLibrarySweepTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    private async Task<(List<(int Id, string Title)> Hidden, int Published)> ArrangeAsync() =>
        await app.WithDbAsync(async (db, _) =>
        {
            var action = await db.PlannedActions.Where(a => a.OrganisationId == app.Demo.Id).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
                .OrderBy(a => a.Id).FirstAsync();
            var now = DateTime.UtcNow;
            SharedLibraryItem Item(string title) => new(app.Demo.Id, app.Demo.Name, action.Id, SharedSnapshot.OfAction(action, null, null, []) with { Title = title }, false, false, null, now);
            var proposed = Item("Verborgen-voorstel-" + Guid.NewGuid().ToString("N")[..6]);
            var refused = Item("Verborgen-geweigerd-" + Guid.NewGuid().ToString("N")[..6]);
            refused.Refuse(null);
            var withdrawn = Item("Verborgen-ingetrokken-" + Guid.NewGuid().ToString("N")[..6]);
            withdrawn.Approve(null, now);
            withdrawn.Withdraw(null, now);
            db.SharedLibraryItems.AddRange(proposed, refused, withdrawn);
            await db.SaveChangesAsync();
            var published = await db.SharedLibraryItems.Where(i => i.OrganisationId == app.Demo.Id && i.Status == SharedItemStatus.Gepubliceerd).Select(i => i.Id).FirstAsync();
            return (new List<(int, string)> { (proposed.Id, proposed.Title), (refused.Id, refused.Title), (withdrawn.Id, withdrawn.Title) }, published);
        });

    private List<RoutePattern> LibraryRoutesWithId() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .Where(p => p.RawText!.TrimStart('/').StartsWith("library", StringComparison.Ordinal) && p.Parameters.Any(x => x.ParameterKind == RoutePatternParameterKind.Standard && x.ParameterPolicies.Any(pp => pp.Content == "int")))
            .DistinctBy(p => p.RawText)
            .ToList();

    private static string Fill(RoutePattern route, int id) =>
        "/" + string.Join('/', route.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternSeparatorPart sep => sep.Content,
            RoutePatternParameterPart => id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "",
        }))));

    [Fact]
    public async Task Unpublished_items_of_another_organisation_answer_404_on_every_library_route_and_never_show_in_lists()
    {
        var (hidden, published) = await ArrangeAsync();
        var routes = LibraryRoutesWithId();
        Assert.Contains(routes, r => r.RawText!.TrimStart('/') == "library/shared/{id:int}");
        using var outsider = await app.LoggedInClientAsync(app.Outsider);
        var token = (await outsider.OpenAsync(app.Own.Url())).AntiforgeryToken;
        var failures = new List<string>();

        foreach (var route in routes)
        {
            // The shared library's own routes show a published item and answer 404 for the others; any other library
            // route with an id (e.g. an administrator's page) must at least never show an unpublished item.
            var sharedRoute = route.RawText!.TrimStart('/').StartsWith("library/shared", StringComparison.Ordinal);
            if (sharedRoute)
            {
                Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync(Fill(route, published))).Status);
            }
            foreach (var (id, title) in hidden)
            {
                var url = Fill(route, id);
                var answer = await outsider.GetAsync(url);
                if (sharedRoute ? answer.Status != HttpStatusCode.NotFound : answer.Status == HttpStatusCode.OK && answer.Html.Contains(title, StringComparison.Ordinal))
                {
                    failures.Add($"GET {url} answered {(int)answer.Status}");
                }
            }
        }
        foreach (var (id, _) in hidden)
        {
            var copy = app.Own.Url($"/library/copy?item={id}");
            if ((await outsider.GetAsync(copy)).Status != HttpStatusCode.NotFound)
            {
                failures.Add($"GET {copy}");
            }
            if ((await outsider.PostAsync(copy, [new("__RequestVerificationToken", token), new("Input.Kind", "Idea"), new("Input.Title", "x")])).Status != HttpStatusCode.NotFound)
            {
                failures.Add($"POST {copy}");
            }
        }
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync(app.Own.Url($"/library/copy?item={published}"))).Status);

        var lists = (await outsider.OpenAsync("/library/shared")).MainText + (await outsider.OpenAsync("/library")).MainText;
        foreach (var (_, title) in hidden)
        {
            if (lists.Contains(title, StringComparison.Ordinal))
            {
                failures.Add($"list shows {title}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(0, await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.CountAsync(i => i.OrganisationId == app.Own.Id)));
    }

    [Fact]
    public async Task The_demo_published_one_action_and_cloned_two_cases()
    {
        var (items, clones) = await app.WithDbAsync(async (db, _) => (
            await db.SharedLibraryItems.Where(i => i.OrganisationId == app.Demo.Id && i.Status == SharedItemStatus.Gepubliceerd).ToListAsync(),
            await db.PlannedActions.CountAsync(a => a.OrganisationId == app.Demo.Id && a.SourceCaseKey != null)
                + await db.StrategyIdeas.CountAsync(i => i.OrganisationId == app.Demo.Id && i.SourceCaseKey != null)));
        var item = Assert.Single(items);
        Assert.Equal(SharedItemKind.Action, item.Kind);
        Assert.False(item.IncludesPersonalData);
        Assert.Equal(2, clones);
        using var outsider = await app.LoggedInClientAsync(app.Outsider);
        var page = await outsider.OpenAsync($"/library/shared/{item.Id}");
        Assert.Contains(app.Demo.Name, page.Text("#published-by"), StringComparison.Ordinal);
    }
}
