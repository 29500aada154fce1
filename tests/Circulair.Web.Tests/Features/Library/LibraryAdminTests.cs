using System.Net;
using System.Text;
using Circulair.Budget;
using Circulair.Library;
using Circulair.Organisations;
using Circulair.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;
using static Circulair.Web.Tests.Platform.OpenXml.SheetFiles;

namespace Circulair.Web.Tests.Features.Library;

/// <summary>
/// An app of its own for the library's administration: what these tests store changes the whole instance's library,
/// which the shared app's tests count on staying as shipped.
/// </summary>
public sealed class LibraryAdminApp : CirculairFactory
{
    public TestUser Administrator { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Administrator = await this.NewUserAsync("Platformbeheerder", platformAdministrator: true);
    }
}

/// <summary>The instance administrator extends the knowledge library in the web (issue 18 items 1 and 4, decision 0285).</summary>
public sealed class LibraryAdminTests(LibraryAdminApp app) : IClassFixture<LibraryAdminApp>
{
    private const string CaseHeader = "key,title_nl,title_en,place,organisations,domain,subdomain,r_strategy,value_chain,role,url,summary_nl";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private Task<int> StoredCasesAsync() => app.WithDbAsync((db, _) => db.InstanceCases.CountAsync());

    [Fact]
    public async Task Every_library_admin_page_answers_404_to_anyone_but_the_platform_administrator()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).Where(r => r.StartsWith("library/admin", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(routes.Count >= 6, string.Join(", ", routes));
        var (_, beheerder) = await app.SignedInAsync(OrganisationRole.Beheerder);
        var before = await StoredCasesAsync();

        foreach (var route in routes)
        {
            var url = "/" + route.Replace("{key?}", "deelfabriek-kortrijk", StringComparison.Ordinal).Replace("{what}", "cases", StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync(url)).Status);
            var token = (await beheerder.OpenAsync("/library")).AntiforgeryToken;
            foreach (var target in new[] { url, url + "?handler=Revert", url + "?handler=Confirm", url + "?handler=Checked" })
            {
                var answer = await beheerder.PostAsync(target, [new("__RequestVerificationToken", token), new("Input.TitleNl", "Gekaapt")]);
                Assert.True(answer.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{target}: {(int)answer.Status}");
            }
        }
        Assert.Equal(before, await StoredCasesAsync());
        Assert.Null((await beheerder.OpenAsync("/library")).Document.QuerySelector("#library-admin-link"));
    }

    [Fact]
    public async Task The_administrator_adds_a_case_after_a_refused_attempt_that_keeps_the_input_in_dutch()
    {
        using var admin = await app.LoggedInClientAsync(app.Administrator);
        var library = await admin.OpenAsync("/library");
        Assert.NotNull(library.Document.QuerySelector("#library-admin-link"));
        var form = await admin.OpenAsync("/library/admin/cases/edit");
        var before = await StoredCasesAsync();

        var refused = await admin.SubmitAsync(form, "#case-form", Form(("Input.Key", "repaircafe-zele"), ("Input.TitleNl", ""), ("Input.Place", "Zele"),
            ("Input.Organisations", "Gemeente Zele"), ("Input.Domain", "consumentengoederen"), ("Input.RStrategy", "R4"), ("Input.ValueChain", "gebruik"),
            ("Input.Role", "extern"), ("Input.Url", "zele.be/repair"), ("Input.SummaryNl", "Elke eerste zaterdag herstellen vrijwilligers fietsen en toestellen.")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Contains("Titel (Nederlands): vul dit veld in.", refused.ErrorSummary);
        Assert.Contains("Webpagina: Geen geldig webadres (http of https).", refused.ErrorSummary);
        Assert.Equal("zele.be/repair", refused.ValueOf("Input_Url"));
        Assert.Equal("Zele", refused.ValueOf("Input_Place"));
        Assert.Equal(before, await StoredCasesAsync());

        var saved = await admin.SubmitAsync(refused, "#case-form", Form(("Input.TitleNl", "Repaircafé Zele"), ("Input.Url", "https://www.zele.be/repaircafe")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("/library/cases/repaircafe-zele", saved.Location);
        var page = await admin.OpenAsync("/library/cases/repaircafe-zele");
        Assert.Equal("Repaircafé Zele", page.Text("h1"));
        var found = await admin.OpenAsync("/library?q=zele");
        Assert.Equal(["/library/cases/repaircafe-zele"], found.Document.QuerySelectorAll("#cases h2 a").Select(a => a.GetAttribute("href")!));

        // The same key again is refused: a new case never silently replaces one.
        var again = await admin.SubmitAsync(await admin.OpenAsync("/library/admin/cases/edit"), "#case-form", Form(("Input.Key", "repaircafe-zele"), ("Input.TitleNl", "Dubbel"),
            ("Input.Place", "Zele"), ("Input.Organisations", "Zele"), ("Input.Domain", "consumentengoederen"), ("Input.RStrategy", "R4"), ("Input.ValueChain", "gebruik"),
            ("Input.Role", "extern"), ("Input.SummaryNl", "Nog eens.")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Contains(again.ErrorSummary, e => e.Contains("bestaat al", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_shipped_case_replaces_the_guide_text_until_the_administrator_goes_back()
    {
        using var admin = await app.LoggedInClientAsync(app.Administrator);
        var form = await admin.OpenAsync("/library/admin/cases/edit/pelt-deelbakfietsen");
        Assert.Equal("Pelt", form.ValueOf("Input_Place"));

        var saved = await admin.SubmitAsync(form, "#case-form", Form(("Input.Place", "Pelt (Overpelt)")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var page = await admin.OpenAsync("/library/cases/pelt-deelbakfietsen");
        Assert.Contains("Pelt (Overpelt)", page.Text("#case-facts"), StringComparison.Ordinal);
        Assert.Contains("hoofdstuk", page.Text(".cx-source"), StringComparison.OrdinalIgnoreCase);

        var reverted = await admin.SubmitAsync(await admin.OpenAsync("/library/admin/cases/edit/pelt-deelbakfietsen"), "#revert-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, reverted.Status);
        Assert.DoesNotContain("Overpelt", (await admin.OpenAsync("/library/cases/pelt-deelbakfietsen")).Text("#case-facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_import_with_a_bad_row_names_it_and_writes_nothing_and_a_good_one_is_written_on_confirmation()
    {
        using var admin = await app.LoggedInClientAsync(app.Administrator);
        var page = await admin.OpenAsync("/library/admin/cases/import");
        var before = await StoredCasesAsync();
        const string Good = "kringwinkel-aalst,Kringwinkel Aalst,Second-hand shop Aalst,Aalst,Kringwinkel Denderstreek,consumentengoederen,herstel,R3,gebruik,extern,https://www.dekringwinkel.be,Tweedehands spullen krijgen een nieuw leven.";

        var missing = await Upload(admin, page, "cases.csv", Csv("key,title_nl", "x-y,Iets"), "text/csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.Status);
        Assert.Contains(missing.ErrorSummary, e => e.Contains("De verplichte kolom place ontbreekt.", StringComparison.Ordinal));

        var bad = await Upload(admin, page, "cases.csv", Csv(CaseHeader, Good,
            "kapotte-link,Kapot,,Gent,Stad Gent,consumentengoederen,,R4,gebruik,extern,htp:/kapot,Een link die niet werkt."), "text/csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Null(bad.Document.QuerySelector("#confirm-form"));
        Assert.Contains("kolom url: Geen geldig webadres", bad.Text("#import-preview tr[data-row='3']"), StringComparison.Ordinal);
        Assert.Equal(before, await StoredCasesAsync());
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.SheetImportDrafts.CountAsync(d => d.OrganisationId == null)));

        var preview = await Upload(admin, page, "cases.csv", Csv(CaseHeader, Good,
            "deelfabriek-kortrijk,Deelfabriek Kortrijk,Sharing factory,Kortrijk,Stad Kortrijk,consumentengoederen,delen,R1,gebruik,extern,https://www.kortrijk.be/deelfabriek,Lenen en herstellen onder één dak."), "text/csv");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(before, await StoredCasesAsync());
        var done = await admin.SubmitAsync(preview, "#confirm-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(before + 2, await StoredCasesAsync());
        Assert.Equal("Kringwinkel Aalst", (await admin.OpenAsync("/library/cases/kringwinkel-aalst")).Text("h1"));
        var replaced = await admin.OpenAsync("/library/cases/deelfabriek-kortrijk");
        Assert.Equal("Lenen en herstellen onder één dak.", replaced.Text(".cx-lead"));
        // A replaced guide case still names its chapter.
        Assert.Contains("2", replaced.Text(".cx-source"), StringComparison.Ordinal);

        var export = await admin.GetAsync("/library/admin/cases/export.csv");
        Assert.Contains("kringwinkel-aalst,Kringwinkel Aalst", Encoding.UTF8.GetString(export.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_funding_call_added_by_the_administrator_shows_on_the_dashboard_and_an_application_starts_from_it_keeping_its_key()
    {
        using var admin = await app.LoggedInClientAsync(app.Administrator);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var form = await admin.OpenAsync("/library/admin/funding/edit");
        Assert.Equal(today.ToString("yyyy-MM-dd"), form.ValueOf("Input_LastChecked"));
        var values = Form(("Input.Key", "oproep-deelplatformen"), ("Input.NameNl", "Oproep deelplatformen"), ("Input.Funder", "Vlaanderen Circulair"),
            ("Input.Themes", "delen"), ("Input.WhoMayApplyNl", "Lokale besturen"), ("Input.Deadline", "31-12-2026"), ("Input.SummaryNl", "Steun voor lokale deelinitiatieven."));

        var refused = await admin.SubmitAsync(form, "#funding-form", values);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.ErrorSummary, e => e.Contains("Geen geldige datum", StringComparison.Ordinal));
        Assert.Equal("31-12-2026", refused.ValueOf("Input_Deadline"));

        values["Input.Deadline"] = today.AddDays(30).ToString("yyyy-MM-dd");
        var saved = await admin.SubmitAsync(refused, "#funding-form", values);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var funding = await admin.OpenAsync("/library/funding");
        Assert.NotNull(funding.Document.QuerySelector("#call-oproep-deelplatformen"));

        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var domain = await app.DomainAsync(s, "consumentengoederen");
        var action = await app.ActionAsync(s, await app.LineAsync(await app.GoalAsync(domain)), "C1");
        using var client = await app.LoggedInClientAsync(s.User);
        var dashboard = await client.OpenAsync(s.Organisation.Url());
        Assert.NotNull(dashboard.Document.QuerySelector("#funding-deadlines li[data-call='oproep-deelplatformen']"));

        var matches = await client.OpenAsync(s.Url($"/actions/{action}/funding"));
        var start = matches.Document.QuerySelector("a[data-call='oproep-deelplatformen']")!.GetAttribute("href")!;
        var application = await client.OpenAsync(start);
        Assert.Equal("Oproep deelplatformen", application.ValueOf("Input_Programme"));
        Assert.Equal(today.AddDays(30).ToString("yyyy-MM-dd"), application.ValueOf("Input_Deadline"));
        Assert.NotNull(application.Document.QuerySelector("#from-call[data-call='oproep-deelplatformen']"));
        var done = await client.SubmitAsync(application, "#funding-form", Form(("Input.Requested", "15000")));
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var stored = await app.WithDbAsync((db, _) => db.FundingApplications.AsNoTracking().SingleAsync(f => f.PlannedActionId == action));
        Assert.Equal(("oproep-deelplatformen", "Oproep deelplatformen", 15000m), (stored.SourceCallKey, stored.Programme, stored.Requested!.Value));

        // "Nagekeken vandaag" moves only the date.
        app.Clock.Advance(TimeSpan.FromDays(2));
        // Two days on, the earlier log-in has ended: sign in again.
        using var later = await app.LoggedInClientAsync(app.Administrator);
        var checkedNow = await later.SubmitAsync(await later.OpenAsync("/library/admin/funding/edit/oproep-deelplatformen"), "#checked-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, checkedNow.Status);
        var row = await app.WithDbAsync((db, _) => db.InstanceFundingCalls.AsNoTracking().SingleAsync(c => c.Key == "oproep-deelplatformen"));
        Assert.Equal((today.AddDays(2), today.AddDays(30)), (row.LastChecked, row.Deadline!.Value));
    }
}
