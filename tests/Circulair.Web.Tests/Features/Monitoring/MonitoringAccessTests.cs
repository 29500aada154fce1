using System.Net;
using Circulair.Organisations;

namespace Circulair.Web.Tests.Features.Monitoring;

/// <summary>A Lezer reads the monitoring pages but gets 403 on every page that changes something.</summary>
public sealed class MonitoringAccessTests(SharedApp app)
{
    [Theory]
    [InlineData("/monitoring/indicators/new")]
    [InlineData("/monitoring/import")]
    public async Task A_reader_gets_403_on_a_create_page(string path)
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(org.Url(path))).Status);
    }

    [Fact]
    public async Task A_reader_sees_the_standard_set_and_the_monitoring_page_without_forms()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);
        var set = await client.OpenAsync(org.Url("/monitoring/standard-set"));
        var page = await client.OpenAsync(org.Url("/monitoring"));

        Assert.Null(set.Document.QuerySelector("#adopt-form"));
        Assert.NotNull(set.Document.QuerySelector("#standard-RESTAFVAL"));
        Assert.NotNull(page.Document.QuerySelector("#no-indicators"));
        Assert.Null(page.Document.QuerySelector("a[href$='/monitoring/indicators/new']"));
    }
}
