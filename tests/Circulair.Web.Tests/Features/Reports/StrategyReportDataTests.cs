using System.Text.Json;
using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.Pilots;
using Circulair.Web.Features.Reports;
using Circulair.Web.Features.Scan;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Reports;

/// <summary>
/// The strategy document reads its lists in one command (decision 0475) instead of through each page's loader. What
/// it reads must be what those loaders read: the action sheets as the entity gives them, the owners and partners as
/// <see cref="ReportPeople"/> names them, the tree with its SMART scores, the budget, the vision canvas, the governance
/// tables and the pilots, all on the demo organisation's strategy, with a private person added as a partner and an
/// owner, a step, a risk and a second-year budget so that every list has rows.
/// </summary>
public sealed class StrategyReportDataTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>
    /// PostgreSQL refuses a union whose parts give one column different store types (varchar(200) against text), which
    /// SQLite never notices; EF checks it while translating, so no server is needed to see it.
    /// </summary>
    [Fact]
    public void The_lists_union_translates_for_postgresql_with_every_part()
    {
        var options = new DbContextOptionsBuilder<CirculairDbContext>().UseNpgsql("Host=localhost;Database=none;Username=postgres").Options;
        using var db = new CirculairDbContext(options);
        var all = new StrategyListParts { People = true, Sheets = true, Budget = true, Vision = true, Governance = true, Pilots = true };

        var sql = StrategyReportLists.Query(db, 1, 2, all)!.ToQueryString();

        Assert.Equal(Enum.GetValues<StrategyListKind>().Length - 1, sql.Split("UNION ALL").Length - 1);
        Assert.Null(StrategyReportLists.Query(db, 1, 2, new StrategyListParts()));
    }

    [Fact]
    public async Task The_report_reads_every_chapter_as_the_pages_own_loaders_read_it()
    {
        var (trajectoryId, actionId, privateName) = await app.WithDbAsync(async (db, _) =>
        {
            var action = await db.PlannedActions.Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
                .Where(a => a.OrganisationId == app.Demo.Id).OrderBy(a => a.Id).FirstAsync();
            var name = Scenario.Unique("Piet Privé");
            var person = new Stakeholder(app.Demo.Id, new StakeholderDetails { Name = name, Kind = StakeholderKind.Persoon, Department = null, Group = StakeholderGroup.Burgers }, DateTime.UtcNow);
            db.Stakeholders.Add(person);
            await db.SaveChangesAsync();
            var sheet = action.Sheet;
            action.DescribeSheet(sheet with
            {
                Partners = [.. sheet.Partners, new PartnerEntry(person.Id, "klankbord")],
                Steps = [.. sheet.Steps, new StepEntry(Scenario.Unique("Stap"), new DateOnly(2027, 3, 1), "2 dagen")],
                Risks = [.. sheet.Risks, new RiskEntry(Scenario.Unique("Risico"), RiskLevel.Hoog, RiskLevel.Laag, "opvolgen")],
                Budget = [.. sheet.Budget.Where(b => b.Year != 2031), new BudgetEntry(2031, 0.5, 1234.5m)],
            }, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return (action.TrajectoryId, action.Id, name);
        });

        await app.WithDbAsync(async (db, services) =>
        {
            var clock = services.GetRequiredService<TimeProvider>();
            var t = services.GetRequiredService<Text>();
            var trajectory = await db.Trajectories.Where(x => x.Id == trajectoryId)
                .Select(x => new ReportTrajectory(x.Id, x.Title, x.PeriodStartYear, x.PeriodEndYear)).SingleAsync();
            var data = await StrategyReportData.LoadAsync(db, services.GetRequiredService<RankingCalculator>(), t, clock, app.Demo.Id, "Demostad",
                trajectory, ReportChapters.All, TestContext.Current.CancellationToken);

            // The action sheets, with every list, as PlannedAction.Sheet gives them; owners and partners named as ReportPeople names them.
            var entities = await db.PlannedActions.Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
                .AsSplitQuery().Where(a => a.OrganisationId == app.Demo.Id && a.TrajectoryId == trajectoryId).ToListAsync();
            var people = await ReportPeople.LoadAsync(db, app.Demo.Id, t["Reports.PrivatePerson"], default);
            Assert.Equal(entities.Count, data.Actions.Count);
            foreach (var entity in entities)
            {
                var read = data.Actions.Single(a => a.Id == entity.Id);
                Assert.Equal(JsonSerializer.Serialize(entity.Sheet, Json), JsonSerializer.Serialize(read.Sheet, Json));
                Assert.Equal(people.NameOf(entity.Owner), read.Owner);
                Assert.Equal(entity.Sheet.Partners.Select(p => (people.StakeholderName(p.StakeholderId) ?? "?", p.Role)), read.Partners);
            }
            var changed = data.Actions.Single(a => a.Id == actionId);
            Assert.Contains(changed.Partners, p => p.Role == "klankbord" && p.Name == t["Reports.PrivatePerson"].Value);
            Assert.DoesNotContain(changed.Partners, p => p.Name == privateName);
            Assert.Contains(changed.Sheet.Budget, b => b is { Year: 2031, Euros: 1234.5m, Fte: 0.5 });
            Assert.NotEmpty(changed.Sheet.Steps);
            Assert.NotEmpty(changed.Sheet.Risks);
            Assert.Contains(data.Actions, a => a.Sheet.Milestones.Count > 0);

            // The tree, its SMART scores and its action nodes as the strategy pages load them.
            var tree = await StrategyTree.LoadAsync(db, app.Demo.Id, trajectoryId, clock, default);
            Assert.NotNull(data.Tree);
            Assert.Equal(tree.Domains, data.Tree.Domains);
            Assert.Equal(tree.Goals.Select(g => (g.Id, g.SmartMet, g.Details)), data.Tree.Goals.Select(g => (g.Id, g.SmartMet, g.Details)));
            Assert.Contains(data.Tree.Goals, g => g.SmartMet > 0);
            Assert.Equal(tree.Lines, data.Tree.Lines);
            // The tree orders a line's actions by position when it shows them; the list itself has no order (PostgreSQL returns rows as stored).
            Assert.Equal(tree.Actions.OrderBy(a => a.Id), data.Tree.Actions.OrderBy(a => a.Id));

            // The budget as the budget pages add it up.
            var budget = await BudgetData.LoadAsync(db, app.Demo.Id, trajectoryId, default);
            Assert.NotNull(data.Budget);
            Assert.Equal(budget.Lines.OrderBy(l => l.ActionId).ThenBy(l => l.Year), data.Budget.Lines.OrderBy(l => l.ActionId).ThenBy(l => l.Year));
            Assert.Contains(data.Budget.Lines, l => l.Spent is not null);
            Assert.NotEmpty(data.Budget.Codes);
            // Compared with every object's members in name order: the budget page's per-year sums come in the order
            // PostgreSQL returns the rows (as stored), the report's by year; the figures must be the same.
            Assert.Equal(Canonical(new { budget.Years, budget.Codes, budget.PlanTotal, budget.ActionsWithoutCode, budget.ActionsWithUnknownCode }),
                Canonical(new { data.Budget.Years, data.Budget.Codes, data.Budget.PlanTotal, data.Budget.ActionsWithoutCode, data.Budget.ActionsWithUnknownCode }));

            // The vision canvas: its texts, notes in order and policies.
            var canvas = await db.VisionCanvases.Include(c => c.Notes).Include(c => c.Policies).AsSplitQuery().SingleAsync(c => c.TrajectoryId == trajectoryId);
            var snapshot = canvas.Snapshot();
            Assert.NotNull(data.Canvas);
            Assert.Equal((snapshot.Why, snapshot.Results, snapshot.AlreadyHappening, snapshot.Statement, snapshot.Focus),
                (data.Canvas.Why, data.Canvas.Results, data.Canvas.AlreadyHappening, data.Canvas.Statement, data.Canvas.Focus));
            Assert.NotEmpty(snapshot.Notes);
            Assert.Equal(snapshot.Notes.Select(n => (n.Block, n.Text, n.Position)), data.Canvas.Notes.Select(n => (n.Block, n.Text, n.Position)));
            Assert.Equal(snapshot.Policies, data.Canvas.Policies);

            // The stakeholders, governance and pilots.
            Assert.Equal(await db.Stakeholders.CountAsync(s => s.OrganisationId == app.Demo.Id), data.Stakeholders.Count);
            var roles = await db.CoordinationRoles.Where(r => r.OrganisationId == app.Demo.Id).OrderBy(r => r.Id).ToListAsync();
            Assert.NotEmpty(roles);
            Assert.Equal(roles.Select(r => r.Details), data.Coordination);
            Assert.NotEmpty(data.Platforms);
            Assert.Equal(await db.GovernancePlatforms.CountAsync(p => p.OrganisationId == app.Demo.Id), data.Platforms.Count);
            var pilots = await PilotStrategyLinks.ReportAsync(db, app.Demo.Id, trajectoryId, default);
            Assert.NotEmpty(pilots);
            Assert.Equal(pilots.Select(p => p.Pilot.Id), data.Pilots.Select(p => p.Pilot.Id));
            foreach (var (expected, read) in pilots.Zip(data.Pilots))
            {
                Assert.Equal(expected.Actions, read.Actions);
                Assert.Equal(expected.Results, read.Results);
                Assert.Equal(expected.OpenTests, read.OpenTests);
                Assert.Equal(expected.Communication, read.Communication);
                Assert.Equal(expected.Improvements.Select(i => i.Id), read.Improvements.Select(i => i.Id));
                Assert.Equal(JsonSerializer.Serialize(expected.BusinessModel, Json), JsonSerializer.Serialize(read.BusinessModel, Json));
                Assert.Equal(JsonSerializer.Serialize(expected.Legacy, Json), JsonSerializer.Serialize(read.Legacy, Json));
            }
            Assert.Contains(data.Pilots, p => p.Actions.Count > 0 && p.Communication.Count > 0);
            return 0;
        });
    }

    private static string Canonical(object value) => Sorted(JsonSerializer.SerializeToNode(value, Json))?.ToJsonString() ?? "null";

    private static System.Text.Json.Nodes.JsonNode? Sorted(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };
}
