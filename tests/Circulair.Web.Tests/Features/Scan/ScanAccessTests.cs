using System.Net;
using Circulair.Organisations;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>Another organisation's scan is invisible (404), a pending import belongs to its uploader, and roles decide who may change what.</summary>
public sealed class ScanAccessTests(SharedApp app)
{
    [Fact]
    public async Task Answers_404_for_another_organisations_datasets_imports_and_domains_even_under_ones_own_organisation()
    {
        var (orgA, _, clientA) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(clientA, orgA);
        var ready = await ImportUntilCheckedAsync(clientA, orgA, datasetId, "a.csv", Fixture("pic-tewerkstelling.csv"));
        var importId = ImportId(ready);
        var start = await clientA.OpenAsync(orgA.Url("/scan/ranking"));
        await clientA.SubmitAsync(start, "form[action*='handler=Start']", new Dictionary<string, string?>());
        var assessmentId = await app.WithDbAsync((db, _) => db.Set<ScanDomainAssessment>().Where(a => a.OrganisationId == orgA.Id).Select(a => a.Id).FirstAsync());

        var (orgB, _, clientB) = await AalstAsync(app);
        string[] paths = [$"/scan/datasets/{datasetId}", $"/scan/datasets/{datasetId}/edit", $"/scan/imports/{importId}", $"/scan/imports/{importId}/format", $"/scan/imports/{importId}/mapping", $"/scan/domains/{assessmentId}"];
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await clientB.GetAsync(orgA.Url(path))).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await clientB.GetAsync(orgB.Url(path))).Status);
        }
        var forged = await clientB.PostAsync(orgB.Url($"/scan/datasets/{datasetId}/edit?handler=Delete"),
            [new("__RequestVerificationToken", (await clientB.OpenAsync(orgB.Url("/scan/datasets/new"))).AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        Assert.True(await app.WithDbAsync((db, _) => db.Set<ScanDataset>().AnyAsync(d => d.Id == datasetId)));
    }

    [Fact]
    public async Task Keeps_a_pending_import_to_the_person_who_uploaded_it()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var ready = await ImportUntilCheckedAsync(client, org, datasetId, "a.csv", Fixture("pic-tewerkstelling.csv"));
        var colleague = await app.NewUserAsync();
        await app.AddMemberAsync(org, colleague, OrganisationRole.Coordinator);
        var other = await app.LoggedInClientAsync(colleague);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(ready.Url)).Status);

        await ConfirmAsync(client, ready);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(ready.Url)).Status); // finished imports are the organisation's record
    }

    [Fact]
    public async Task Lets_a_reader_read_but_not_import_or_weigh_and_keeps_the_shortlist_to_coordinators()
    {
        var (org, _, coordinator) = await AalstAsync(app);
        await NewDatasetAsync(coordinator, org);
        var ranking = await coordinator.OpenAsync(org.Url("/scan/ranking"));
        await coordinator.SubmitAsync(ranking, "form[action*='handler=Start']", new Dictionary<string, string?>());
        var assessmentId = await app.WithDbAsync((db, _) => db.Set<ScanDomainAssessment>().Where(a => a.OrganisationId == org.Id).Select(a => a.Id).FirstAsync());

        var lezer = await app.NewUserAsync();
        await app.AddMemberAsync(org, lezer, OrganisationRole.Lezer);
        var reader = await app.LoggedInClientAsync(lezer);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(org.Url("/scan"))).Status);
        var readerRanking = await reader.OpenAsync(org.Url("/scan/ranking"));
        Assert.Null(readerRanking.Document.QuerySelector("#weights-form"));
        var token = readerRanking.AntiforgeryToken;
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(org.Url("/scan/ranking?handler=Weights"), [new("__RequestVerificationToken", token), new("Weights.Jobs", "9")])).Status);

        var teamlid = await app.NewUserAsync();
        await app.AddMemberAsync(org, teamlid, OrganisationRole.Teamlid);
        var member = await app.LoggedInClientAsync(teamlid);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(org.Url($"/scan/domains/{assessmentId}"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(org.Url($"/scan/domains/{assessmentId}/shortlist"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(org.Url($"/scan/domains/{assessmentId}/shortlist"))).Status);
    }
}
