using System.Net;
using Circulair.Organisations;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Help;

/// <summary>An empty organisation is welcoming (issue 21 item 6): each empty tool says what it is for, links its help entry and offers the first step.</summary>
public sealed class EmptyStateTests(SharedApp app)
{
    [Fact]
    public async Task Empty_ideas_workshops_scan_vision_and_follow_up_pages_say_what_they_are_for_link_their_help_and_offer_the_first_step()
    {
        var s = await NewAsync(app, OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(s.User);
        var org = s.Organisation;
        (string Url, string Help, string? FirstStep)[] pages =
        [
            (s.Url("/ideas"), "ideas", "#new-idea-title"),
            (org.Url("/workshops"), "workshops", "#new-title"),
            (org.Url("/scan"), "scan", org.Url("/scan/datasets/new")),
        ];
        foreach (var (url, help, first) in pages)
        {
            var page = await client.OpenAsync(url);
            Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#empty-purpose")?.TextContent), $"{url} has no purpose sentence");
            Assert.Equal($"/help/{help}", page.Document.QuerySelector("#empty-help")!.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/help/{help}")).Status);
            Assert.Equal(first, page.Document.QuerySelector("#empty-start a")!.GetAttribute("href"));
            if (first!.StartsWith('#'))
            {
                Assert.NotNull(page.Document.QuerySelector(first));
            }
        }

        // Without a trajectory, the vision and the follow-up explain themselves and lead to the trajectories.
        var (bare, bareClient) = await app.SignedInAsync(OrganisationRole.Coordinator);
        using (bareClient)
        {
            foreach (var (url, help) in new[] { (bare.Url("/vision"), "tool-3"), (bare.Url("/followup"), "followup") })
            {
                var page = await bareClient.OpenAsync(url);
                Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("#empty-purpose")?.TextContent), $"{url} has no purpose sentence");
                Assert.Equal($"/help/{help}", page.Document.QuerySelector("#empty-help")!.GetAttribute("href"));
            }
        }
    }

    [Fact]
    public async Task A_reader_gets_the_purpose_and_help_but_no_first_step_to_take()
    {
        var s = await NewAsync(app, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Organisation.Url("/scan"));

        Assert.NotNull(page.Document.QuerySelector("#empty-help"));
        Assert.Null(page.Document.QuerySelector("#empty-start"));
    }
}
