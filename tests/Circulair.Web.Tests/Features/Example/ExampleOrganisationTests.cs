using System.Net;
using Circulair.Library.Sharing;
using Circulair.Organisations;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Example;

/// <summary>
/// "Bekijk een voorbeeld" (issue 21 item 6, decision 0292): an empty tool offers the demo content as an example, in
/// the person's own example organisation; their real organisation stays empty and nobody else can open the example.
/// </summary>
public sealed class ExampleOrganisationTests(SharedApp app)
{
    [Fact]
    public async Task An_empty_scan_offers_the_example_which_opens_filled_in_and_leaves_the_own_organisation_empty()
    {
        var (organisation, coordinator) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(coordinator);

        var scan = await client.OpenAsync(organisation.Url("/scan"));
        var link = scan.Document.QuerySelector("#empty-example a")?.GetAttribute("href");
        Assert.Equal("/example?tool=scan", link);

        var intro = await client.OpenAsync(link!);
        Assert.Contains("Demostad (voorbeeld)", intro.MainText, StringComparison.Ordinal);
        Assert.Contains("Maak mijn voorbeeld", intro.Text("#open-example button"), StringComparison.Ordinal);
        var created = await client.SubmitAsync(intro, "#open-example", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Matches(@"^/o/voorbeeld-[0-9a-f]{10}/scan$", created.Location);
        var example = await client.OpenAsync(created.Location!);
        Assert.NotNull(example.Document.QuerySelector(".cx-demo-banner"));
        Assert.Contains("Je voorbeeldorganisatie is klaar", example.MainText + example.Html, StringComparison.Ordinal);
        Assert.Null(example.Document.QuerySelector("#empty-example"));
        var exampleSlug = created.Location!.Split('/')[2];

        var (exampleOrg, ownDatasets, exampleDatasets, members) = await app.WithDbAsync(async (db, _) =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Slug == exampleSlug);
            return (org,
                await db.ScanDatasets.CountAsync(d => d.OrganisationId == organisation.Id),
                await db.ScanDatasets.CountAsync(d => d.OrganisationId == org.Id),
                await db.Memberships.Where(m => m.OrganisationId == org.Id).Select(m => new { m.UserId, m.Role }).ToListAsync());
        });
        Assert.True(exampleOrg.IsDemo);
        Assert.True(exampleDatasets > 0);
        Assert.Equal(0, ownDatasets);
        // The example stays one organisation: no invented neighbours, nothing in the instance's shared library.
        var (ownMemberships, published) = await app.WithDbAsync(async (db, _) => (
            await db.Memberships.CountAsync(m => m.UserId == coordinator.Id),
            await db.SharedLibraryItems.CountAsync(i => i.OrganisationId == exampleOrg.Id)));
        Assert.Equal(2, ownMemberships);
        Assert.Equal(0, published);
        var member = Assert.Single(members);
        Assert.Equal(coordinator.Id, member.UserId);
        Assert.Equal(OrganisationRole.Beheerder, member.Role);

        // The own organisation's scan is still empty and still offers the example.
        var ownScan = await client.OpenAsync(organisation.Url("/scan"));
        Assert.NotNull(ownScan.Document.QuerySelector("#empty-example"));
    }

    [Fact]
    public async Task Asking_again_from_another_tool_opens_the_same_example_at_that_tool()
    {
        var (_, coordinator) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(coordinator);
        var first = await client.SubmitAsync(await client.OpenAsync("/example?tool=stakeholders"), "#open-example", new Dictionary<string, string?>());
        var slug = first.Location!.Split('/')[2];
        Assert.Equal($"/o/{slug}/stakeholders", first.Location);

        var again = await client.OpenAsync("/example?tool=ideas");
        Assert.Contains("Open mijn voorbeeld", again.Text("#open-example button"), StringComparison.Ordinal);
        var second = await client.SubmitAsync(again, "#open-example", new Dictionary<string, string?>());

        Assert.Matches($"^/o/{slug}/trajectories/\\d+/ideas$", second.Location);
        var ideas = await client.OpenAsync(second.Location!);
        Assert.Null(ideas.Document.QuerySelector(".cx-empty"));
        var examples = await app.WithDbAsync((db, _) =>
            db.Memberships.CountAsync(m => m.UserId == coordinator.Id && m.Organisation.IsDemo));
        Assert.Equal(1, examples);
    }

    [Fact]
    public async Task An_unknown_tool_opens_the_dashboard_and_another_person_cannot_see_the_example()
    {
        var (_, coordinator) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(coordinator);
        var created = await client.SubmitAsync(await client.OpenAsync("/example?tool=../../admin"), "#open-example", new Dictionary<string, string?>());
        Assert.Matches(@"^/o/voorbeeld-[0-9a-f]{10}$", created.Location);
        await client.OpenAsync(created.Location!);

        var (_, stranger) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var strangerClient = await app.LoggedInClientAsync(stranger);
        var refused = await strangerClient.GetAsync(created.Location + "/stakeholders");
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
    }
}
