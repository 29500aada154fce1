using System.Net;
using Circulair.Budget;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Strategy;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using S = DocumentFormat.OpenXml.Spreadsheet;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Budget;

/// <summary>Issue 14 item 7: the portfolio's domain filter, its spent-against-planned column and its export (Tool 8 plus follow-up columns).</summary>
public sealed class PortfolioBudgetTests(SharedApp app)
{
    private async Task<(StrategySetup S, int Domain, int A1, int A2)> PortfolioAsync()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        var line = await app.LineAsync(await app.GoalAsync(domain));
        var a1 = await app.ActionAsync(s, line, "A01", "Opleiding circulair aankopen", d => d with { End = DateOnly.FromDateTime(Now(app)).AddDays(-3) });
        var a2 = await app.ActionAsync(s, null, "A02", "Infoavond voor handelaars");
        await app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget).SingleAsync(a => a.Id == a1);
            action.DescribeSheet(action.Sheet with { Budget = [new BudgetEntry(2026, 0.5, 10_000m)] }, Now(app));
            var spending = new ActionSpending(action, 2026);
            spending.Record(null, 2_500m);
            db.ActionSpendings.Add(spending);
            db.ProgressUpdates.Add(ProgressUpdate.Give(action, new ProgressReport { Date = DateOnly.FromDateTime(Now(app)), Percent = 40, Status = ActionStatus.Lopend },
                FollowUpSettings.Defaults(action.OrganisationId), null, null, "Test", Now(app)));
            await db.SaveChangesAsync();
        });
        return (s, domain, a1, a2);
    }

    [Fact]
    public async Task The_domain_filter_keeps_the_actions_of_that_domain_and_each_row_shows_spent_against_planned()
    {
        var (s, domain, a1, a2) = await PortfolioAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var all = await client.OpenAsync(s.Url("/followup"));
        Assert.NotNull(all.Document.QuerySelector($"#portfolio-{a2}"));
        Assert.Equal("€ 2.500 van € 10.000 (25 %)", all.Text($"#portfolio-{a1} .cx-portfolio__budget").Replace('\u00A0', ' '));

        var filtered = await client.OpenAsync(s.Url($"/followup?domain={domain}&flag=late"));
        Assert.NotNull(filtered.Document.QuerySelector($"#portfolio-{a1}"));
        Assert.Null(filtered.Document.QuerySelector($"#portfolio-{a2}"));
        Assert.EndsWith($"/followup/export.xlsx?domain={domain}&flag=late", filtered.Document.QuerySelector("#export-portfolio")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_is_a_valid_workbook_with_the_tool_8_columns_then_the_follow_up_columns_and_the_filters_applied()
    {
        var (s, domain, a1, _) = await PortfolioAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var file = await client.GetAsync(s.Url($"/followup/export.xlsx?domain={domain}"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var wb = document.WorkbookPart!;
        var sheet = Assert.Single(wb.Workbook.Sheets!.Elements<S.Sheet>());
        Assert.Equal("Acties", sheet.Name!.Value);
        var rows = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet.Descendants<S.Row>().ToList();
        var headers = Values(rows[0], 0);
        string?[] Values(S.Row row, int count)
        {
            var cells = row.Elements<S.Cell>().ToList();
            var values = new string?[Math.Max(count, cells.Count)];
            foreach (var cell in cells)
            {
                var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1);
                values[column - 1] = cell.InlineString?.InnerText ?? cell.CellValue?.Text;
            }
            return values;
        }
        Assert.Equal("Nummer", headers[0]);
        Assert.Equal(new string?[] { "Voortgang (%)", "Te laat", "Update nodig", "Laatste update", "Budget gepland (euro)", "Budget uitgegeven (euro)" }, headers[^6..]);
        Assert.Equal(2, rows.Count);
        var values = Values(rows[1], headers.Length);
        Assert.Equal("A01", values[0]);
        Assert.Equal("40", values[^6]);
        Assert.Equal("ja", values[^5]);
        Assert.Equal("10000", values[^2]);
        Assert.Equal("2500", values[^1]);
        _ = a1;
    }
}
