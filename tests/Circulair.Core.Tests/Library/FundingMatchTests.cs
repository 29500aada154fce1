using Circulair.Library;
using Circulair.Reference;

namespace Circulair.Core.Tests.Library;

public sealed class FundingMatchTests
{
    private static FundingCall Call(string key, string[] domains, string[] themes, DateOnly? deadline = null) =>
        new(key, new LocalText(key, key), "Financier", domains, themes, new LocalText("", ""), new LocalText("", ""), deadline, null, new DateOnly(2026, 1, 1), new LocalText("", ""));

    [Fact]
    public void Calls_for_the_domain_come_first_then_shared_themes_then_calls_for_every_domain()
    {
        var catalogue = new FundingCatalogue(
        [
            Call("generic", [], ["europees"]),
            Call("built", ["gebouwde-omgeving"], ["stadsontwikkeling"]),
            Call("built-reuse", ["gebouwde-omgeving"], ["hergebruik-materialen", "stadsontwikkeling"]),
            Call("industry", ["industrie"], ["bedrijventerreinen"]),
            Call("industry-reuse", ["industrie"], ["hergebruik-materialen"]),
        ]);

        var matches = FundingMatch.For(catalogue, "gebouwde-omgeving", ["hergebruik-materialen"]);

        Assert.Equal(["built-reuse", "built", "industry-reuse", "generic"], matches.Select(m => m.Call.Key));
        Assert.Equal(["hergebruik-materialen"], matches[0].SharedThemes);
        Assert.DoesNotContain(matches, m => m.Call.Key == "industry");
    }

    [Fact]
    public void An_action_without_a_domain_matches_on_themes_only()
    {
        var catalogue = new FundingCatalogue([Call("generic", [], ["europees"]), Call("reuse", ["industrie"], ["hergebruik-materialen"])]);

        Assert.Equal(["reuse"], FundingMatch.For(catalogue, null, ["hergebruik-materialen"]).Select(m => m.Call.Key));
        Assert.Empty(FundingMatch.For(catalogue, null, []));
    }

    [Fact]
    public void The_guides_programmes_are_shipped_and_match_a_built_environment_action()
    {
        var guide = FundingCatalogue.Guide;

        Assert.Equal(["efro", "eib-circular-city-centre", "stedenbeleid", "vlaanderen-circulair-design4circularity-2024", "vlaio-circulaire-economie", "vlaio-lokale-besturen", "vleva-vvsg-subsidiegids"],
            guide.All.Select(c => c.Key).Order());
        Assert.All(guide.All, c => Assert.True(c.LastChecked > new DateOnly(2024, 1, 1)));
        var keys = FundingMatch.For(guide, "gebouwde-omgeving", ["stadsontwikkeling"]).Select(m => m.Call.Key).ToList();
        Assert.Equal("stedenbeleid", keys[0]);
        Assert.Contains("efro", keys);
    }

    [Fact]
    public void Upcoming_deadlines_are_those_within_the_window_soonest_first()
    {
        var today = new DateOnly(2026, 3, 2);
        var catalogue = new FundingCatalogue(
        [
            Call("late", [], [], today.AddDays(80)), Call("past", [], [], today.AddDays(-1)), Call("soon", [], [], today),
            Call("far", [], [], today.AddDays(91)), Call("open", [], []),
        ]);

        Assert.Equal(["soon", "late"], catalogue.UpcomingDeadlines(today, 90).Select(c => c.Key));
    }

    [Fact]
    public void A_funding_file_with_problems_adds_nothing()
    {
        const string file = "key,name_nl,funder,domains,themes,who_may_apply_nl,last_checked,summary_nl,deadline,url\n"
            + "goed,Goed,F,*,europees,Iedereen,2026-01-01,Tekst,2026-05-01,https://example.org\n"
            + "slecht,Slecht,F,nergens,x,Iedereen,gisteren,Tekst,31/12/2026,geen-link\n";

        var (calls, problems) = FundingCatalogue.Read(new StringReader(file));

        Assert.Empty(calls);
        Assert.Equal(["deadline", "domains", "last_checked", "url"], problems.Where(p => p.Row == 3).Select(p => p.Column).Order());
        Assert.DoesNotContain(problems, p => p.Row == 2);
    }
}
