using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Circulair.Web.Features.Strategy;
using TableModel = Circulair.Web.Features.Strategy.Table.IndexModel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.WebUtilities;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>
/// Tool 8 in pages: a strategy of 250 actions (the benchmark's own seed, numbered A0001…A0250, titled
/// "Benchactie n met …") shows 100 per page; search, filters and sort apply to every action before paging and stay
/// in every link; <c>size=all</c> shows everything; the exports stay whole; a save shows at once on the cached page.
/// </summary>
public sealed class ActionTablePagingTests(SharedApp app)
{
    private const int Actions = 250;

    private async Task<(StrategySetup S, string Table)> BigStrategyAsync()
    {
        var s = await NewAsync(app);
        var seed = await StrategyBenchmark.SeedAsync(app.Services, s.Organisation.Id, Actions, TestContext.Current.CancellationToken);
        return (s, seed.TablePath);
    }

    private static List<string> Numbers(Page page) =>
        [.. page.Document.QuerySelectorAll("#action-table tbody tr").Select(tr => tr.QuerySelector("th[scope=row]")!.TextContent.Trim())];

    private static string Caption(Page page) => page.Text("#action-table caption");

    /// <summary>The page-number links of the pagination, as a screen reader reads them.</summary>
    private static List<string> Pager(Page page) => [.. page.Document.QuerySelectorAll("#table-pages li a:not([rel])").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task A_strategy_of_more_than_100_actions_shows_100_per_page_with_accessible_pagination_and_the_counts_in_the_caption()
    {
        var (s, table) = await BigStrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var first = await client.OpenAsync(table);

        Assert.Equal(TableModel.DefaultPageSize, Numbers(first).Count);
        Assert.Equal(("A0001", "A0100"), (Numbers(first)[0], Numbers(first)[^1]));
        Assert.Equal("Acties 1–100 van 250", Caption(first));
        Assert.Equal("250 actie(s)", first.Text("#table-count"));
        var nav = first.Document.QuerySelector("nav#table-pages")!;
        Assert.Equal("Pagina's van de actietabel", nav.GetAttribute("aria-label"));
        Assert.Equal(["Pagina 1", "Pagina 2", "Pagina 3"], Pager(first));
        Assert.Equal("Pagina 1", nav.QuerySelector("a[aria-current=page]")!.TextContent.Trim());
        Assert.Null(nav.QuerySelector("a[rel=prev]"));
        var next = nav.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal(table + "?p=2", next);

        var second = await client.OpenAsync(next);
        Assert.Equal(TableModel.DefaultPageSize, Numbers(second).Count);
        Assert.Equal(("A0101", "A0200"), (Numbers(second)[0], Numbers(second)[^1]));
        Assert.Equal("Acties 101–200 van 250", Caption(second));
        Assert.Equal("Pagina 2", second.Text("#table-pages a[aria-current=page]"));
        Assert.Equal(table, second.Document.QuerySelector("#table-pages a[rel=prev]")!.GetAttribute("href"));

        var last = await client.OpenAsync(second.Document.QuerySelector("#table-pages a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(50, Numbers(last).Count);
        Assert.Equal(("A0201", "A0250"), (Numbers(last)[0], Numbers(last)[^1]));
        Assert.Equal("Acties 201–250 van 250", Caption(last));
        Assert.Null(last.Document.QuerySelector("#table-pages a[rel=next]"));
        // Every row is in exactly one page.
        Assert.Equal(Actions, Numbers(first).Concat(Numbers(second)).Concat(Numbers(last)).Distinct().Count());
    }

    [Fact]
    public async Task Search_filter_sort_and_columns_apply_to_every_action_before_paging_and_stay_in_the_links_and_the_form()
    {
        var (s, table) = await BigStrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        // "Benchactie 1 " … "Benchactie 19 " and "Benchactie 100" … "Benchactie 199": 1 + 10 + 100 = 111 of 250.
        var query = "?q=Benchactie%201&sort=Number&desc=true&cols=Title&cols=Status";

        var first = await client.OpenAsync(table + query);

        Assert.Equal(100, Numbers(first).Count);
        Assert.Equal(("A0199", "A0100"), (Numbers(first)[0], Numbers(first)[^1]));
        Assert.Equal("Acties 1–100 van 111", Caption(first));
        Assert.Equal("111 van 250 actie(s)", first.Text("#table-count"));
        Assert.Equal(["number", "title", "status"], first.Document.QuerySelectorAll("#action-table thead th").Select(th => th.GetAttribute("data-column")!.ToLowerInvariant()));
        // The next page, a page number and the sort links keep the search, the filter, the sort and the columns.
        var next = first.Document.QuerySelector("#table-pages a[rel=next]")!.GetAttribute("href")!;
        var nextQuery = QueryHelpers.ParseQuery(new Uri("http://x" + next).Query);
        Assert.Equal(("Benchactie 1", "Number", "true", "2"), (nextQuery["q"].ToString(), nextQuery["sort"].ToString(), nextQuery["desc"].ToString(), nextQuery["p"].ToString()));
        Assert.Equal(["Number", "Title", "Status"], nextQuery["cols"].Select(c => c ?? ""));
        var sortByTitle = first.Document.QuerySelector("#action-table th[data-column=Title] a")!.GetAttribute("href")!;
        Assert.Contains("q=Benchactie%201", sortByTitle, StringComparison.Ordinal);
        Assert.DoesNotContain("p=", sortByTitle, StringComparison.Ordinal);

        var second = await client.OpenAsync(next);
        Assert.Equal(["A0019", "A0018", "A0017", "A0016", "A0015", "A0014", "A0013", "A0012", "A0011", "A0010", "A0001"], Numbers(second));
        Assert.Equal("Acties 101–111 van 111", Caption(second));
        // The filter form of page 2 keeps the search, the sort and the columns, and starts again at page 1 (no p).
        var form = (IHtmlFormElement)second.Document.QuerySelector("#table-filter")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.Equal("Benchactie 1", ((IHtmlInputElement)form.QuerySelector("#q")!).Value);
        Assert.Equal("Number", ((IHtmlInputElement)form.QuerySelector("input[type=hidden][name=sort]")!).Value);
        Assert.NotNull(form.QuerySelector("input[type=hidden][name=desc][value=true]"));
        Assert.True(((IHtmlInputElement)form.QuerySelector("#col-Status")!).IsChecked);
        Assert.False(((IHtmlInputElement)form.QuerySelector("#col-Goal")!).IsChecked);
        Assert.Null(form.QuerySelector("[name=p]"));

        var status = await client.OpenAsync(table + "?status=Gepland&size=50");
        // Status = n % 6 + 1 in the seed: Gepland (2) for n = 1, 7, 13, … ≤ 250: 42 actions, one page of 50.
        Assert.Equal(42, Numbers(status).Count);
        Assert.Equal("Acties 1–42 van 42", Caption(status));
        Assert.Null(status.Document.QuerySelector("#table-pages"));
    }

    [Fact]
    public async Task Size_all_shows_every_action_and_a_page_beyond_the_last_shows_the_last_page()
    {
        var (s, table) = await BigStrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var first = await client.OpenAsync(table);
        var showAll = first.Document.QuerySelector("#show-all")!;
        Assert.Equal("Toon alle acties (250)", showAll.TextContent.Trim());
        var all = await client.OpenAsync(showAll.GetAttribute("href")!);
        Assert.Equal(Actions, Numbers(all).Count);
        Assert.Equal("Acties 1–250 van 250", Caption(all));
        Assert.Null(all.Document.QuerySelector("#table-pages"));
        Assert.Equal("all", all.Document.QuerySelector("#size option[selected]")!.GetAttribute("value"));

        var fifty = await client.OpenAsync(table + "?size=50&p=2");
        Assert.Equal(("A0051", "A0100"), (Numbers(fifty)[0], Numbers(fifty)[^1]));
        Assert.Equal(["Pagina 1", "Pagina 2", "Pagina 3", "Pagina 4", "Pagina 5"], Pager(fifty));
        Assert.Contains("size=50", fifty.Document.QuerySelector("#table-pages a[rel=next]")!.GetAttribute("href"), StringComparison.Ordinal);

        var beyond = await client.OpenAsync(table + "?p=99");
        Assert.Equal(("A0201", "A0250"), (Numbers(beyond)[0], Numbers(beyond)[^1]));
        Assert.Equal("Pagina 3", beyond.Text("#table-pages a[aria-current=page]"));
        Assert.Equal(["A0001"], Numbers(await client.OpenAsync(table + "?p=-4")).Take(1));
        Assert.Equal(["A0001"], Numbers(await client.OpenAsync(table + "?p=abc&size=lots")).Take(1));
        Assert.Equal(100, Numbers(await client.OpenAsync(table + "?size=7")).Count);
        var nothing = await client.OpenAsync(table + "?q=geen-enkele-actie&p=3");
        Assert.Equal("Geen acties voor deze zoekopdracht.", nothing.Text(".cx-empty"));
    }

    [Fact]
    public async Task The_exports_hold_every_action_whatever_page_the_table_shows()
    {
        var (s, table) = await BigStrategyAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var page = await client.OpenAsync(table + "?p=2&status=Gepland");
        var xlsxLink = page.Document.QuerySelector("a[href$='/table/export.xlsx']")!.GetAttribute("href")!;
        var csvLink = page.Document.QuerySelector("a[href$='/table/export.csv']")!.GetAttribute("href")!;

        var xlsx = await client.GetAsync(xlsxLink);
        var csv = await client.GetAsync(csvLink);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx.Bytes), false);
        var sheet = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        Assert.Equal(Actions + 1, sheet.Worksheet.Descendants<Row>().Count());
        Assert.Equal(Actions + 1, Encoding.UTF8.GetString(csv.Bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_table_is_served_from_the_cache_and_a_save_through_a_form_shows_on_it_at_once()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        var goal = await app.GoalAsync(domain, "Vanaf 2027 bouwt de stad circulair");
        var line = await app.LineAsync(goal, "Aanbesteden");
        var actionId = await app.ActionAsync(s, line, "A1", "Sloopinventaris");
        using var client = await app.LoggedInClientAsync(s.User);
        var table = s.Url("/table");
        await client.OpenAsync(table);
        var again = await client.OpenAsync(table);
        Assert.True(again.Headers.ContainsKey("Age"), "the second GET of the table was not served from the cache");

        var edit = await client.OpenAsync(s.Url($"/actions/{actionId}/edit"));
        var saved = await client.SubmitAsync(edit, new Dictionary<string, string?> { ["Input.Title"] = "Sloopinventaris voor elk openbaar gebouw" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var after = await client.OpenAsync(table);
        Assert.False(after.Headers.ContainsKey("Age"));
        Assert.Equal("Sloopinventaris voor elk openbaar gebouw", after.Document.QuerySelector("#action-table tr[data-number=A1] td")!.TextContent);
    }
}
