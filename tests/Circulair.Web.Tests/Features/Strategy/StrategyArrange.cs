using Circulair.Organisations;
using Circulair.Scan;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>Arranges a strategy straight through the model, for tests that start past the forms.</summary>
internal static class StrategyArrange
{
    public sealed record StrategySetup(TestOrganisation Organisation, TestUser User, int TrajectoryId)
    {
        public string Url(string rest = "") => Organisation.Url($"/trajectories/{TrajectoryId}{rest}");
    }

    public static DateTime Now(CirculairFactory app) => app.Clock.GetUtcNow().UtcDateTime;

    public static async Task<StrategySetup> NewAsync(CirculairFactory app, OrganisationRole role = OrganisationRole.Coordinator)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(role);
        var trajectoryId = await app.WithDbAsync(async (db, _) =>
        {
            var trajectory = new StrategyTrajectory(org.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            return trajectory.Id;
        });
        return new StrategySetup(org, user, trajectoryId);
    }

    public static Task ShortlistAsync(this CirculairFactory app, StrategySetup s, string code, string reason, string? notes = null) =>
        app.WithDbAsync(async db =>
        {
            var assessment = new ScanDomainAssessment(s.Organisation.Id, code);
            assessment.Describe(null, [], null, null, null, null, notes);
            assessment.MarkPromising(reason, Now(app));
            db.ScanDomainAssessments.Add(assessment);
            await db.SaveChangesAsync();
        });

    public static Task VisionAsync(this CirculairFactory app, StrategySetup s, string statement) =>
        app.WithDbAsync(async db =>
        {
            var canvas = new VisionCanvas(s.Organisation.Id, s.TrajectoryId, Now(app));
            canvas.Describe(null, null, null, statement, VisionFocus.None, Now(app));
            db.VisionCanvases.Add(canvas);
            await db.SaveChangesAsync();
        });

    public static Task<int> DomainAsync(this CirculairFactory app, StrategySetup s, string code = "gebouwde-omgeving", DomainDecision? decision = DomainDecision.Behouden, string reason = "Veel draagvlak") =>
        app.WithDbAsync(async (db, _) =>
        {
            var domain = new StrategyDomain(s.Organisation.Id, s.TrajectoryId, code);
            domain.Record(DomainSupport.Hoog, decision, decision is null ? null : reason, decision is null ? null : new DateOnly(2026, 2, 20));
            db.StrategyDomains.Add(domain);
            await db.SaveChangesAsync();
            return domain.Id;
        });

    /// <summary>Drops a domain that was kept (goals and lines below it stay).</summary>
    public static Task DropAsync(this CirculairFactory app, int domainId, string reason) =>
        app.WithDbAsync(async db =>
        {
            var domain = await db.StrategyDomains.SingleAsync(d => d.Id == domainId);
            domain.Record(DomainSupport.Laag, DomainDecision.LatenVallen, reason, new DateOnly(2026, 2, 28));
            await db.SaveChangesAsync();
        });

    public static Task<int> GoalAsync(this CirculairFactory app, int domainId, string statement = "Vanaf 2027 bouwt de stad circulair", GoalDetails? details = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var domain = await db.StrategyDomains.SingleAsync(d => d.Id == domainId);
            var position = await db.StrategyGoals.CountAsync(g => g.StrategyDomainId == domainId) + 1;
            var goal = new StrategyGoal(domain, position, (details ?? new GoalDetails()) with { Statement = statement });
            db.StrategyGoals.Add(goal);
            await db.SaveChangesAsync();
            return goal.Id;
        });

    public static Task<int> LineAsync(this CirculairFactory app, int goalId, string title = "Circulaire criteria in aanbestedingen") =>
        app.WithDbAsync(async (db, _) =>
        {
            var goal = await db.StrategyGoals.Include(g => g.Domain).SingleAsync(g => g.Id == goalId);
            var position = await db.ActionLines.CountAsync(l => l.StrategyGoalId == goalId) + 1;
            var line = new ActionLine(goal, position, title, null);
            db.ActionLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });

    public static Task<int> ActionAsync(this CirculairFactory app, StrategySetup s, int? lineId, string number, string title = "Opleiding circulair aankopen", Func<ActionDetails, ActionDetails>? change = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var details = new ActionDetails { Number = number, Title = title, Status = ActionStatus.Gepland };
            var action = new PlannedAction(s.Organisation.Id, s.TrajectoryId, change?.Invoke(details) ?? details, Now(app));
            var line = lineId is { } id ? await db.ActionLines.Include(l => l.Goal).ThenInclude(g => g.Domain).SingleAsync(l => l.Id == id) : null;
            action.PlaceIn(line, await db.PlannedActions.Where(a => a.TrajectoryId == s.TrajectoryId && a.ActionLineId == lineId).ToListAsync());
            db.PlannedActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

    public static Task RateAsync(this CirculairFactory app, int actionId, RaterKey rater, int impact, int effort) =>
        app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.Include(a => a.Ratings).SingleAsync(a => a.Id == actionId);
            action.Rate(rater, rater.ToString(), impact, effort, Now(app));
            await db.SaveChangesAsync();
        });

    public static Task<int> StakeholderAsync(this CirculairFactory app, StrategySetup s, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var stakeholder = new Stakeholder(s.Organisation.Id, new StakeholderDetails { Name = name, Group = StakeholderGroup.Bedrijven }, Now(app));
            db.Stakeholders.Add(stakeholder);
            await db.SaveChangesAsync();
            return stakeholder.Id;
        });

    public static Task<PlannedAction> LoadActionAsync(this CirculairFactory app, int actionId) =>
        app.WithDbAsync(async (db, _) => await db.PlannedActions.AsNoTracking()
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget).Include(a => a.Ratings)
            .AsSplitQuery().SingleAsync(a => a.Id == actionId));

    public static Task<List<PlannedAction>> ActionsAsync(this CirculairFactory app, StrategySetup s) =>
        app.WithDbAsync(async (db, _) => await db.PlannedActions.AsNoTracking().Where(a => a.TrajectoryId == s.TrajectoryId).ToListAsync());

    public static Dictionary<string, string?> Form(params (string Key, string? Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);
}
