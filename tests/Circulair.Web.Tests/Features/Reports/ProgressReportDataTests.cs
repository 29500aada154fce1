using System.Globalization;
using System.Net;
using Circulair.Budget;
using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.Reports;
using Circulair.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Reports;

/// <summary>
/// The progress report reads its actions once, with everything below them in one UNION ALL (decision 0470), instead of
/// calling the follow-up, budget and adoption loaders. These tests hold it to what those loaders give, on the demo
/// organisation and on a strategy changed in every list of a sheet after adoption, and read the result on the page.
/// </summary>
public sealed class ProgressReportDataTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    private int Year => app.Clock.GetUtcNow().Year;

    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Reads_the_same_follow_up_updates_budget_and_changes_as_the_loaders_of_their_own_pages()
    {
        var changed = await AdoptedThenChangedAsync();

        await AssertSameAsReadByTheFeatureLoadersAsync(app.Demo.Id, app.Demo.Name, Year);
        await AssertSameAsReadByTheFeatureLoadersAsync(app.Demo.Id, app.Demo.Name, Year - 1);
        await AssertSameAsReadByTheFeatureLoadersAsync(changed.Organisation.Id, changed.Organisation.Name, Year);
    }

    [Fact]
    public async Task Shows_a_change_in_every_list_of_a_sheet_since_adoption_with_the_years_spending_and_updates()
    {
        var s = await AdoptedThenChangedAsync();
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Organisation.Url($"/reports/progress?year={Year}"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var changes = page.Document.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent == "Acties die veranderden");
        Assert.Contains(changes.QuerySelectorAll("tbody tr"), r => r.Children[0].TextContent == "B01" && r.Children[2].TextContent == "Gewijzigd");
        Assert.Contains(changes.QuerySelectorAll("tbody tr"), r => r.Children[0].TextContent == "B02" && r.Children[2].TextContent == "Nieuw");
        var details = page.Document.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        foreach (var field in new[] { "Betrokken partijen", "Mijlpalen", "Tijdlijn", "Risico's", "Middelen per jaar" })
        {
            Assert.Contains($"{field}: gewijzigd", details);
        }
        // The update of this year with its blocker, and the year's spending beside what was planned.
        Assert.Contains("Eerste sessie gegeven aan de aankopers", page.MainText, StringComparison.Ordinal);
        Assert.Contains("De zaal is nog niet vastgelegd", page.MainText, StringComparison.Ordinal);
        var budget = page.Document.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.Contains(Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && t.QuerySelectorAll("th").Any(th => th.TextContent == "Uitgegeven"));
        var total = budget.QuerySelectorAll("tr").Last();
        Assert.Equal([BudgetData.Euros(10_000m), BudgetData.Euros(2_500m), BudgetData.Euros(1_250m)], total.Children.Skip(1).Select(c => c.TextContent.Trim()));
    }

    /// <summary>
    /// A strategy of two actions on one line. B01 has a milestone and a budget year when the strategy is adopted; after
    /// that its milestone moves, and it gets a partner, a step, a risk and a second budget year, a spending this year and
    /// an update with a blocker. B02 is new since adoption.
    /// </summary>
    private async Task<StrategySetup> AdoptedThenChangedAsync()
    {
        var s = await NewAsync(app);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        var partner = await app.StakeholderAsync(s, "Bouwbedrijf Voorbeeld");
        var actionId = await app.ActionAsync(s, line, "B01", "Opleiding circulair aankopen");
        var now = Now(app);
        await app.WithDbAsync(async db =>
        {
            var action = await Sheet(db).SingleAsync(a => a.Id == actionId);
            action.DescribeSheet(action.Sheet with
            {
                Description = "Aankopers leren circulaire criteria gebruiken.",
                Milestones = [new(Today.AddDays(30), "Eerste sessie", false)],
                Budget = [new(Year, 0.2, 10_000m)],
            }, now);
            await db.SaveChangesAsync();
            var decision = new PoliticalDecision(s.Organisation.Id, s.TrajectoryId, new PoliticalDecisionDetails
            {
                Moment = PoliticalMoment.FormeleBekrachtiging, Body = DecisionBody.Gemeenteraad, Date = Today, Reference = "GR/1", Outcome = DecisionOutcome.Goedgekeurd,
            }, s.User.Id, now);
            db.PoliticalDecisions.Add(decision);
            await db.SaveChangesAsync();
            db.AdoptedVersions.Add(AdoptedVersion.Freeze(decision, [], await AdoptionState.TakeAsync(db, s.Organisation.Id, s.TrajectoryId, default), s.User.Id, s.User.Name, now));
            await db.SaveChangesAsync();

            action.DescribeSheet(action.Sheet with
            {
                Partners = [new(partner, "Lesgever")],
                Milestones = [new(Today.AddDays(60), "Eerste sessie", false)],
                Steps = [new("Zaal zoeken", Today.AddDays(20), "Budget catering")],
                Risks = [new("Te weinig inschrijvingen", RiskLevel.Middel, RiskLevel.Hoog, "Rechtstreeks uitnodigen")],
                Budget = [new(Year, 0.2, 10_000m), new(Year + 1, 0.1, 4_000m)],
            }, now);
            var spending = new ActionSpending(action, Year);
            spending.Record(2_500m, 1_250m);
            db.ActionSpendings.Add(spending);
            db.ProgressUpdates.Add(ProgressUpdate.Give(action, new ProgressReport
            {
                Date = Today, Percent = 20, Status = ActionStatus.Lopend, Text = "Eerste sessie gegeven aan de aankopers.", Blocker = "De zaal is nog niet vastgelegd.",
            }, FollowUpSettings.Defaults(s.Organisation.Id), null, s.User.Id, s.User.Name, now));
            await db.SaveChangesAsync();
        });
        await app.ActionAsync(s, line, "B02", "Hergebruikte materialen in bestekken");
        return s;
    }

    private static IQueryable<PlannedAction> Sheet(CirculairDbContext db) =>
        db.PlannedActions.Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget).AsSplitQuery();

    private Task AssertSameAsReadByTheFeatureLoadersAsync(int organisationId, string organisationName, int year) =>
        app.WithDbAsync(async (db, sp) =>
        {
            var comparison = sp.GetRequiredService<IAdoptedComparison>();
            var trajectory = await db.Trajectories.Where(t => t.OrganisationId == organisationId).OrderBy(t => t.Id)
                .Select(t => new ReportTrajectory(t.Id, t.Title, t.PeriodStartYear, t.PeriodEndYear)).FirstAsync();
            var data = await ProgressReportData.LoadAsync(db, comparison, app.Clock, organisationId, organisationName, trajectory, year, default);

            var followUp = await FollowUpData.LoadAsync(db, organisationId, trajectory.Id, Today, default);
            Assert.Equal(followUp.Actions, data.FollowUp!.Actions);
            Assert.Equal(followUp.Tree.Actions, data.FollowUp.Tree.Actions);
            Assert.Equal(followUp.Settings.Cycle, data.FollowUp.Settings.Cycle);
            Assert.Equal(followUp.Settings.Weighting, data.FollowUp.Settings.Weighting);

            DateOnly first = new(year, 1, 1), last = new(year, 12, 31);
            var updates = await db.ProgressUpdates.Where(u => u.TrajectoryId == trajectory.Id && u.Date >= first && u.Date <= last)
                .OrderBy(u => u.Date).ThenBy(u => u.Id)
                .Select(u => new ReportUpdate(u.PlannedActionId, u.Date, u.Percent, u.Status, u.Text, u.Blocker, u.NextStep)).ToListAsync();
            Assert.Equal(updates, data.Updates);

            var budget = await BudgetData.LoadAsync(db, organisationId, trajectory.Id, default);
            Assert.NotEmpty(budget.Lines);
            // Compared without their order: the budget page's own reading has none on PostgreSQL (rows as stored).
            Assert.Equal(budget.Lines.OrderBy(l => l.ActionId).ThenBy(l => l.Year), data.Budget!.Lines.OrderBy(l => l.ActionId).ThenBy(l => l.Year));
            Assert.Equal(budget.Years, data.Budget.Years);
            Assert.Equal(budget.ActionsWithoutCode, data.Budget.ActionsWithoutCode);
            Assert.Equal(budget.ActionsWithUnknownCode, data.Budget.ActionsWithUnknownCode);
            Assert.Equal(budget.Codes.Count, data.Budget.Codes.Count);

            var changes = await comparison.CompareAsync(db, organisationId, trajectory.Id, default);
            Assert.NotNull(changes);
            Assert.NotEmpty(changes.Changes);
            Assert.Equal((changes.VersionNumber, changes.AdoptedOn), (data.Changes!.VersionNumber, data.Changes.AdoptedOn));
            Assert.Equal(changes.Changes.Select(Said), data.Changes.Changes.Select(Said));
            return true;
        });

    private static string Said(ActionChange c) => $"{c.Kind} {c.Number} {c.Title}: {string.Join(" | ", c.Details)}";
}
