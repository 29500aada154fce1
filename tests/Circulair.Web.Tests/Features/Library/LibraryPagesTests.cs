using System.Net;
using Circulair.Organisations;
using Circulair.Reference;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Library;

/// <summary>The knowledge library: search and filter, the case page, cloning into a plan, funding, estimator and framing.</summary>
public sealed class LibraryPagesTests(SharedApp app)
{
    private Task<List<StrategyIdea>> IdeasAsync(StrategySetup s) =>
        app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().Where(i => i.TrajectoryId == s.TrajectoryId).ToListAsync());

    [Fact]
    public async Task Filters_cases_by_domain_sub_domain_and_words_and_a_case_page_suggests_related_cases()
    {
        var (_, client) = await app.SignedInAsync(OrganisationRole.Lezer);

        var all = await client.OpenAsync("/library");
        Assert.Equal(29, all.Document.QuerySelectorAll("#cases > li").Length);
        var mobility = await client.OpenAsync("/library?domain=andere&subdomain=deelmobiliteit");
        Assert.Equal(
            ["/library/cases/edegem-dienstwagens", "/library/cases/pelt-deelbakfietsen", "/library/cases/vorselaar-deelwagens"],
            mobility.Document.QuerySelectorAll("#cases h2 a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Equal("andere", mobility.ValueOf("domain"));
        var words = await client.OpenAsync("/library?q=luiers&role=intern");
        Assert.Equal(["/library/cases/gent-wasbare-luiers"], words.Document.QuerySelectorAll("#cases h2 a").Select(a => a.GetAttribute("href")!));
        var none = await client.OpenAsync("/library?q=ruimtevaart");
        Assert.NotNull(none.Document.QuerySelector("#no-match"));
        // Unknown codes in the address are ignored, not an error.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/library?domain=nergens&chain=x&r=R99")).Status);

        var pelt = await client.OpenAsync("/library/cases/pelt-deelbakfietsen");
        Assert.Contains("Pelt", pelt.Text("#case-facts"), StringComparison.Ordinal);
        Assert.Equal("https://www.vvsg.be/klimaatproject/294532", pelt.Document.QuerySelector("#case-link")!.GetAttribute("href"));
        Assert.Contains(pelt.Document.QuerySelectorAll("#related a"), a => a.GetAttribute("href") == "/library/cases/edegem-dienstwagens");
        // A Lezer may read the library but has nowhere to clone into.
        Assert.NotNull(pelt.Document.QuerySelector("#no-targets"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/library/cases/bestaat-niet")).Status);
    }

    [Fact]
    public async Task The_library_asks_to_sign_in()
    {
        using var anonymous = app.NewClient();
        var answer = await anonymous.GetAsync("/library");
        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Contains("/login", answer.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clones_a_case_into_the_backlog_and_again_as_an_action_that_says_it_is_a_second_copy()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s, "gebouwde-omgeving");
        using var client = await app.LoggedInClientAsync(s.User);
        var casePage = await client.OpenAsync("/library/cases/materialenbank-leuven");
        var cloneUrl = s.Url("/cases/materialenbank-leuven/clone");
        Assert.Contains(casePage.Document.QuerySelectorAll("#clone-targets a"), a => a.GetAttribute("href") == cloneUrl);

        var form = await client.OpenAsync(cloneUrl);
        Assert.Null(form.Document.QuerySelector("#earlier-copies"));
        var asIdea = await client.SubmitAsync(form, "#clone-form", Form(("Input.Kind", "Idea")));
        Assert.Equal(HttpStatusCode.Redirect, asIdea.Status);
        var idea = Assert.Single(await IdeasAsync(s));
        Assert.Equal(("materialenbank-leuven", 1, IdeaTechnique.Analogiedenken, domain), (idea.SourceCaseKey, idea.SourceCaseCopy!.Value, idea.Technique, idea.StrategyDomainId!.Value));
        Assert.Contains("webwinkel", idea.Description, StringComparison.Ordinal);
        var ideas = await client.OpenAsync(s.Url("/ideas"));
        Assert.NotNull(ideas.Document.QuerySelector($"#idea-{idea.Id} [data-source-case='materialenbank-leuven'] a[href='/library/cases/materialenbank-leuven']"));
        Assert.Null(ideas.Document.QuerySelector($"#idea-{idea.Id} [data-copy]"));

        form = await client.OpenAsync(cloneUrl);
        Assert.Contains("kopie 2", form.Text("#earlier-copies"), StringComparison.Ordinal);
        var asAction = await client.SubmitAsync(form, "#clone-form", Form(("Input.Kind", "Action"), ("Input.Number", "B7")));
        Assert.Equal(HttpStatusCode.Redirect, asAction.Status);
        var action = await app.LoadActionAsync(Assert.Single(await app.ActionsAsync(s)).Id);
        Assert.Equal(("B7", "Materialenbank Leuven", ActionStatus.Idee), (action.Number, action.Title, action.Status));
        Assert.Equal(("materialenbank-leuven", 2), (action.SourceCaseKey, action.SourceCaseCopy!.Value));
        Assert.Equal(("R3", Circulair.Library.ValueChainStep.Distributie, "hergebruik-materialen"), (action.RStrategyCode, action.ValueChainStep!.Value, action.SubdomainCode));
        Assert.Contains("webwinkel", action.Description, StringComparison.Ordinal);
        Assert.Contains("https://www.leuven.be/materialenbank", action.FirstSteps, StringComparison.Ordinal);
        var shown = await client.OpenAsync(asAction.Location!);
        Assert.Contains("kopie 2", shown.Text("#action-facts"), StringComparison.Ordinal);
        Assert.Contains("extra kopie", shown.Text(".cx-flash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_clone_without_a_kind_or_with_a_number_in_use_and_writes_nothing()
    {
        var s = await NewAsync(app);
        await app.ActionAsync(s, null, "A01", "Bestaande actie");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/cases/ivvo-kurk/clone"));
        var before = await app.AuditCountAsync(s.Organisation);

        var noKind = await client.SubmitAsync(form, "#clone-form", Form(("Input.Kind", null)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noKind.Status);
        Assert.StartsWith("Fout: ", noKind.Title, StringComparison.Ordinal);
        Assert.NotNull(noKind.FieldError("Input_Kind"));

        var taken = await client.SubmitAsync(form, "#clone-form", Form(("Input.Kind", "Action"), ("Input.Number", "A01"), ("Input.Title", "Kurk ophalen")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.Status);
        Assert.NotNull(taken.FieldError("Input_Number"));
        Assert.Equal("Kurk ophalen", taken.ValueOf("Input_Title"));

        Assert.Single(await app.ActionsAsync(s));
        Assert.Empty(await IdeasAsync(s));
        Assert.Equal(before, await app.AuditCountAsync(s.Organisation));
    }

    [Fact]
    public async Task Cloning_into_another_organisations_strategy_or_an_unknown_case_answers_404_and_a_Lezer_may_not_clone()
    {
        var mine = await NewAsync(app);
        var theirs = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(mine.User);
        var token = (await client.OpenAsync(mine.Url("/cases/papillon/clone"))).AntiforgeryToken;

        var foreign = mine.Organisation.Url($"/trajectories/{theirs.TrajectoryId}/cases/papillon/clone");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(foreign)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(foreign, [new("__RequestVerificationToken", token), new("Input.Kind", "Idea")])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(mine.Url("/cases/bestaat-niet/clone"))).Status);
        Assert.Empty(await IdeasAsync(theirs));

        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(mine.Organisation, reader, OrganisationRole.Lezer);
        using var readerClient = await app.LoggedInClientAsync(reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(mine.Url("/cases/papillon/clone"))).Status);
        Assert.Empty((await readerClient.OpenAsync("/library/cases/papillon")).Document.QuerySelectorAll("#clone-targets a"));
    }

    [Fact]
    public async Task The_estimator_scales_figure_2_to_the_population_and_refuses_a_nonsense_number()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);

        var empty = await client.OpenAsync(org.Url("/benefits"));
        Assert.NotNull(empty.Document.QuerySelector("#no-population"));
        Assert.Contains("grove doortrekking", empty.Text("#caveat"), StringComparison.Ordinal);

        var half = await client.OpenAsync(org.Url("/benefits?population=60000"));
        Assert.Equal("120 – 130 kton", half.Text("#row-co2 td"));
        Assert.Equal("3.800", half.Text("#row-jobs td"));

        var refused = await client.GetAsync(org.Url("/benefits?population=veel"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Equal("veel", refused.ValueOf("population"));
        Assert.Null(refused.Document.QuerySelector("#estimate"));

        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.SingleAsync(x => x.Id == org.Id);
            o.PickMunicipality(MunicipalityRegistry.Instance.All.Single(m => m.Name == "Brugge"));
            await db.SaveChangesAsync();
        });
        var brugge = await client.OpenAsync(org.Url("/benefits"));
        Assert.NotNull(brugge.Document.QuerySelector("#estimate"));
        var population = MunicipalityRegistry.Instance.All.Single(m => m.Name == "Brugge").Population.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-BE"));
        Assert.Contains(population, brugge.Text("#population-hint"), StringComparison.Ordinal);
        Assert.Contains(population, brugge.Text("#estimate-for"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_funding_catalogue_filters_by_domain_and_an_action_is_matched_to_calls()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);

        var all = await client.OpenAsync("/library/funding");
        Assert.Equal(7, all.Document.QuerySelectorAll("#funding-calls tbody tr").Length);
        var industry = await client.OpenAsync("/library/funding?domain=industrie&theme=bedrijventerreinen");
        Assert.Equal(["call-vlaio-lokale-besturen"], industry.Document.QuerySelectorAll("#funding-calls tbody tr").Select(r => r.Id));

        var form = await client.OpenAsync(s.Url("/cases/cocon-sint-niklaas/clone"));
        var cloned = await client.SubmitAsync(form, "#clone-form", Form(("Input.Kind", "Action")));
        var actionPage = await client.OpenAsync(cloned.Location!);
        var funding = await client.OpenAsync(actionPage.Document.QuerySelector("#funding-link")!.GetAttribute("href")!);
        var rows = funding.Document.QuerySelectorAll("#funding-calls tbody tr").Select(r => r.Id).ToList();
        Assert.Equal("call-stedenbeleid", rows[0]);
        Assert.Contains("call-efro", rows);
        Assert.DoesNotContain("call-vlaanderen-circulair-design4circularity-2024", rows);
    }

    [Fact]
    public async Task The_framing_page_cites_the_definition_the_roles_and_the_key_figures()
    {
        var (_, client) = await app.SignedInAsync(OrganisationRole.Lezer);

        var page = await client.OpenAsync("/library/framing");

        Assert.Contains("ICLEI", page.Text("main"), StringComparison.Ordinal);
        Assert.Equal(3, page.Document.QuerySelectorAll("#instruments li").Length);
        Assert.Contains("29,5 ton", page.MainText, StringComparison.Ordinal);
    }
}
