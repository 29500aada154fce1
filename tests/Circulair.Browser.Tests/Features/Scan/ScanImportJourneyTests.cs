using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Reference;
using Circulair.Web.Features.Scan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Scan;

/// <summary>
/// The circular scan as a team member walks it (issue 4, Tests / Browser): a dataset, a file through the import
/// wizard, an unknown sector code mapped on the way, and the ranking of the action domains that follows.
/// </summary>
public sealed class ScanImportJourneyTests(SharedBrowserApp app)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>
    /// Jobs per NACE division, long format, as a person exports it: Aalst (41002) and the Flemish Region (02000) as
    /// the benchmark; "ZZ bouw algemeen" is a sector the intercommunale made up and NACE does not know.
    /// </summary>
    private const string Employment = """
        NIS;Jaar;Sector;Banen
        41002;2023;41;1234
        41002;2023;43;2050
        41002;2023;47;3380
        41002;2023;85;4150
        41002;2023;ZZ bouw algemeen;500
        02000;2023;41;60000
        02000;2023;43;110000
        02000;2023;47;190000
        02000;2023;85;230000

        """;

    /// <summary>An organisation of the municipality Aalst with a team member.</summary>
    private async Task<(TestOrganisation Org, TestUser User)> AalstAsync()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.SingleAsync(x => x.Id == org.Id);
            o.PickMunicipality(MunicipalityRegistry.Instance.FindByNisCode("41002")!);
            await db.SaveChangesAsync();
        });
        return (org, user);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Imports_a_file_maps_an_unknown_sector_and_sees_the_ranking(bool javaScript)
    {
        var (org, user) = await AalstAsync();
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);

        // A dataset first: what it measures, which list its categories follow, where it comes from.
        var page = await session.OpenAsync(org.Url("/scan"));
        await session.ClickAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Nieuwe dataset" }));
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Jobs per sector");
        await page.GetByLabel("Wat meet de dataset?").SelectOptionAsync(new SelectOptionValue { Label = "Tewerkstelling per sector" });
        await page.GetByLabel("Categorielijst").SelectOptionAsync(new SelectOptionValue { Label = "NACE-BEL 2008" });
        await page.GetByLabel("Bron", new() { Exact = true }).FillAsync("Provincies in Cijfers");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Aanmaken en een bestand importeren" }));

        // Step 1: the new dataset is chosen already; upload the file.
        Assert.StartsWith(org.Url("/scan/import?dataset="), session.Path, StringComparison.Ordinal);
        await Expect(page.GetByLabel("Dataset", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("Jobs per sector (NACE-BEL 2008)");
        await page.GetByLabel("Bestand", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "jobs-aalst.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Employment),
        });
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en verder" }));

        // Step 2: how to read it, as detected.
        Assert.Matches(new Regex($"^{Regex.Escape(org.Url("/scan/imports/"))}\\d+/format$"), session.Path);
        await Expect(page.Locator("#Input_Delimiter")).ToHaveValueAsync(";");
        await Expect(page.Locator("#Input_HeaderRow")).ToHaveValueAsync("1");
        await Expect(page.Locator("#preview")).ToContainTextAsync("ZZ bouw algemeen");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Verder naar de kolommen" }));

        // Step 3: which column is what.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Lang: één rij per gebied, categorie en jaar" }).CheckAsync();
        await page.Locator("#Input_AreaColumn").SelectOptionAsync("1");
        await page.Locator("#Input_YearColumn").SelectOptionAsync("2");
        await page.Locator("#Input_CategoryColumn").SelectOptionAsync("3");
        await page.Locator("#Input_ValueColumn").SelectOptionAsync("4");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Elke rij controleren" }));

        // Step 4: the check refuses the unknown code, names its row and column, stores nothing and offers to map it.
        var importPath = session.Path;
        Assert.Matches(new Regex($"^{Regex.Escape(org.Url("/scan/imports/"))}\\d+$"), importPath);
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary).ToContainTextAsync("Het bestand bevat fouten; er is niets opgeslagen");
        if (javaScript)
        {
            await Expect(summary).ToBeFocusedAsync();
        }
        var problem = page.Locator("#problems tr[data-kind='CategoryUnknown']");
        await Expect(problem).ToContainTextAsync("'ZZ bouw algemeen' staat niet in de categorielijst");
        await Expect(problem.Locator("td").First).ToHaveTextAsync("6");
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Onbekende categorieën koppelen" }));

        await Expect(page.Locator("#unknown-categories tbody th")).ToHaveTextAsync([new Regex("^ZZ bouw algemeen")]);
        var target = page.GetByLabel("Categorie voor ZZ bouw algemeen");
        var map = page.GetByRole(AriaRole.Button, new() { Name = "Koppelen en opnieuw controleren" });

        // Nothing chosen: refused, the message is tied to the list it is about.
        await session.ClickAsync(map);
        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        var refused = page.Locator(".cx-error-summary");
        if (javaScript)
        {
            await Expect(refused).ToBeFocusedAsync();
        }
        await refused.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(target).ToBeFocusedAsync();
        await Expect(target).ToHaveAccessibleDescriptionAsync(new Regex("Fout: .+"));

        await target.SelectOptionAsync("42");
        await session.ClickAsync(map);

        // Checked again: every row passes now; nothing is stored until the person says so.
        Assert.Equal(importPath, session.Path);
        await Expect(page.Locator("[data-figure=observations]")).ToHaveTextAsync("9");
        Assert.Equal(0, await ObservationCountAsync(org));
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));

        // Step 5: stored, with what changed.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("9 cijfers staan nu in 'Jobs per sector'.");
        await Expect(page.Locator("#changes tr[data-year='2023'] [data-added]")).ToHaveTextAsync("9");
        Assert.Equal(9, await ObservationCountAsync(org));
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Naar de dataset" }));
        await Expect(page.Locator("#source-line")).ToContainTextAsync("Provincies in Cijfers, 2023");

        // The ranking counts the mapped sector (42) with the built environment, benchmarked against the region.
        await session.GoToAsync(org.Url("/scan"));
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Rangschikking van de actiedomeinen" }));
        var share = (1234.0 + 500 + 2050) / (1234 + 2050 + 3380 + 4150 + 500);
        var lq = share / (170000.0 / 590000);
        await Expect(page.Locator("tr[data-domain='gebouwde-omgeving'] [data-sentence]"))
            .ToHaveTextAsync($"Gebouwde omgeving: {ScoreSentence.Percent(share, Dutch)} van de jobs (LQ {lq.ToString("0.0", Dutch)})");
        await Expect(page.Locator(".cx-evidence-list")).ToContainTextAsync("Jobs per sector");
        await Expect(page.Locator(".cx-evidence-list")).ToContainTextAsync("Vlaams Gewest");
    }

    private Task<int> ObservationCountAsync(TestOrganisation org) =>
        app.WithDbAsync((db, _) => db.Set<Circulair.Scan.ScanObservation>().CountAsync(o => o.OrganisationId == org.Id));
}
