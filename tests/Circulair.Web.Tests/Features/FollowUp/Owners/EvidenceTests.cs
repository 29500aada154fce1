using System.Globalization;
using System.Net;
using System.Text;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.FollowUp.Owners;

/// <summary>Evidence files on progress updates (checked by their bytes, stored through the file store, for members only) and milestones ticked off in an update.</summary>
public sealed class EvidenceTests(SharedApp app)
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(StrategySetup S, int Action)> ActionAsync(OrganisationRole role = OrganisationRole.Teamlid, Func<ActionDetails, ActionDetails>? change = null)
    {
        var s = await NewAsync(app, role);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        return (s, await app.ActionAsync(s, line, "A01", "Opleiding circulair aankopen", change));
    }

    private static Dictionary<string, string?> Update(string text) => Form(("Input.Status", nameof(ActionStatus.Lopend)), ("Input.Percent", "40"), ("Input.Text", text));

    [Fact]
    public async Task A_pdf_given_as_evidence_is_stored_listed_on_the_timeline_and_downloadable_by_a_reader_but_not_by_another_organisation()
    {
        var (s, action) = await ActionAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/actions/{action}"));

        var saved = await client.SubmitWithFileAsync(page, "#update-form", Update("Verslag van de eerste sessie"), "Input.EvidenceFile", "verslag sessie 1.pdf", Pdf, "application/pdf");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var stored = await app.WithDbAsync((db, _) => db.ProgressUpdates.SingleAsync(u => u.PlannedActionId == action));
        Assert.Equal(("verslag sessie 1.pdf", "application/pdf", (long)Pdf.Length), (stored.EvidenceFileName, stored.EvidenceContentType, stored.EvidenceFileBytes));
        page = await client.OpenAsync(s.Url($"/actions/{action}"));
        var link = page.Document.QuerySelector("#updates .cx-timeline__file a")!;
        Assert.Equal("Bewijsstuk: verslag sessie 1.pdf", link.TextContent.Trim());
        var url = link.GetAttribute("href")!;

        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var readerClient = await app.LoggedInClientAsync(reader);
        var file = await readerClient.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(Pdf, file.Bytes);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("nosniff", file.Headers["X-Content-Type-Options"]);
        Assert.Contains("attachment", file.Headers["Content-Disposition"], StringComparison.Ordinal);

        var (_, stranger) = await app.SignedInAsync(OrganisationRole.Beheerder);
        using (stranger)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).Status);
        }
        using var anonymous = app.NewClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(url)).Status);
    }

    [Fact]
    public async Task A_file_over_10_MB_answers_422_with_the_sizes_keeps_the_typed_answers_and_writes_nothing()
    {
        var (s, action) = await ActionAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/actions/{action}/updates"));
        var big = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);

        var refused = await client.SubmitWithFileAsync(page, "#update-form", Update("Met een te groot verslag"), "Input.EvidenceFile", "groot.pdf", big, "application/pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Het bestand is 10 MB; het mag hoogstens 10 MB zijn.", refused.FieldError("Input_EvidenceFile"));
        Assert.Contains(refused.ErrorSummary, e => e.StartsWith("Het bestand is", StringComparison.Ordinal));
        Assert.Equal("Met een te groot verslag", refused.ValueOf("Input_Text"));
        Assert.Equal("40", refused.ValueOf("Input_Percent"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.PlannedActionId == action)));
    }

    [Theory]
    [InlineData("verslag.pdf", "<html><script>alert('x')</script></html>")]
    [InlineData("programma.exe", "MZ\u0090\u0000\u0003")]
    [InlineData("archief.zip", "PK\u0003\u0004\u0014\u0000")]
    public async Task A_file_that_is_not_a_document_or_image_is_refused_whatever_its_name(string name, string content)
    {
        var (s, action) = await ActionAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/actions/{action}"));

        var refused = await client.SubmitWithFileAsync(page, "#update-form", Update("Met een vreemd bestand"), "Input.EvidenceFile", name, Encoding.Latin1.GetBytes(content), "application/pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een document of afbeelding: pdf, Word, Excel, OpenDocument, png, jpg, gif of webp.", refused.FieldError("Input_EvidenceFile"));
        Assert.Equal("Met een vreemd bestand", refused.ValueOf("Input_Text"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.PlannedActionId == action)));
    }

    [Fact]
    public async Task Ticking_off_a_passed_milestone_in_an_update_records_the_day_and_the_action_is_no_longer_late()
    {
        var (s, action) = await ActionAsync(change: d => d with { Start = Today.AddMonths(-3), End = Today.AddMonths(9) });
        await app.WithDbAsync(async db =>
        {
            var a = await db.PlannedActions.Include(x => x.Milestones).SingleAsync(x => x.Id == action);
            a.DescribeSheet(a.Sheet with { Milestones = [new MilestoneEntry(Today.AddDays(-5), "Bestek klaar", false), new MilestoneEntry(Today.AddMonths(2), "Eerste aankoop", false)] }, Now(app));
            await db.SaveChangesAsync();
        });
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(s.Url($"/actions/{action}"));
        Assert.NotNull(page.Document.QuerySelector("#flag-late"));
        var first = await app.WithDbAsync((db, _) => db.ActionMilestones.Where(m => m.PlannedActionId == action && m.Description == "Bestek klaar").Select(m => m.Id).SingleAsync());

        var saved = await client.SubmitWithFileAsync(page, "#update-form", Form(("Input.Status", nameof(ActionStatus.Lopend)), ("Input.Date", Iso(Today.AddDays(-2))), ("Input.Milestones", first.ToString(CultureInfo.InvariantCulture))), "Input.EvidenceFile", null, null);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var milestone = await app.WithDbAsync((db, _) => db.ActionMilestones.SingleAsync(m => m.Id == first));
        Assert.True(milestone.Done);
        Assert.Equal(Today.AddDays(-2), milestone.DoneOn);
        page = await client.OpenAsync(s.Url($"/actions/{action}"));
        Assert.Null(page.Document.QuerySelector("#flag-late"));
        Assert.Contains("Bestek klaar — bereikt op", page.Text("#milestones-reached"), StringComparison.Ordinal);
        Assert.Single(page.Document.QuerySelectorAll("input[name='Input.Milestones']"));
    }
}
