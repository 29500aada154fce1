using System.Net;
using Circulair.Initiatives;
using static Circulair.Initiatives.InitiativeTargetGroups;

namespace Circulair.Web.Tests.Features.Initiatives;

public sealed class InitiativeListAndMatrixTests(SharedApp app)
{
    private async Task<(TestOrganisation Org, AppClient Client)> InventoryAsync()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddInitiativeAsync(org, "Repair Café", "consumentengoederen", Burgers | KwetsbareGroepen, subdomain: "herstel");
        await app.AddInitiativeAsync(org, "Uitleendienst", "consumentengoederen", Burgers | Verenigingen, InitiativeStatus.Gepland, subdomain: "delen");
        await app.AddInitiativeAsync(org, "Schoolmoestuin", "bio-economie", ScholenEnJongeren, subdomain: "korte-keten");
        await app.AddInitiativeAsync(org, InitiativeArrange.Details("Zadenbibliotheek", "bio-economie", Burgers, own: "Zadenbibliotheek"));
        await app.AddInitiativeAsync(org, "Ontharde speelplaats", "andere", ScholenEnJongeren, InitiativeStatus.Afgerond, subdomain: "water");
        return (org, client);
    }

    private static IReadOnlyList<string> Names(TestKit.Page page) =>
        [.. page.Document.QuerySelectorAll("#initiatives tbody th a").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task The_list_filters_by_search_domain_target_group_and_status()
    {
        var (org, client) = await InventoryAsync();

        Assert.Equal(["Ontharde speelplaats", "Repair Café", "Schoolmoestuin", "Uitleendienst", "Zadenbibliotheek"], Names(await client.OpenAsync(org.Url("/initiatives"))));
        Assert.Equal(["Repair Café", "Uitleendienst"], Names(await client.OpenAsync(org.Url("/initiatives?domain=consumentengoederen"))));
        Assert.Equal(["Repair Café", "Uitleendienst", "Zadenbibliotheek"], Names(await client.OpenAsync(org.Url("/initiatives?targetGroup=Burgers"))));
        Assert.Equal(["Uitleendienst"], Names(await client.OpenAsync(org.Url("/initiatives?status=Gepland"))));
        Assert.Equal(["Schoolmoestuin"], Names(await client.OpenAsync(org.Url("/initiatives?q=moestuin"))));
        var combined = await client.OpenAsync(org.Url("/initiatives?domain=bio-economie&targetGroup=ScholenEnJongeren&status=Lopend"));
        Assert.Equal(["Schoolmoestuin"], Names(combined));
        Assert.Equal("1 van de 5 initiatieven voldoet aan je zoekopdracht.", combined.Text("#result-count"));
        Assert.Equal("bio-economie", combined.ValueOf("domain"));
        Assert.Equal("ScholenEnJongeren", combined.ValueOf("targetGroup"));
    }

    [Fact]
    public async Task The_matrix_counts_per_domain_and_target_group_and_marks_empty_cells_in_words()
    {
        var (org, client) = await InventoryAsync();

        var page = await client.OpenAsync(org.Url("/initiatives/matrix"));

        var table = page.Document.QuerySelector("table#matrix")!;
        Assert.Equal("Aantal initiatieven per domein en doelgroep", table.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal(["Domein", "Burgers", "Ondernemers", "Eigen organisatie", "Scholen en jongeren", "Verenigingen", "Kwetsbare groepen", "Andere", "Totaal"],
            table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("th[scope=row]")));
        var goods = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Consumentengoederen en afval");
        var cells = goods.QuerySelectorAll("td").ToList();
        Assert.StartsWith("2", cells[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("leeg", cells[1].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("cx-matrix__empty", cells[1].ClassList);
        Assert.StartsWith("1", cells[4].TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("2", cells[7].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("5 initiatieven. 29 van de 35 cellen (domein × doelgroep) zijn leeg.", page.Text("#matrix-summary"));
        var totals = table.QuerySelectorAll("tfoot td").Select(td => td.TextContent.Trim()[..1]).ToList();
        Assert.Equal(["3", "0", "0", "2", "1", "1", "0", "5"], totals);
    }

    [Fact]
    public async Task Each_cell_links_to_the_list_behind_it_and_an_empty_cell_offers_to_add_one()
    {
        var (org, client) = await InventoryAsync();
        var matrix = await client.OpenAsync(org.Url("/initiatives/matrix"));
        var goods = matrix.Document.QuerySelectorAll("#matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Consumentengoederen en afval");

        var burgers = goods.QuerySelectorAll("td a").First().GetAttribute("href")!;
        Assert.Equal(org.Url("/initiatives?domain=consumentengoederen&targetGroup=Burgers"), burgers);
        Assert.Equal(["Repair Café", "Uitleendienst"], Names(await client.OpenAsync(burgers)));

        var empty = goods.QuerySelectorAll("td a").ElementAt(1).GetAttribute("href")!;
        var list = await client.OpenAsync(empty);
        Assert.Equal("Geen initiatieven voor deze keuze.", list.Text("#no-match"));
        Assert.Equal(org.Url("/initiatives/new?domain=consumentengoederen&targetGroup=Ondernemers"), list.Document.QuerySelector("#add-for-cell")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sub_domain_breakdown_shows_listed_and_own_sub_domains_with_links_on_demand()
    {
        var (org, client) = await InventoryAsync();
        var plain = await client.OpenAsync(org.Url("/initiatives/matrix"));
        Assert.Empty(plain.Document.QuerySelectorAll("#matrix tr.cx-matrix__sub"));

        var detailed = await client.OpenAsync(plain.Document.QuerySelector("#toggle-subdomains")!.GetAttribute("href")!);

        var subs = detailed.Document.QuerySelectorAll("#matrix tr.cx-matrix__sub").ToList();
        // 6 + 6 + 5 + 3 + 4 listed sub-domains, plus one own sub-domain in use.
        Assert.Equal(25, subs.Count);
        var own = subs.Single(r => r.QuerySelector("th")!.TextContent.Contains("Zadenbibliotheek", StringComparison.Ordinal));
        Assert.Contains("Subdomein van Bio-economie en voeding", own.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        var link = own.QuerySelector("td.cx-matrix__total a")!.GetAttribute("href")!;
        Assert.Equal(org.Url("/initiatives?domain=bio-economie&subdomain=eigen%3Azadenbibliotheek"), link);
        var list = await client.OpenAsync(link);
        Assert.Equal(["Zadenbibliotheek"], Names(list));
        Assert.Contains("Subdomein: Zadenbibliotheek", list.Text("#result-count"), StringComparison.Ordinal);
        var herstel = subs.Single(r => r.QuerySelector("th")!.TextContent.Contains("Herstel en (her)gebruik", StringComparison.Ordinal));
        Assert.Equal(["Repair Café"], Names(await client.OpenAsync(herstel.QuerySelector("td a")!.GetAttribute("href")!)));
    }

    [Fact]
    public async Task The_matrix_can_count_one_status_only_and_its_links_keep_it()
    {
        var (org, client) = await InventoryAsync();

        var page = await client.OpenAsync(org.Url("/initiatives/matrix?status=Lopend"));

        Assert.StartsWith("3 initiatieven.", page.Text("#matrix-summary"), StringComparison.Ordinal);
        Assert.Contains("status: Lopend", page.Text("#matrix caption"), StringComparison.Ordinal);
        Assert.Equal(org.Url("/initiatives?targetGroup=Burgers&status=Lopend"), page.Document.QuerySelector("#matrix tfoot td a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_dashboard_shows_tool_5_in_phase_1_and_the_scan_links_to_it()
    {
        var (org, client) = await app.SignedInAsync();
        var empty = await client.OpenAsync(org.Url());
        var tool = empty.Document.QuerySelectorAll("#phase-Fase1 .cx-tool").Single(t => t.TextContent.Contains("Tool 5", StringComparison.Ordinal));
        Assert.Contains("cx-tool--todo", tool.ClassList);

        await app.AddInitiativeAsync(org, "Repair Café", "consumentengoederen", Burgers | KwetsbareGroepen);
        var filled = await client.OpenAsync(org.Url());

        tool = filled.Document.QuerySelectorAll("#phase-Fase1 .cx-tool").Single(t => t.TextContent.Contains("Tool 5 · Inventarisatie bestaande CE-initiatieven", StringComparison.Ordinal));
        Assert.Contains("cx-tool--done", tool.ClassList);
        Assert.Contains("1 initiatief in 1 van de 5 domeinen; 33 van de 35 cellen van de matrix zijn leeg.", tool.TextContent, StringComparison.Ordinal);
        Assert.Equal(org.Url("/initiatives/matrix"), tool.QuerySelector("a")!.GetAttribute("href"));
        var scan = await client.OpenAsync(org.Url("/scan"));
        Assert.NotNull(scan.Document.QuerySelector($"#bestaande-initiatieven a[href='{org.Url("/initiatives/matrix")}']"));
    }

    [Fact]
    public async Task Unknown_filter_values_show_the_whole_list_rather_than_fail()
    {
        var (org, client) = await InventoryAsync();

        var page = await client.GetAsync(org.Url("/initiatives?domain=logistiek&subdomain=geen"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(5, Names(page).Count);
    }
}
