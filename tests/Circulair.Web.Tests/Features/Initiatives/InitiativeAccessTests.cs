using System.Globalization;
using System.Net;
using Circulair.Organisations;
using Circulair.Web.Platform.OpenXml;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Initiatives;

/// <summary>
/// Every route of the inventory, found from the app's own endpoints: another organisation's member gets 404 on all
/// of them (GET and POST), and an initiative of another organisation answers 404 inside one's own.
/// </summary>
public sealed class InitiativeAccessTests(SharedApp app)
{
    private IReadOnlyList<string> Routes() =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/o/{org}/initiatives", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static string Fill(string route, string slug, int initiativeId) =>
        route.Replace("{org}", slug, StringComparison.Ordinal).Replace("{initiativeId:int}", initiativeId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Fact]
    public void The_feature_has_the_routes_of_the_issue()
    {
        Assert.Equal(
            ["/o/{org}/initiatives", "/o/{org}/initiatives/export.xlsx", "/o/{org}/initiatives/import", "/o/{org}/initiatives/matrix", "/o/{org}/initiatives/new",
             "/o/{org}/initiatives/{initiativeId:int}", "/o/{org}/initiatives/{initiativeId:int}/delete", "/o/{org}/initiatives/{initiativeId:int}/edit"],
            Routes());
    }

    [Fact]
    public async Task A_member_of_another_organisation_gets_404_on_every_initiative_route()
    {
        var (mine, _) = await app.SignedInAsync();
        var id = await app.AddInitiativeAsync(mine, "Geheim");
        var (_, stranger) = await app.SignedInAsync(OrganisationRole.Beheerder);
        var token = (await stranger.OpenAsync("/organisations")).AntiforgeryToken;

        foreach (var route in Routes())
        {
            var url = Fill(route, mine.Slug, id);
            Assert.True(HttpStatusCode.NotFound == (await stranger.GetAsync(url)).Status, $"GET {url}");
            foreach (var handler in new[] { "", "?handler=Confirm" })
            {
                var post = await stranger.PostAsync(url + handler, [new("__RequestVerificationToken", token), new("Initiative.Name", "Overgenomen"), new("Initiative.Domain", "andere"), new("Initiative.Status", "Lopend"), new("Initiative.TargetGroups", "Burgers")]);
                Assert.True(HttpStatusCode.NotFound == post.Status, $"POST {url}{handler}: {(int)post.Status}");
            }
        }
        Assert.Equal("Geheim", Assert.Single(await app.InitiativesAsync(mine)).Name);
    }

    [Fact]
    public async Task An_initiative_of_another_organisation_answers_404_inside_ones_own_and_never_shows()
    {
        var (theirs, _) = await app.SignedInAsync();
        var foreignId = await app.AddInitiativeAsync(theirs, "Vreemd initiatief");
        var (mine, client) = await app.SignedInAsync(OrganisationRole.Beheerder);
        var token = (await client.OpenAsync(mine.Url("/initiatives"))).AntiforgeryToken;

        foreach (var route in Routes().Where(r => r.Contains("{initiativeId:int}", StringComparison.Ordinal)))
        {
            var url = Fill(route, mine.Slug, foreignId);
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(url)).Status, $"GET {url}");
            var post = await client.PostAsync(url, [new("__RequestVerificationToken", token), new("Initiative.Name", "Overgenomen"), new("Initiative.Domain", "andere"), new("Initiative.Status", "Lopend"), new("Initiative.TargetGroups", "Burgers")]);
            Assert.True(post.Status is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST {url}: {(int)post.Status}");
        }

        var foreign = Assert.Single(await app.InitiativesAsync(theirs));
        Assert.Equal("Vreemd initiatief", foreign.Name);
        Assert.DoesNotContain("Vreemd", (await client.OpenAsync(mine.Url("/initiatives"))).MainText, StringComparison.Ordinal);
        Assert.StartsWith("0 initiatieven.", (await client.OpenAsync(mine.Url("/initiatives/matrix"))).Text("#matrix-summary"), StringComparison.Ordinal);
        var export = await client.GetAsync(mine.Url("/initiatives/export.xlsx"));
        Assert.Empty(TableFile.Read(export.Bytes, "x.xlsx", "Initiatieven", 10).Rows);
    }
}
