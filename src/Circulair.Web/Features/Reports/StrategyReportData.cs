using Circulair.Budget;
using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Scan;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// Everything the strategy document shows, read within one organisation (and one trajectory when it has one). Each
/// part is read only when its chapter is asked for, so a short document stays cheap. A missing part is empty, never
/// an error: the document says it is empty.
/// </summary>
public sealed class StrategyReportData
{
    public required string OrganisationName { get; init; }
    public required ReportTrajectory? Trajectory { get; init; }
    public required DateTime MadeAt { get; init; }
    public VisionCanvas? Canvas { get; init; }
    public IReadOnlyList<StakeholderTally> Stakeholders { get; init; } = [];
    public RankingResult? Ranking { get; init; }
    public StrategyTree? Tree { get; init; }
    public IReadOnlyList<ReportAction> Actions { get; init; } = [];
    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
    public IReadOnlyList<CoordinationDetails> Coordination { get; init; } = [];
    public IReadOnlyList<PlatformSummary> Platforms { get; init; } = [];
    public BudgetOverview? Budget { get; init; }
    public IReadOnlyList<Circulair.Web.Features.Pilots.PilotReportEntry> Pilots { get; init; } = [];

    public static async Task<StrategyReportData> LoadAsync(
        CirculairDbContext db, RankingCalculator ranking, Text t, TimeProvider clock, int organisationId, string organisationName,
        ReportTrajectory? trajectory, IReadOnlyCollection<ReportChapter> chapters, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        bool Wants(ReportChapter c) => chapters.Contains(c);
        var tid = trajectory?.Id;

        VisionCanvas? canvas = null;
        if (tid is { } vt && Wants(ReportChapter.Vision))
        {
            canvas = await db.VisionCanvases.InOrganisation(organisationId).AsNoTracking()
                .Include(c => c.Notes).Include(c => c.Policies)
                .AsSplitQuery()
                .FirstOrDefaultAsync(c => c.TrajectoryId == vt, ct);
        }

        List<StakeholderTally> stakeholders = [];
        if (Wants(ReportChapter.Stakeholders))
        {
            // Only the rating and the group: the summary never needs a name, contact or note.
            var rows = await db.Stakeholders.InOrganisation(organisationId)
                .Select(s => new { s.Power, s.Interest, s.Group, Custom = s.CustomGroup != null ? s.CustomGroup.Name : null })
                .ToListAsync(ct);
            stakeholders = [.. rows.Select(r => new StakeholderTally(StakeholderGrid.ApproachFor(r.Power, r.Interest),
                Circulair.Web.Features.Stakeholders.StakeholderLabels.GroupLabel(t, r.Group, r.Custom)))];
        }

        var rankingResult = Wants(ReportChapter.Scan) ? await ranking.ComputeAsync(organisationId, ct) : null;

        StrategyTree? tree = null;
        List<ReportAction> actions = [];
        var needsTree = Wants(ReportChapter.Domains) || Wants(ReportChapter.Goals) || Wants(ReportChapter.Actions) || Wants(ReportChapter.Priorities) || Wants(ReportChapter.Budget);
        if (tid is { } st && needsTree)
        {
            // The tree's action nodes come from the actions read below when a chapter reads them (one command less).
            tree = (await StrategyTree.LoadWithStrategyAsync(db, organisationId, st, TreeParts.WithoutActions,
                c => Circulair.Web.Features.Strategy.Goals.SmartContexts.LoadAsync(db, organisationId, clock, c), ct)).Tree;
        }
        List<PlannedAction>? loaded = null;
        if (tid is { } at && (Wants(ReportChapter.Actions) || Wants(ReportChapter.Priorities) || Wants(ReportChapter.Goals)))
        {
            var people = await ReportPeople.LoadAsync(db, organisationId, t["Reports.PrivatePerson"], ct);
            loaded = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == at)
                .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
                .AsSplitQuery().AsNoTracking().ToListAsync(ct);
            actions = [.. loaded
                .OrderBy(a => a.Number, StringComparer.OrdinalIgnoreCase)
                .Select(a =>
                {
                    var sheet = a.Sheet;
                    return new ReportAction(a.Id, a.ActionLineId, a.Position, a.Number, a.Title, a.Status, a.Size, a.Priority, a.StartDate, a.EndDate,
                        people.NameOf(a.Owner), a.Neighbours, a.Indicator, sheet,
                        [.. sheet.Partners.Select(p => (people.StakeholderName(p.StakeholderId) ?? "?", p.Role))],
                        a.ImpactMean, a.EffortMean, a.RatingCount);
                })];
        }
        if (tree is not null && tid is { } nt)
        {
            // In the order of their ids, as their own query (StrategyTree.ActionNodesAsync) reads them.
            tree = tree.WithActions(loaded is null ? await StrategyTree.ActionNodesAsync(db, organisationId, nt, ct)
                : [.. loaded.OrderBy(a => a.Id).Select(a => new ActionNode(a.Id, a.ActionLineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount))]);
        }

        var indicators = Wants(ReportChapter.Indicators)
            ? await MonitoringData.LoadAsync(db, organisationId, clock.GetUtcNow().Year, ct)
            : [];

        List<CoordinationDetails> coordination = [];
        List<PlatformSummary> platforms = [];
        if (Wants(ReportChapter.Governance))
        {
            coordination = [.. (await db.CoordinationRoles.InOrganisation(organisationId).AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct)).Select(r => r.Details)];
            // Each platform with its members and meetings counted in the same command (correlated on the platform only:
            // its members and meetings are the organisation's, decision 0385).
            IQueryable<PlatformMeeting> meetings = db.PlatformMeetings; // a local: an expression tree cannot name an extension property
            platforms = await db.GovernancePlatforms.InOrganisation(organisationId).OrderBy(p => p.Name)
                .Select(p => new PlatformSummary(p.Name, p.Kind, p.Description, p.Members.Count(),
                    meetings.Count(m => m.GovernancePlatformId == p.Id),
                    meetings.Where(m => m.GovernancePlatformId == p.Id).Max(m => (DateOnly?)m.Date)))
                .ToListAsync(ct);
        }

        var budget = tid is { } bt && Wants(ReportChapter.Budget) ? await BudgetData.LoadAsync(db, organisationId, bt, ct) : null;

        var pilots = Wants(ReportChapter.Pilots) ? await Circulair.Web.Features.Pilots.PilotStrategyLinks.ReportAsync(db, organisationId, tid, ct) : [];

        return new StrategyReportData
        {
            Pilots = pilots,
            OrganisationName = organisationName,
            Trajectory = trajectory,
            MadeAt = now,
            Canvas = canvas,
            Stakeholders = stakeholders,
            Ranking = rankingResult,
            Tree = tree,
            Actions = actions,
            Indicators = indicators,
            Coordination = coordination,
            Platforms = platforms,
            Budget = budget,
        };
    }
}
