using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>What <see cref="StrategyBenchmark.SeedAsync"/> made: where to point the load generator.</summary>
public sealed record StrategySeed(int OrganisationId, string OrganisationSlug, int TrajectoryId, int Actions, string TablePath, string MatrixPath, string ExportPath);

/// <summary>
/// The entry the load benchmark (bench/) calls to get a strategy of realistic shape and size without HTTP: two
/// retained domains, ten goals, forty action lines and <c>actions</c> actions (numbered A0001…), each with a
/// trekker, one or two partners, two budget years and three ratings, so the action table, the matrix and the
/// export do all their work. Use a service provider of the running app (e.g. WebApplicationFactory.Services).
/// <code>
/// var seed = await StrategyBenchmark.SeedAsync(app.Services, organisationId, actions: 1000);
/// // GET seed.TablePath, seed.MatrixPath, seed.ExportPath as a member of seed.OrganisationSlug
/// </code>
/// </summary>
public static class StrategyBenchmark
{
    public static async Task<StrategySeed> SeedAsync(IServiceProvider services, int organisationId, int actions = 1000, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var slug = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Slug).SingleAsync(ct);

        var trajectory = new StrategyTrajectory(organisationId, "Bench " + Guid.NewGuid().ToString("N")[..6], 2025, 2030, null, null);
        db.Trajectories.Add(trajectory);
        var owners = Enumerable.Range(1, 20)
            .Select(i => new Stakeholder(organisationId, new StakeholderDetails { Name = $"Bench-partner {Guid.NewGuid().ToString("N")[..8]} {i}", Group = StakeholderGroup.Bedrijven }, now))
            .ToList();
        db.Stakeholders.AddRange(owners);
        await db.SaveChangesAsync(ct);

        var domains = new[] { "gebouwde-omgeving", "consumentengoederen" }.Select(code =>
        {
            var d = new StrategyDomain(organisationId, trajectory.Id, code);
            d.Record(DomainSupport.Hoog, DomainDecision.Behouden, "Bench", DateOnly.FromDateTime(now));
            return d;
        }).ToList();
        db.StrategyDomains.AddRange(domains);
        var goals = Enumerable.Range(0, 10).Select(i => new StrategyGoal(domains[i % 2], i / 2 + 1, new GoalDetails
        {
            Statement = $"Benchdoel {i + 1}: tegen 2030 daalt de indicator met een derde", Indicator = "Indicator", TargetValue = 100, Unit = "ton",
            BaselineValue = 150, BaselineYear = 2024, Deadline = new DateOnly(2030, 12, 31), Owner = "Dienst", RealismNote = "Bench",
        })).ToList();
        db.StrategyGoals.AddRange(goals);
        var lines = Enumerable.Range(0, 40).Select(i => new ActionLine(goals[i % 10], i / 10 + 1, $"Actielijn {i + 1}", null)).ToList();
        db.ActionLines.AddRange(lines);
        await db.SaveChangesAsync(ct);

        var random = new Random(42);
        var batch = new List<PlannedAction>();
        for (var n = 1; n <= actions; n++)
        {
            var line = lines[n % lines.Count];
            var action = new PlannedAction(organisationId, trajectory.Id, new ActionDetails
            {
                Number = $"A{n:0000}", Title = $"Benchactie {n} met een titel van gewone lengte", Status = (ActionStatus)(n % 6 + 1),
                Size = n % 3 == 0 ? ActionSize.GrootProject : ActionSize.KleineVerbetering, Priority = (ActionPriority)(n % 3 + 1),
                Start = new DateOnly(2026, 1, 1).AddDays(n % 300), End = new DateOnly(2027, 1, 1).AddDays(n % 300),
                Owner = ActionOwner.OfStakeholder(owners[n % owners.Count].Id), Indicator = "Aantal", Neighbours = n % 10 == 0 ? "Voorbeeldegem" : null,
            }, now);
            action.PlaceIn(line, [.. batch.Where(a => a.Line == line)]);
            action.DescribeSheet(new ActionSheet
            {
                Description = "Beschrijving van de benchactie.",
                Partners = [new(owners[(n + 1) % owners.Count].Id, "Partner"), .. n % 2 == 0 ? new[] { new PartnerEntry(owners[(n + 2) % owners.Count].Id, null) } : []],
                Budget = [new(2026, 0.2, 10_000m + n), new(2027, 0.3, 12_000m)],
            }, now);
            for (var r = 0; r < 3; r++)
            {
                action.Rate(RaterKey.Workshop($"bench-{r}"), $"Tafel {r + 1}", random.Next(1, 6), random.Next(1, 6), now);
            }
            batch.Add(action);
            if (batch.Count % 250 == 0 || n == actions)
            {
                db.PlannedActions.AddRange(batch.Where(a => a.Id == 0));
                await db.SaveChangesAsync(ct);
            }
        }
        var basePath = $"/o/{slug}/trajectories/{trajectory.Id}";
        return new StrategySeed(organisationId, slug, trajectory.Id, actions, basePath + "/table", basePath + "/matrix", basePath + "/table/export.xlsx");
    }
}
