using System.Net;
using Circulair.Organisations;
using Circulair.Vision;

namespace Circulair.Web.Tests.Features.HealthCheck;

/// <summary>Two rounds side by side: both polygons on one radar and the difference per block.</summary>
public sealed class HealthCheckCompareTests(SharedApp app)
{
    [Fact]
    public async Task Two_rounds_a_year_apart_are_compared_on_one_radar_with_the_difference_per_block()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var earlier = await app.OpenHealthRoundAsync(org, "Check 2025", now.AddYears(-1));
        var later = await app.OpenHealthRoundAsync(org, "Check 2026", now);
        await app.OpenHealthRoundAsync(org, "Lege ronde", now.AddDays(1));
        await app.RateHealthAsync(earlier, RaterKey.Member(1), 1, 3, 3, 3, 3, 3, 3, 3, 4);
        await app.RateHealthAsync(earlier, RaterKey.Member(2), 2, 3, 3, 3, 3, 3, 3, 3, 3);
        await app.RateHealthAsync(later, RaterKey.Member(1), 3, 3, 3, 3, 3, 3, 3, 3, 2);
        using var client = await app.LoggedInClientAsync(user);

        var index = await client.OpenAsync(org.Url("/health-check"));
        // The index offers the two latest rated rounds; asked in the wrong order, the earlier round still comes first.
        var page = await client.OpenAsync(org.Url($"/health-check/compare?first={later}&second={earlier}"));

        Assert.NotNull(index.Document.QuerySelector("form#compare[method=get]"));
        Assert.Equal("Check 2025", page.Document.QuerySelector("#differences thead th:nth-child(2)")!.TextContent.Split('(')[0].Trim());
        Assert.Equal("1,5", page.Text("#differences tr[data-block=Marktvorming] [data-earlier]"));
        Assert.Equal("3,0", page.Text("#differences tr[data-block=Marktvorming] [data-later]"));
        Assert.Equal("+1,5", page.Text("#differences tr[data-block=Marktvorming] [data-difference]"));
        Assert.Equal("0,0", page.Text("#differences tr[data-block=Ondernemerschap] [data-difference]"));
        Assert.Equal("-1,5", page.Text("#differences tr[data-block=Coordinatie] [data-difference]"));
        var svg = page.Document.QuerySelector("figure.cx-chart svg[role=img]")!;
        Assert.Equal(2, svg.QuerySelectorAll("polygon.cx-chart__area").Length);
        Assert.Equal(2, svg.QuerySelectorAll(".cx-chart__legend").Length);
        Assert.Contains("Grootste verschuiving", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Bouwsteen", "Check 2025", "Check 2026"], page.Document.QuerySelectorAll("figure.cx-chart .cx-chart__data thead th").Select(th => th.TextContent));

        var byDefault = await client.OpenAsync(org.Url("/health-check/compare"));
        Assert.Equal("+1,5", byDefault.Text("#differences tr[data-block=Marktvorming] [data-difference]"));
    }

    [Fact]
    public async Task With_fewer_than_two_rated_rounds_the_page_says_what_is_needed()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        var only = await app.OpenHealthRoundAsync(org);
        await app.RateHealthAsync(only, RaterKey.Member(1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        using var client = await app.LoggedInClientAsync(user);

        var page = await client.OpenAsync(org.Url("/health-check/compare"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("minstens twee rondes", page.Text("#compare-empty"), StringComparison.Ordinal);
        Assert.Null((await client.OpenAsync(org.Url("/health-check"))).Document.QuerySelector("form#compare"));
    }
}
