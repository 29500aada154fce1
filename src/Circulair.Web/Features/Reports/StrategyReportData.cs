using Circulair.Budget;
using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Pilots;
using Circulair.Web.Features.Pilots.Communication;
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
/// <remarks>
/// At most seven commands with every chapter (decision 0475; the page's authentication and trajectory take three more):
/// the lists of every chapter (<see cref="StrategyReportLists"/>), the scan's datasets and its figures, the tree, the
/// actions, the indicators and the pilots. The pages' own loaders are not called: each would read its lists again.
/// </remarks>
public sealed class StrategyReportData
{
    public required string OrganisationName { get; init; }
    public required ReportTrajectory? Trajectory { get; init; }
    public required DateTime MadeAt { get; init; }
    /// <summary>The vision canvas of the trajectory (null: none), as a snapshot: its texts, notes and policies.</summary>
    public VisionSnapshot? Canvas { get; init; }
    public IReadOnlyList<StakeholderTally> Stakeholders { get; init; } = [];
    public RankingResult? Ranking { get; init; }
    public StrategyTree? Tree { get; init; }
    public IReadOnlyList<ReportAction> Actions { get; init; } = [];
    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
    public IReadOnlyList<CoordinationDetails> Coordination { get; init; } = [];
    public IReadOnlyList<PlatformSummary> Platforms { get; init; } = [];
    public BudgetOverview? Budget { get; init; }
    public IReadOnlyList<PilotReportEntry> Pilots { get; init; } = [];

    public static async Task<StrategyReportData> LoadAsync(
        CirculairDbContext db, RankingCalculator ranking, Text t, TimeProvider clock, int organisationId, string organisationName,
        ReportTrajectory? trajectory, IReadOnlyCollection<ReportChapter> chapters, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        bool Wants(ReportChapter c) => chapters.Contains(c);
        var tid = trajectory?.Id;

        var wantsSheets = tid is not null && (Wants(ReportChapter.Actions) || Wants(ReportChapter.Priorities) || Wants(ReportChapter.Goals));
        var wantsBudget = tid is not null && Wants(ReportChapter.Budget);
        var wantsTree = tid is not null && (Wants(ReportChapter.Domains) || Wants(ReportChapter.Goals) || Wants(ReportChapter.Actions) || Wants(ReportChapter.Priorities) || wantsBudget);

        // The lists of every chapter in one command (decision 0475). The people serve the stakeholder summary, the
        // actions' owners and partners, and the names a goal's owner may be (the tree's SMART scores).
        var lists = await StrategyReportLists.LoadAsync(db, organisationId, tid, new StrategyListParts
        {
            People = Wants(ReportChapter.Stakeholders) || wantsSheets || wantsTree,
            Sheets = wantsSheets,
            Budget = wantsBudget,
            Vision = Wants(ReportChapter.Vision),
            Governance = Wants(ReportChapter.Governance),
            Pilots = Wants(ReportChapter.Pilots),
        }, ct);
        var rows = lists.ToLookup(r => r.Kind);

        VisionSnapshot? canvas = null;
        if (tid is not null && Wants(ReportChapter.Vision) && rows[StrategyListKind.Canvas].FirstOrDefault() is { } c)
        {
            canvas = VisionOf(c, rows[StrategyListKind.Note], rows[StrategyListKind.Policy]);
        }

        List<StakeholderTally> stakeholders = [];
        if (Wants(ReportChapter.Stakeholders))
        {
            // Only the rating and the group: the summary never needs a name, contact or note.
            stakeholders = [.. rows[StrategyListKind.Stakeholder].Select(r => new StakeholderTally(StakeholderGrid.ApproachFor(r.StakeholderPower, r.StakeholderInterest),
                Circulair.Web.Features.Stakeholders.StakeholderLabels.GroupLabel(t, r.StakeholderGroup, r.StakeholderCustomGroup)))];
        }

        var rankingResult = Wants(ReportChapter.Scan) ? await ranking.ComputeWithoutPopulationsAsync(organisationId, ct) : null;

        // The actions with the fields the sheets, the tree and the budget need (one command); their lists came above.
        List<ActionRow> loaded = [];
        if (tid is { } at && (wantsSheets || wantsTree))
        {
            var codes = db.ActionBbcLinks.AsQueryable();
            loaded = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == at)
                .Select(a => new ActionRow
                {
                    Id = a.Id, LineId = a.ActionLineId, GoalId = a.Line == null ? null : a.Line.StrategyGoalId, Position = a.Position,
                    Number = a.Number, Title = a.Title, Status = a.Status, Size = a.Size, Priority = a.Priority,
                    Start = a.StartDate, End = a.EndDate, OwnerUserId = a.OwnerUserId, OwnerStakeholderId = a.OwnerStakeholderId,
                    Neighbours = a.Neighbours, Indicator = a.Indicator, Description = a.Description, DesiredResults = a.DesiredResults,
                    PreconditionsTechnical = a.PreconditionsTechnical, PreconditionsLegal = a.PreconditionsLegal,
                    PreconditionsSpatial = a.PreconditionsSpatial, PreconditionsOrganisational = a.PreconditionsOrganisational,
                    FirstSteps = a.FirstSteps, BusinessCase = a.BusinessCase, Funding = a.Funding, Communication = a.Communication, Monitoring = a.Monitoring,
                    ImpactMean = a.ImpactMean, EffortMean = a.EffortMean, RatingCount = a.RatingCount,
                    Code = codes.Where(l => l.PlannedActionId == a.Id).Select(l => l.Code).FirstOrDefault(),
                })
                .ToListAsync(ct);
        }

        var people = ReportPeople.From(
            rows[StrategyListKind.Member].Select(r => (r.Id, r.MemberName!)),
            rows[StrategyListKind.Stakeholder].Select(r => (r.Id, r.StakeholderName!, r.StakeholderPrivate, r.StakeholderDepartment)),
            t["Reports.PrivatePerson"]);

        StrategyTree? tree = null;
        if (tid is { } st && wantsTree)
        {
            // The names a goal's owner may be, from the people read above (as SmartContexts.NamesAsync reads them: a UNION of
            // the members' names, the stakeholders' names and their departments); the action nodes from the actions.
            var smart = new SmartContext(Circulair.Web.Features.Stakeholders.StakeholderLabels.Today(clock),
                rows[StrategyListKind.Member].Select(r => r.MemberName!)
                    .Concat(rows[StrategyListKind.Stakeholder].Select(r => r.StakeholderName!))
                    .Concat(rows[StrategyListKind.Stakeholder].Where(r => r.StakeholderDepartment is not null).Select(r => r.StakeholderDepartment!))
                    .Distinct(StringComparer.Ordinal).ToList());
            tree = (await StrategyTree.LoadWithStrategyAsync(db, organisationId, st, TreeParts.WithoutActions, _ => Task.FromResult(smart), ct)).Tree;
            // In the order of their ids, as their own query (StrategyTree.ActionNodesAsync) reads them.
            tree = tree.WithActions([.. loaded.OrderBy(a => a.Id).Select(a => new ActionNode(a.Id, a.LineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount))]);
        }

        List<ReportAction> actions = [];
        if (wantsSheets)
        {
            var partners = rows[StrategyListKind.Partner].ToLookup(r => r.ParentId);
            var milestones = rows[StrategyListKind.Milestone].ToLookup(r => r.ParentId);
            var steps = rows[StrategyListKind.Step].ToLookup(r => r.ParentId);
            var risks = rows[StrategyListKind.Risk].ToLookup(r => r.ParentId);
            var budgetYears = rows[StrategyListKind.BudgetYear].ToLookup(r => r.ParentId);
            actions = [.. loaded
                .OrderBy(a => a.Number, StringComparer.OrdinalIgnoreCase)
                .Select(a =>
                {
                    // The same lists in the same order as PlannedAction.Sheet gives them.
                    var sheet = new ActionSheet
                    {
                        Description = a.Description, DesiredResults = a.DesiredResults,
                        PreconditionsTechnical = a.PreconditionsTechnical, PreconditionsLegal = a.PreconditionsLegal,
                        PreconditionsSpatial = a.PreconditionsSpatial, PreconditionsOrganisational = a.PreconditionsOrganisational,
                        FirstSteps = a.FirstSteps, BusinessCase = a.BusinessCase, Funding = a.Funding, Communication = a.Communication, Monitoring = a.Monitoring,
                        Partners = [.. partners[a.Id].OrderBy(p => p.Position).Select(p => new PartnerEntry(p.Id, p.PartnerRole))],
                        Milestones = [.. milestones[a.Id].OrderBy(m => m.Position).Select(m => new MilestoneEntry(m.MilestoneDate, m.MilestoneDescription!, m.MilestoneDone))],
                        Steps = [.. steps[a.Id].OrderBy(s => s.Position).Select(s => new StepEntry(s.Step!, s.StepDeadline, s.StepResources))],
                        Risks = [.. risks[a.Id].OrderBy(r => r.Position).Select(r => new RiskEntry(r.RiskDescription!, r.RiskLikelihood, r.RiskImpact, r.RiskMitigation))],
                        Budget = [.. budgetYears[a.Id].OrderBy(b => b.Year).Select(b => new BudgetEntry(b.Year, b.BudgetFte, b.BudgetEuros))],
                    };
                    var owner = a.OwnerUserId is { } u ? ActionOwner.Member(u) : a.OwnerStakeholderId is { } s ? ActionOwner.OfStakeholder(s) : (ActionOwner?)null;
                    return new ReportAction(a.Id, a.LineId, a.Position, a.Number, a.Title, a.Status, a.Size, a.Priority, a.Start, a.End,
                        people.NameOf(owner), a.Neighbours, a.Indicator, sheet,
                        [.. sheet.Partners.Select(p => (people.StakeholderName(p.StakeholderId) ?? "?", p.Role))],
                        a.ImpactMean, a.EffortMean, a.RatingCount);
                })];
        }

        var indicators = Wants(ReportChapter.Indicators)
            ? await MonitoringData.LoadAsync(db, organisationId, clock.GetUtcNow().Year, ct)
            : [];

        List<CoordinationDetails> coordination = [];
        List<PlatformSummary> platforms = [];
        if (Wants(ReportChapter.Governance))
        {
            coordination = [.. rows[StrategyListKind.Coordination].OrderBy(r => r.Id)
                .Select(r => new CoordinationDetails { Kind = r.CoordinationKind!.Value, People = r.CoordinationPeople!, Fte = r.CoordinationFte, Tasks = r.CoordinationTasks })];
            // By name in ordinal order, as SQLite's ORDER BY sorted them.
            platforms = [.. rows[StrategyListKind.Platform].OrderBy(r => r.PlatformName, StringComparer.Ordinal).ThenBy(r => r.Id)
                .Select(r => new PlatformSummary(r.PlatformName!, r.PlatformKind!.Value, r.PlatformDescription, r.PlatformMembers, r.PlatformMeetings, r.PlatformLastMeeting))];
        }

        var budget = wantsBudget ? BudgetOf(loaded, rows) : null;

        var pilots = Wants(ReportChapter.Pilots) ? await PilotsAsync(db, organisationId, rows, ct) : [];

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

    /// <summary>
    /// What <see cref="PilotStrategyLinks.ReportAsync"/> gives, in one command instead of four: the pilots with both
    /// canvases, their test counts and their improvement log (the one list per pilot, so no rows multiply); their actions
    /// and communication plans came with the lists.
    /// </summary>
    private static async Task<List<PilotReportEntry>> PilotsAsync(CirculairDbContext db, int organisationId, ILookup<StrategyListKind, StrategyListRow> rows, CancellationToken ct)
    {
        IQueryable<PilotTestCard> cards = db.PilotTestCards; // locals: an expression tree cannot name an extension property
        IQueryable<PilotImprovement> improvements = db.PilotImprovements;
        var pilots = await (
            from p in db.Pilots.InOrganisation(organisationId).AsNoTracking()
            join m in db.PilotBusinessModels.AsNoTracking() on p.Id equals m.PilotId into models
            from m in models.DefaultIfEmpty()
            join l in db.PilotLegacyCanvases.AsNoTracking() on p.Id equals l.PilotId into legacies
            from l in legacies.DefaultIfEmpty()
            orderby p.Name
            select new
            {
                Pilot = p,
                Model = m,
                Legacy = l,
                Validated = cards.Count(c => c.PilotId == p.Id && c.Result == LearningResult.Gevalideerd),
                Invalidated = cards.Count(c => c.PilotId == p.Id && c.Result == LearningResult.NietGevalideerd),
                Unclear = cards.Count(c => c.PilotId == p.Id && c.Result == LearningResult.Onduidelijk),
                Open = cards.Count(c => c.PilotId == p.Id && c.Result == null),
                // Correlated on the pilot only: its improvements are the organisation's (decision 0385).
                Improvements = improvements.Where(i => i.PilotId == p.Id).ToList(),
            }).ToListAsync(ct);
        var actions = rows[StrategyListKind.PilotAction].ToLookup(r => r.ParentId, r => r.PilotActionLabel!);
        var communication = rows[StrategyListKind.Communication].OrderByDescending(r => r.CommunicationPriority).ThenBy(r => r.Position)
            .ToLookup(r => r.ParentId, r => new CommunicationRow(r.Id, r.Position, r.CommunicationAudience!, new CommunicationDetails
            {
                StakeholderId = r.CommunicationStakeholderId, Priority = r.CommunicationPriority!.Value, Message = r.CommunicationMessage,
                Objectives = r.CommunicationObjectives, Channels = r.CommunicationChannels, Products = r.CommunicationProducts,
                StartsOn = r.CommunicationStartsOn, EndsOn = r.CommunicationEndsOn, Responsible = r.CommunicationResponsible,
            }));
        return [.. pilots.Select(r =>
        {
            var id = r.Pilot.Id;
            var results = new Dictionary<LearningResult, int>
            {
                [LearningResult.Gevalideerd] = r.Validated,
                [LearningResult.NietGevalideerd] = r.Invalidated,
                [LearningResult.Onduidelijk] = r.Unclear,
            };
            return new PilotReportEntry(
                r.Pilot,
                [.. actions[id].Order(StringComparer.OrdinalIgnoreCase)],
                results.Where(x => x.Value > 0).ToDictionary(),
                r.Open,
                r.Model?.Snapshot,
                r.Legacy?.Snapshot,
                [.. communication[id]],
                [.. r.Improvements.OrderBy(i => i.Area).ThenBy(i => i.DueOn)]);
        })];
    }

    /// <summary>The budget as <see cref="BudgetData.LoadAsync"/> adds it up, from the actions and lists read above.</summary>
    private static BudgetOverview BudgetOf(IReadOnlyList<ActionRow> actions, ILookup<StrategyListKind, StrategyListRow> rows)
    {
        var planned = rows[StrategyListKind.BudgetYear].OrderBy(r => r.Id).ToList();
        var spending = rows[StrategyListKind.Spending].OrderBy(r => r.Id).ToList();
        var goals = actions.ToDictionary(a => a.Id, a => a.GoalId);
        var links = actions.Where(a => a.Code is not null).ToDictionary(a => a.Id, a => a.Code!);
        var lines = new List<BudgetLine>();
        foreach (var key in planned.Select(p => (p.ParentId, p.Year)).Union(spending.Select(s => (s.ParentId, s.Year))))
        {
            var p = planned.FirstOrDefault(x => x.ParentId == key.ParentId && x.Year == key.Year);
            var s = spending.FirstOrDefault(x => x.ParentId == key.ParentId && x.Year == key.Year);
            lines.Add(new BudgetLine(key.ParentId, goals.GetValueOrDefault(key.ParentId), key.Year, p?.BudgetEuros, s?.Committed, s?.Spent, p?.BudgetFte));
        }
        var amounts = rows[StrategyListKind.BbcAmount].ToLookup(r => r.ParentId);
        var plan = rows[StrategyListKind.BbcEntry].OrderBy(e => e.Position).ThenBy(e => e.Id)
            .Select(e => new BbcPlanEntry(e.BbcCode!, e.BbcLevel!.Value, e.BbcTitle!, e.BbcParentCode, amounts[e.Id].ToDictionary(a => a.Year, a => a.BbcAmount!.Value)))
            .ToList();
        return BudgetOverview.Compute(lines, links, plan);
    }

    /// <summary>The canvas with its notes and policies as a snapshot (what the document reads of it), from the lists' rows.</summary>
    private static VisionSnapshot VisionOf(StrategyListRow canvas, IEnumerable<StrategyListRow> notes, IEnumerable<StrategyListRow> policies) =>
        new(VisionSnapshot.CurrentSchema, canvas.VisionWhy, canvas.VisionResults, canvas.VisionAlreadyHappening, canvas.VisionStatement,
            canvas.VisionFocus ?? VisionFocus.None,
            [.. policies.OrderBy(p => p.Policy).Select(p => new SnapshotPolicy(p.Policy!.Value, p.PolicyComment))],
            // The colour and key are not read: the document prints the notes' texts.
            [.. notes.OrderBy(n => n.NoteBlock).ThenBy(n => n.Position).Select(n => new SnapshotNote(Guid.Empty, n.NoteBlock!.Value, n.NoteText!, NoteColour.Geel, n.Position))]);

    /// <summary>An action with the fields the document shows (its lists come from <see cref="StrategyReportLists"/>).</summary>
    private sealed class ActionRow
    {
        public int Id { get; init; }
        public int? LineId { get; init; }
        public int? GoalId { get; init; }
        public int Position { get; init; }
        public string Number { get; init; } = "";
        public string Title { get; init; } = "";
        public ActionStatus Status { get; init; }
        public ActionSize? Size { get; init; }
        public ActionPriority? Priority { get; init; }
        public DateOnly? Start { get; init; }
        public DateOnly? End { get; init; }
        public int? OwnerUserId { get; init; }
        public int? OwnerStakeholderId { get; init; }
        public string? Neighbours { get; init; }
        public string? Indicator { get; init; }
        public string? Description { get; init; }
        public string? DesiredResults { get; init; }
        public string? PreconditionsTechnical { get; init; }
        public string? PreconditionsLegal { get; init; }
        public string? PreconditionsSpatial { get; init; }
        public string? PreconditionsOrganisational { get; init; }
        public string? FirstSteps { get; init; }
        public string? BusinessCase { get; init; }
        public string? Funding { get; init; }
        public string? Communication { get; init; }
        public string? Monitoring { get; init; }
        public double? ImpactMean { get; init; }
        public double? EffortMean { get; init; }
        public int RatingCount { get; init; }
        public string? Code { get; init; }
    }
}
