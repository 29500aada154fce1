using System.Globalization;
using System.Net;
using Circulair.Scan;
using Circulair.Web.Features.Scan;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>The ranking of the action domains, its explanation and weights, the team's inputs, suggestions and the shortlist.</summary>
public sealed class ScanRankingTests(SharedApp app)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    private async Task<(TestOrganisation Org, AppClient Client)> WithEmploymentAsync()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "jobs.csv", Fixture("pic-tewerkstelling.csv")));
        return (org, client);
    }

    [Fact]
    public async Task Explains_each_score_in_a_sentence_with_the_share_of_jobs_and_the_location_quotient()
    {
        var (org, client) = await WithEmploymentAsync();

        var ranking = await client.OpenAsync(org.Url("/scan/ranking"));

        var share = 3284.0 / 11724; // sectors 41 and 43 of Aalst in 2023
        var lq = share / (170000.0 / 649000);
        var expected = $"Gebouwde omgeving: {ScoreSentence.Percent(share, Dutch)} van de jobs (LQ {lq.ToString("0.0", Dutch)})";
        Assert.Equal(expected, ranking.Text("tr[data-domain='gebouwde-omgeving'] [data-sentence]"));
        Assert.Contains("Vlaams Gewest", ranking.Text(".cx-evidence-list"), StringComparison.Ordinal);
        var scores = ranking.Document.QuerySelectorAll("#ranking tbody tr[data-domain] [data-score]").Select(s => double.Parse(s.TextContent, Dutch)).ToList();
        Assert.Equal(9, scores.Count);
    }

    [Fact]
    public async Task Recomputes_the_scores_with_the_weights_the_team_sets()
    {
        var (org, client) = await WithEmploymentAsync();
        var ranking = await client.OpenAsync(org.Url("/scan/ranking"));

        var saved = await client.SubmitAsync(ranking, "#weights-form", new Dictionary<string, string?>
        {
            ["Weights.Jobs"] = "1", ["Weights.Specialisation"] = "0", ["Weights.AddedValue"] = "0", ["Weights.Waste"] = "0", ["Weights.Co2"] = "0",
        });
        var after = await client.OpenAsync(saved.Location!);

        Assert.Equal((3284.0 / 11724 * 100).ToString("N1", Dutch), after.Text("tr[data-domain='gebouwde-omgeving'] [data-score]"));
        Assert.Equal("1", after.ValueOf("Weights_Jobs"));
    }

    [Fact]
    public async Task Refuses_a_weight_outside_0_to_10_and_keeps_what_was_typed()
    {
        var (org, client) = await WithEmploymentAsync();
        var ranking = await client.OpenAsync(org.Url("/scan/ranking"));

        var refused = await client.SubmitAsync(ranking, "#weights-form", new Dictionary<string, string?> { ["Weights.Waste"] = "12" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("tussen 0 en 10", refused.FieldError("Weights_Waste"), StringComparison.Ordinal);
        Assert.Equal("12", refused.ValueOf("Weights_Waste"));
    }

    [Fact]
    public async Task Records_the_teams_inputs_adopts_a_suggestion_in_one_click_and_puts_a_domain_on_the_shortlist()
    {
        var (org, client) = await WithEmploymentAsync();
        var ranking = await client.OpenAsync(org.Url("/scan/ranking"));
        var started = await client.SubmitAsync(ranking, "tr[data-domain='gebouwde-omgeving'] form", new Dictionary<string, string?>());
        var domain = await client.OpenAsync(started.Location!);

        var saved = await client.SubmitAsync(domain, "#assessment-form", new Dictionary<string, string?>
        {
            ["Input.SurveyFindings"] = "Aannemers zoeken opslag voor herbruikbare materialen.",
            ["Input.Strategies"] = "R3",
            ["Input.SocialEconomyPotential"] = "4",
            ["Input.Synergies"] = "Renovatiestrategie",
        });
        domain = await client.OpenAsync(saved.Location!);
        Assert.Equal("Aannemers zoeken opslag voor herbruikbare materialen.", domain.ValueOf("Input_SurveyFindings"));

        var adopted = await client.SubmitAsync(domain, "#assessment-form", new Dictionary<string, string?>(), "li[data-opportunity='bouw-hergebruik'] button");
        domain = await client.OpenAsync(adopted.Location!);
        Assert.Contains("Materialen en onderdelen opnieuw inzetten", domain.ValueOf("Input_Notes"), StringComparison.Ordinal);
        Assert.Null(domain.Document.QuerySelector("li[data-opportunity='bouw-hergebruik'] button"));

        var shortlist = await client.OpenAsync(domain.Document.QuerySelector("#shortlist-state a")!.GetAttribute("href")!);
        var empty = await client.SubmitAsync(shortlist, "#shortlist-form", new Dictionary<string, string?> { ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        var marked = await client.SubmitAsync(shortlist, "#shortlist-form", new Dictionary<string, string?> { ["Reason"] = "Veel bouwjobs en de gemeente bouwt zelf." });
        var after = await client.OpenAsync(marked.Location!);

        Assert.Contains("Gebouwde omgeving: Veel bouwjobs en de gemeente bouwt zelf.", after.Text("#shortlist"), StringComparison.Ordinal);
        var stored = await app.WithDbAsync((db, _) => db.Set<ScanDomainAssessment>().SingleAsync(a => a.OrganisationId == org.Id && a.DomainCode == "gebouwde-omgeving"));
        Assert.Equal(["R3"], stored.Strategies);
        Assert.Equal(4, stored.SocialEconomyPotential);
        Assert.Equal(["bouw-hergebruik"], stored.Adopted);
        Assert.True(stored.IsPromising);

        var dashboard = await client.OpenAsync(org.Url());
        Assert.Contains("1 dataset, 1 kansrijk domein", dashboard.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_the_mapping_of_a_category_to_domains_and_ranks_with_it()
    {
        var (org, client) = await WithEmploymentAsync();
        var mappings = await client.OpenAsync(org.Url("/scan/mappings?scheme=NaceBel2008"));
        Assert.NotNull(mappings.Document.QuerySelector("input[name='m-41'][value='gebouwde-omgeving']:checked"));

        var saved = await client.SubmitAsync(mappings, "#mapping-form", new Dictionary<string, string?> { ["m-41"] = null, ["m-43"] = null });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var ranking = await client.OpenAsync(org.Url("/scan/ranking"));
        Assert.Contains("geen van de categorieën", ranking.Text("tr[data-domain='gebouwde-omgeving'] [data-sentence]"), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.Set<ScanDomainMapping>().CountAsync(m => m.OrganisationId == org.Id)));
    }
}
