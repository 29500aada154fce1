using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Regions;
using Circulair.Web.Features.Regions;
using Circulair.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Regions;

/// <summary>The demo's region (issue 19 item 7): Intercommunale Demoland with three member municipalities sharing their residual waste.</summary>
public sealed class RegionDemoTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    [Fact]
    public async Task The_demo_region_has_three_active_members_that_share_residual_waste_and_demostad_stays_the_one_demo_organisation()
    {
        var (region, shares, demoCount) = await app.WithDbAsync(async (db, _) =>
        {
            var r = await db.Organisations.SingleAsync(o => o.Slug == RegionDemo.RegionSlug);
            var s = await (
                from m in db.RegionMemberships
                where m.OrganisationId == r.Id && m.Status == RegionMembershipStatus.Active
                join sh in db.RegionShares on m.Id equals sh.RegionMembershipId
                join i in db.Indicators on sh.IndicatorId equals i.Id
                select i.StandardCode).ToListAsync();
            return (r, s, await db.Organisations.CountAsync(o => o.IsDemo));
        });

        Assert.Equal(OrganisationType.Intercommunale, region.Type);
        Assert.Equal(["RESTAFVAL", "RESTAFVAL", "RESTAFVAL"], shares);
        Assert.Equal(1, demoCount);

        var user = await app.NewUserAsync();
        await app.AddMemberAsync(new TestOrganisation(region.Id, region.Slug, region.Name), user, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(user);
        var page = await client.OpenAsync($"/o/{region.Slug}/region/benchmark");
        Assert.Equal(3, page.Document.QuerySelectorAll("#benchmark-rows tbody tr").Length);
        Assert.Contains(app.Demo.Name, page.Text("#benchmark-rows"), StringComparison.Ordinal);
        // A reader sees no form that writes.
        Assert.DoesNotContain((await client.OpenAsync($"/o/{region.Slug}/region")).Document.QuerySelectorAll("form[method=post]"), f => f.Closest("main") is not null);
    }
}
