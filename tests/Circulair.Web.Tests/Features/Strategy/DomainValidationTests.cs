using System.Net;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>Phase 2, step 1: the scan's shortlist tested with stakeholders, domain by domain.</summary>
public sealed class DomainValidationTests(SharedApp app)
{
    private Task<List<StrategyDomain>> DomainsAsync(StrategySetup s) =>
        app.WithDbAsync(async (db, _) => await db.StrategyDomains.AsNoTracking().Where(d => d.TrajectoryId == s.TrajectoryId).ToListAsync());

    [Fact]
    public async Task Lists_the_scan_shortlist_and_records_support_decision_reason_and_date()
    {
        var s = await NewAsync(app);
        await app.ShortlistAsync(s, "gebouwde-omgeving", "Veel bouwjobs");
        await app.ShortlistAsync(s, "consumentengoederen", "Restafval daalt te traag");
        using var client = await app.LoggedInClientAsync(s.User);

        var list = await client.OpenAsync(s.Url("/domains"));
        Assert.Equal(["gebouwde-omgeving", "consumentengoederen"], list.Document.QuerySelectorAll("#domains tbody tr").Select(r => r.GetAttribute("data-domain")));
        Assert.Contains("Kansrijk", list.Text("tr[data-domain=gebouwde-omgeving]"), StringComparison.Ordinal);

        var form = await client.OpenAsync(s.Url("/domains/validate?domain=gebouwde-omgeving"));
        Assert.Contains("Veel bouwjobs", form.MainText, StringComparison.Ordinal);
        var saved = await client.SubmitAsync(form, "#validate-form", Form(("Input.Support", "Hoog"), ("Input.Decision", "Behouden"), ("Input.Reason", "Bouwbedrijven trekken mee"), ("Input.DecidedOn", "2026-02-27")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var domain = Assert.Single(await DomainsAsync(s));
        Assert.Equal((DomainSupport.Hoog, DomainDecision.Behouden, "Bouwbedrijven trekken mee", new DateOnly(2026, 2, 27)), (domain.Support, domain.Decision, domain.Reason, domain.DecidedOn));
        var after = await client.OpenAsync(s.Url("/domains"));
        Assert.Contains("Behouden", after.Text("tr[data-domain=gebouwde-omgeving]"), StringComparison.Ordinal);
        Assert.Contains("Nog niet beslist", after.Text("tr[data-domain=consumentengoederen]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_domain_stays_visible_and_marked_as_dropped_with_its_reason()
    {
        var s = await NewAsync(app);
        await app.ShortlistAsync(s, "bio-economie", "Veel gft");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/domains/validate?domain=bio-economie"));

        await client.SubmitAsync(form, "#validate-form", Form(("Input.Support", "Laag"), ("Input.Decision", "LatenVallen"), ("Input.Reason", "Niemand wil trekken")));

        var list = await client.OpenAsync(s.Url("/domains"));
        var row = list.Document.QuerySelector("tr[data-domain=bio-economie]")!;
        Assert.Contains("cx-row--dropped", row.ClassList);
        Assert.Contains("Laten vallen", row.TextContent, StringComparison.Ordinal);
        var tree = await client.OpenAsync(s.Url("/strategy"));
        var domain = tree.Document.QuerySelector(".cx-tree__domain--dropped")!;
        Assert.Contains("Niemand wil trekken", domain.TextContent, StringComparison.Ordinal);
        Assert.Null(domain.QuerySelector("a[href*='/goals/new']"));
    }

    [Fact]
    public async Task Refuses_a_decision_without_a_reason_keeps_what_was_typed_and_writes_nothing()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/domains/validate?domain=industrie"));

        var refused = await client.SubmitAsync(form, "#validate-form", Form(("Input.Support", "Middel"), ("Input.Decision", "Behouden"), ("Input.Reason", " "), ("Input.DecidedOn", "")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Geef de reden van de beslissing.", refused.FieldError("Input_Reason"));
        Assert.Equal("Geef de datum van de beslissing.", refused.FieldError("Input_DecidedOn"));
        Assert.Equal(2, refused.ErrorSummary.Count);
        Assert.NotNull(refused.Document.QuerySelector("input[name='Input.Support'][value=Middel][checked]"));
        Assert.Empty(await DomainsAsync(s));
    }

    [Fact]
    public async Task Only_a_coordinator_decides_on_domains()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.GetAsync(s.Url("/domains/validate?domain=industrie"));
        var list = await client.OpenAsync(s.Url("/domains"));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Null(list.Document.QuerySelector("a[href*='/domains/validate']"));
    }

    [Fact]
    public async Task An_unknown_domain_code_answers_404()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(s.Url("/domains/validate?domain=ruimtevaart"))).Status);
    }
}
