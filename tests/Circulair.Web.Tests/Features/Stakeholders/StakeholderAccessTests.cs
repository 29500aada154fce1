using System.Net;
using Circulair.Organisations;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Stakeholders;

/// <summary>
/// Every stakeholder route, found from the app's own endpoints: another organisation's member gets 404 on them
/// all (GET and POST), and a stakeholder id of another organisation answers 404 even inside one's own.
/// </summary>
public sealed class StakeholderAccessTests(SharedApp app)
{
    private IReadOnlyList<string> Routes() =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/o/{org}/stakeholders", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static readonly string[] FormPages = ["/new", "/edit", "/delete", "/import", "/longlist", "/rate"];

    private static string Fill(string route, string slug, int stakeholderId) =>
        route.Replace("{org}", slug, StringComparison.Ordinal).Replace("{stakeholderId:int}", stakeholderId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Fact]
    public void The_sweep_covers_every_route_of_the_feature()
    {
        Assert.Equal(
            ["/o/{org}/stakeholders", "/o/{org}/stakeholders/contacts", "/o/{org}/stakeholders/export.xlsx", "/o/{org}/stakeholders/grid", "/o/{org}/stakeholders/import",
             "/o/{org}/stakeholders/longlist", "/o/{org}/stakeholders/new", "/o/{org}/stakeholders/rate", "/o/{org}/stakeholders/{stakeholderId:int}", "/o/{org}/stakeholders/{stakeholderId:int}/delete",
             "/o/{org}/stakeholders/{stakeholderId:int}/edit"],
            Routes());
    }

    [Fact]
    public async Task A_member_of_another_organisation_gets_404_on_every_stakeholder_route()
    {
        var (mine, _) = await app.SignedInAsync();
        var id = await app.AddStakeholderAsync(mine, "Geheim");
        var (_, stranger) = await app.SignedInAsync(OrganisationRole.Beheerder);
        var token = (await stranger.OpenAsync("/organisations")).AntiforgeryToken;

        foreach (var route in Routes())
        {
            var url = Fill(route, mine.Slug, id);
            Assert.True(HttpStatusCode.NotFound == (await stranger.GetAsync(url)).Status, $"GET {url}");
            foreach (var handler in new[] { "", "?handler=Move", "?handler=Erase", "?handler=AddGroup", "?handler=RemoveGroup", "?handler=Confirm" })
            {
                var post = await stranger.PostAsync(url + handler, [new("__RequestVerificationToken", token), new("Move.Power", "Hoog"), new("Move.Interest", "Hoog"), new("groupId", "1")]);
                Assert.True(HttpStatusCode.NotFound == post.Status, $"POST {url}{handler}: {(int)post.Status}");
            }
        }
        var s = Assert.Single(await app.StakeholdersAsync(mine));
        Assert.Empty(s.Assessments);
    }

    [Fact]
    public async Task A_stakeholder_or_group_of_another_organisation_answers_404_inside_ones_own()
    {
        var (theirs, _) = await app.SignedInAsync();
        var foreignId = await app.AddStakeholderAsync(theirs, new Circulair.Stakeholders.StakeholderDetails { Name = "Vreemd", ContactEmail = "x@y.example" });
        var foreignGroup = await app.AddGroupAsync(theirs, "Vreemde groep");
        var (mine, client) = await app.SignedInAsync(OrganisationRole.Beheerder);
        var token = (await client.OpenAsync(mine.Url("/stakeholders"))).AntiforgeryToken;

        foreach (var route in Routes().Where(r => r.Contains("{stakeholderId:int}", StringComparison.Ordinal)))
        {
            var url = Fill(route, mine.Slug, foreignId);
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(url)).Status, $"GET {url}");
            var handlers = route.EndsWith("}", StringComparison.Ordinal) ? new[] { "?handler=Move", "?handler=Erase" } : [""];
            foreach (var handler in handlers)
            {
                var post = await client.PostAsync(url + handler, [new("__RequestVerificationToken", token), new("Move.Power", "Hoog"), new("Move.Interest", "Hoog"), new("Stakeholder.Name", "Overgenomen"), new("Stakeholder.Group", "Bedrijven")]);
                Assert.True(HttpStatusCode.NotFound == post.Status, $"POST {url}{handler}: {(int)post.Status}");
            }
        }
        var removeGroup = await client.PostAsync(mine.Url("/stakeholders?handler=RemoveGroup"), [new("__RequestVerificationToken", token), new("groupId", foreignGroup.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.NotFound, removeGroup.Status);

        var foreign = Assert.Single(await app.StakeholdersAsync(theirs));
        Assert.Equal(("Vreemd", "x@y.example"), (foreign.Name, foreign.ContactEmail));
        Assert.Empty(foreign.Assessments);
        var grid = await client.OpenAsync(mine.Url("/stakeholders/grid"));
        Assert.DoesNotContain("Vreemd", grid.MainText, StringComparison.Ordinal);
        var export = await client.GetAsync(mine.Url("/stakeholders/export.xlsx"));
        Assert.DoesNotContain("Vreemd", string.Join(" ", Circulair.Web.Platform.OpenXml.TableFile.Read(export.Bytes, "x.xlsx", "Stakeholders", 10).Rows.SelectMany(r => r.Cells)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_gets_403_on_every_write()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);
        var id = await app.AddStakeholderAsync(org, "Milieuraad");
        var token = (await client.OpenAsync(org.Url("/stakeholders"))).AntiforgeryToken;

        foreach (var route in Routes())
        {
            var url = Fill(route, org.Slug, id);
            // Read pages open; a page that is only a form to write with (new, edit, delete, import, longlist, rate) does not.
            var expected = FormPages.Any(f => route.EndsWith(f, StringComparison.Ordinal)) ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
            Assert.True(expected == (await client.GetAsync(url)).Status, $"GET {url}");
            var post = await client.PostAsync(url, [new("__RequestVerificationToken", token)]);
            Assert.True(HttpStatusCode.Forbidden == post.Status, $"POST {url}: {(int)post.Status}");
        }
    }
}
