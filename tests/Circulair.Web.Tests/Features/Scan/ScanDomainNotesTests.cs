using System.Net;
using Circulair.Organisations;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>A domain's page in the scan: taking over a suggestion never throws away what the team typed (issue 13).</summary>
public sealed class ScanDomainNotesTests(SharedApp app)
{
    private async Task<(TestOrganisation Org, AppClient Client, int AssessmentId)> DomainPageAsync()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Teamlid);
        var id = await app.WithDbAsync(async (db, _) =>
        {
            var assessment = new ScanDomainAssessment(org.Id, "gebouwde-omgeving");
            assessment.Describe(null, [], null, null, null, null, "Eerder genoteerd");
            db.ScanDomainAssessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        });
        return (org, client, id);
    }

    [Fact]
    public async Task Taking_over_a_suggestion_keeps_the_text_typed_under_the_team_insights()
    {
        var (org, client, id) = await DomainPageAsync();
        var page = await client.OpenAsync(org.Url($"/scan/domains/{id}"));

        var adopted = await client.SubmitAsync(page, "#assessment-form", new Dictionary<string, string?>
        {
            ["Input.Trends"] = "Meer renovatie na 2027",
            ["Input.Notes"] = "Eerder genoteerd\nGesprek met de bouwconfederatie",
        }, "button[value='bouw-hergebruik']");

        Assert.Equal(HttpStatusCode.Redirect, adopted.Status);
        var after = await client.OpenAsync(adopted.Location!);
        Assert.Equal("Meer renovatie na 2027", after.ValueOf("Input_Trends"));
        var notes = after.ValueOf("Input_Notes")!;
        Assert.StartsWith("Eerder genoteerd\nGesprek met de bouwconfederatie\n• ", notes, StringComparison.Ordinal);
        Assert.Contains("Materialen en onderdelen opnieuw inzetten", notes, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("button[value='bouw-hergebruik']"));
    }

    [Fact]
    public async Task A_suggestion_is_not_taken_over_while_the_typed_text_is_refused_and_the_text_stays_in_the_form()
    {
        var (org, client, id) = await DomainPageAsync();
        var page = await client.OpenAsync(org.Url($"/scan/domains/{id}"));
        var tooLong = new string('x', ScanDomainAssessment.TextMaxLength + 1);

        var refused = await client.SubmitAsync(page, "#assessment-form", new Dictionary<string, string?>
        {
            ["Input.Trends"] = tooLong,
            ["Input.Notes"] = "Gesprek met de bouwconfederatie",
        }, "button[value='bouw-hergebruik']");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(tooLong, refused.ValueOf("Input_Trends"));
        Assert.Equal("Gesprek met de bouwconfederatie", refused.ValueOf("Input_Notes"));
        var stored = await app.WithDbAsync(async (db, _) => await db.ScanDomainAssessments.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("Eerder genoteerd", 0), (stored.Notes, stored.Adopted.Count));
    }
}
