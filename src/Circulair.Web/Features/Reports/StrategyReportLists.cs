using Circulair.Budget;
using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Vision;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>Which lists the strategy document's chapters ask <see cref="StrategyReportLists"/> for.</summary>
internal sealed record StrategyListParts
{
    /// <summary>The members and every stakeholder with its name (owners, partners, the SMART owners) and its rating and group.</summary>
    public bool People { get; init; }

    /// <summary>The action sheets' lists: partners, milestones, steps, risks and budget years.</summary>
    public bool Sheets { get; init; }

    /// <summary>The budget years again (<see cref="Sheets"/> reads them too), what was spent and the BBC meerjarenplan.</summary>
    public bool Budget { get; init; }

    public bool Vision { get; init; }

    public bool Governance { get; init; }

    /// <summary>The pilots' actions (of the trajectory, when there is one) and communication plans.</summary>
    public bool Pilots { get; init; }
}

/// <summary>
/// Every list the strategy document shows beside its tree, actions, scan, indicators and pilots, read in one command
/// (issue 20's budget of ten, decision 0475): a UNION ALL with one part per list, only the parts a chapter asked for.
/// Each row says which list it belongs to (<see cref="StrategyListKind"/>). Ids, positions (a communication row's number) and years are shared
/// integer columns; every other value has a column of its own, which the other parts set to null or a constant, so no
/// column carries two tables' types (PostgreSQL refuses a union whose parts give a column different store types).
/// The rows come back in no order; <see cref="StrategyReportData"/> sorts them in memory.
/// </summary>
internal static class StrategyReportLists
{
    public static async Task<List<StrategyListRow>> LoadAsync(
        CirculairDbContext db, int organisationId, int? trajectoryId, StrategyListParts parts, CancellationToken ct) =>
        Query(db, organisationId, trajectoryId, parts) is { } query ? await query.ToListAsync(ct) : [];

    /// <summary>The union of the parts asked for; null when none is.</summary>
    internal static IQueryable<StrategyListRow>? Query(CirculairDbContext db, int organisationId, int? trajectoryId, StrategyListParts parts)
    {
        var queries = new List<IQueryable<StrategyListRow>>();
        if (parts.People)
        {
            queries.Add(db.Memberships.InOrganisation(organisationId).Select(Full<Circulair.Organisations.Membership>(m => new StrategyListRow
            {
                Kind = StrategyListKind.Member, Id = m.UserId, ParentId = 0, Position = 0, Year = 0,
                MemberName = m.User.DisplayName,
            })));
            queries.Add(db.Stakeholders.InOrganisation(organisationId).Select(Full<Stakeholder>(s => new StrategyListRow
            {
                Kind = StrategyListKind.Stakeholder, Id = s.Id, ParentId = 0, Position = 0, Year = 0,
                StakeholderName = s.Name, StakeholderPrivate = s.Kind == StakeholderKind.Persoon, StakeholderDepartment = s.Department,
                StakeholderPower = s.Power, StakeholderInterest = s.Interest, StakeholderGroup = s.Group,
                StakeholderCustomGroup = s.CustomGroup != null ? s.CustomGroup.Name : null,
            })));
        }
        if (trajectoryId is { } tid && (parts.Sheets || parts.Budget))
        {
            var actions = db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == tid).Select(a => a.Id);
            if (parts.Sheets)
            {
                queries.Add(db.ActionPartners.InOrganisation(organisationId).Where(p => actions.Contains(p.PlannedActionId)).Select(Full<ActionPartner>(p => new StrategyListRow
                {
                    Kind = StrategyListKind.Partner, Id = p.StakeholderId, ParentId = p.PlannedActionId, Position = p.Position, Year = 0,
                    PartnerRole = p.Role,
                })));
                queries.Add(db.ActionMilestones.InOrganisation(organisationId).Where(m => actions.Contains(m.PlannedActionId)).Select(Full<ActionMilestone>(m => new StrategyListRow
                {
                    Kind = StrategyListKind.Milestone, Id = m.Id, ParentId = m.PlannedActionId, Position = m.Position, Year = 0,
                    MilestoneDate = m.Date, MilestoneDescription = m.Description, MilestoneDone = m.Done,
                })));
                queries.Add(db.ActionSteps.InOrganisation(organisationId).Where(s => actions.Contains(s.PlannedActionId)).Select(Full<ActionStep>(s => new StrategyListRow
                {
                    Kind = StrategyListKind.Step, Id = s.Id, ParentId = s.PlannedActionId, Position = s.Position, Year = 0,
                    Step = s.Step, StepDeadline = s.Deadline, StepResources = s.Resources,
                })));
                queries.Add(db.ActionRisks.InOrganisation(organisationId).Where(r => actions.Contains(r.PlannedActionId)).Select(Full<ActionRisk>(r => new StrategyListRow
                {
                    Kind = StrategyListKind.Risk, Id = r.Id, ParentId = r.PlannedActionId, Position = r.Position, Year = 0,
                    RiskDescription = r.Description, RiskLikelihood = r.Likelihood, RiskImpact = r.Impact, RiskMitigation = r.Mitigation,
                })));
            }
            queries.Add(db.ActionBudgetYears.InOrganisation(organisationId).Where(y => actions.Contains(y.PlannedActionId)).Select(Full<ActionBudgetYear>(y => new StrategyListRow
            {
                Kind = StrategyListKind.BudgetYear, Id = y.Id, ParentId = y.PlannedActionId, Position = 0, Year = y.Year,
                BudgetFte = y.Fte, BudgetEuros = y.Euros,
            })));
            if (parts.Budget)
            {
                queries.Add(db.ActionSpendings.InOrganisation(organisationId).Where(s => actions.Contains(s.PlannedActionId)).Select(Full<ActionSpending>(s => new StrategyListRow
                {
                    Kind = StrategyListKind.Spending, Id = s.Id, ParentId = s.PlannedActionId, Position = 0, Year = s.Year,
                    Committed = s.Committed, Spent = s.Spent,
                })));
            }
        }
        if (parts.Budget)
        {
            queries.Add(db.BbcEntries.InOrganisation(organisationId).Select(Full<BbcEntry>(e => new StrategyListRow
            {
                Kind = StrategyListKind.BbcEntry, Id = e.Id, ParentId = 0, Position = e.Position, Year = 0,
                BbcCode = e.Code, BbcLevel = e.Level, BbcTitle = e.Title, BbcParentCode = e.ParentCode,
            })));
            queries.Add(db.BbcAmounts.InOrganisation(organisationId).Select(Full<BbcAmount>(a => new StrategyListRow
            {
                Kind = StrategyListKind.BbcAmount, Id = a.Id, ParentId = a.BbcEntryId, Position = 0, Year = a.Year,
                BbcAmount = a.Amount,
            })));
        }
        if (trajectoryId is { } vt && parts.Vision)
        {
            var canvases = db.VisionCanvases.InOrganisation(organisationId).Where(c => c.TrajectoryId == vt);
            var canvasIds = canvases.Select(c => c.Id);
            queries.Add(canvases.Select(Full<VisionCanvas>(c => new StrategyListRow
            {
                Kind = StrategyListKind.Canvas, Id = c.Id, ParentId = 0, Position = 0, Year = 0,
                VisionWhy = c.Why, VisionResults = c.Results, VisionAlreadyHappening = c.AlreadyHappening, VisionStatement = c.Statement, VisionFocus = c.Focus,
            })));
            queries.Add(db.VisionNotes.InOrganisation(organisationId).Where(n => canvasIds.Contains(n.CanvasId)).Select(Full<VisionNote>(n => new StrategyListRow
            {
                Kind = StrategyListKind.Note, Id = n.Id, ParentId = n.CanvasId, Position = n.Position, Year = 0,
                NoteBlock = n.Block, NoteText = n.Text,
            })));
            queries.Add(db.Set<VisionPolicyReference>().InOrganisation(organisationId).Where(p => canvasIds.Contains(p.CanvasId)).Select(Full<VisionPolicyReference>(p => new StrategyListRow
            {
                Kind = StrategyListKind.Policy, Id = p.Id, ParentId = p.CanvasId, Position = 0, Year = 0,
                Policy = p.Policy, PolicyComment = p.Comment,
            })));
        }
        if (parts.Governance)
        {
            queries.Add(db.CoordinationRoles.InOrganisation(organisationId).Select(Full<CoordinationRole>(r => new StrategyListRow
            {
                Kind = StrategyListKind.Coordination, Id = r.Id, ParentId = 0, Position = 0, Year = 0,
                CoordinationKind = r.Kind, CoordinationPeople = r.People, CoordinationFte = r.Fte, CoordinationTasks = r.Tasks,
            })));
            // Members and meetings counted in the same part (correlated on the platform only: its members and meetings
            // are the organisation's, decision 0385).
            IQueryable<PlatformMeeting> meetings = db.PlatformMeetings; // a local: an expression tree cannot name an extension property
            queries.Add(db.GovernancePlatforms.InOrganisation(organisationId).Select(Full<GovernancePlatform>(p => new StrategyListRow
            {
                Kind = StrategyListKind.Platform, Id = p.Id, ParentId = 0, Position = 0, Year = 0,
                PlatformName = p.Name, PlatformKind = p.Kind, PlatformDescription = p.Description,
                PlatformMembers = p.Members.Count(), PlatformMeetings = meetings.Count(m => m.GovernancePlatformId == p.Id),
                PlatformLastMeeting = meetings.Where(m => m.GovernancePlatformId == p.Id).Max(m => (DateOnly?)m.Date),
            })));
        }
        if (parts.Pilots)
        {
            var pilotActions =
                from pa in db.PilotActions.InOrganisation(organisationId)
                join a in db.PlannedActions.InOrganisation(organisationId).Where(a => trajectoryId == null || a.TrajectoryId == trajectoryId) on pa.PlannedActionId equals a.Id
                select new { pa.Id, pa.PilotId, Label = a.Number + " " + a.Title };
            queries.Add(Part(pilotActions, x => new StrategyListRow
            {
                Kind = StrategyListKind.PilotAction, Id = x.Id, ParentId = x.PilotId, Position = 0, Year = 0,
                PilotActionLabel = x.Label,
            }));
            // As CommunicationData.LoadAllAsync reads them: each row with its audience's name.
            var communication = db.PilotCommunications.InOrganisation(organisationId)
                .Join(db.Stakeholders, c => c.StakeholderId, s => s.Id, (c, s) => new { Row = c, s.Name });
            queries.Add(Part(communication, x => new StrategyListRow
            {
                Kind = StrategyListKind.Communication, Id = x.Row.Id, ParentId = x.Row.PilotId, Position = x.Row.Number, Year = 0,
                CommunicationAudience = x.Name, CommunicationStakeholderId = x.Row.StakeholderId, CommunicationPriority = x.Row.Priority,
                CommunicationMessage = x.Row.Message, CommunicationObjectives = x.Row.Objectives, CommunicationChannels = x.Row.Channels,
                CommunicationProducts = x.Row.Products, CommunicationStartsOn = x.Row.StartsOn, CommunicationEndsOn = x.Row.EndsOn,
                CommunicationResponsible = x.Row.Responsible,
            }));
        }
        if (queries.Count == 0)
        {
            return null;
        }
        var union = queries[0];
        foreach (var part in queries.Skip(1))
        {
            union = union.Concat(part);
        }
        return union.AsNoTracking();
    }
    private static readonly PropertyInfo[] Columns = [.. typeof(StrategyListRow).GetProperties().OrderBy(p => p.MetadataToken)];

    /// <summary>
    /// A part's projection completed to every column in declaration order: the part sets its own columns, the others
    /// become constants (null, false or zero), since the parts of a set operation must set the same members in the same order.
    /// </summary>
    private static IQueryable<StrategyListRow> Part<T>(IQueryable<T> source, Expression<Func<T, StrategyListRow>> part) => source.Select(Full(part));

    private static Expression<Func<T, StrategyListRow>> Full<T>(Expression<Func<T, StrategyListRow>> part)
    {
        var init = (MemberInitExpression)part.Body;
        var given = init.Bindings.Cast<MemberAssignment>().ToDictionary(b => b.Member.Name, b => b.Expression, StringComparer.Ordinal);
        var bindings = Columns.Select(c => Expression.Bind(c, given.TryGetValue(c.Name, out var value) ? value
            : Expression.Constant(c.PropertyType.IsValueType && Nullable.GetUnderlyingType(c.PropertyType) is null ? Activator.CreateInstance(c.PropertyType) : null, c.PropertyType)));
        return Expression.Lambda<Func<T, StrategyListRow>>(Expression.MemberInit(init.NewExpression, bindings), part.Parameters);
    }
}

internal enum StrategyListKind
{
    Member,
    Stakeholder,
    Partner,
    Milestone,
    Step,
    Risk,
    BudgetYear,
    Spending,
    BbcEntry,
    BbcAmount,
    Canvas,
    Note,
    Policy,
    Coordination,
    Platform,
    PilotAction,
    Communication,
}

/// <summary>
/// One row of <see cref="StrategyReportLists"/>. <see cref="Id"/> is the row's id, except for a member (the user's id)
/// and a partner (the stakeholder's id); <see cref="ParentId"/> is the action, canvas, BBC entry or pilot the row belongs to.
/// </summary>
/// <remarks>
/// The parts of a set operation must set the same members in the same order; each part names only its own columns and
/// <c>StrategyReportLists.Full</c> completes it with constants (null, false, zero) for the rest.
/// </remarks>
internal sealed class StrategyListRow
{
    public StrategyListKind Kind { get; init; }
    public int Id { get; init; }
    public int ParentId { get; init; }
    public int Position { get; init; }
    public int Year { get; init; }

    public string? MemberName { get; init; }

    public string? StakeholderName { get; init; }
    public bool StakeholderPrivate { get; init; }
    public string? StakeholderDepartment { get; init; }
    public StakeholderLevel? StakeholderPower { get; init; }
    public StakeholderLevel? StakeholderInterest { get; init; }
    public StakeholderGroup? StakeholderGroup { get; init; }
    public string? StakeholderCustomGroup { get; init; }

    public string? PartnerRole { get; init; }

    public DateOnly? MilestoneDate { get; init; }
    public string? MilestoneDescription { get; init; }
    public bool MilestoneDone { get; init; }

    public string? Step { get; init; }
    public DateOnly? StepDeadline { get; init; }
    public string? StepResources { get; init; }

    public string? RiskDescription { get; init; }
    public RiskLevel? RiskLikelihood { get; init; }
    public RiskLevel? RiskImpact { get; init; }
    public string? RiskMitigation { get; init; }

    public double? BudgetFte { get; init; }
    public decimal? BudgetEuros { get; init; }

    public decimal? Committed { get; init; }
    public decimal? Spent { get; init; }

    public string? BbcCode { get; init; }
    public BbcLevel? BbcLevel { get; init; }
    public string? BbcTitle { get; init; }
    public string? BbcParentCode { get; init; }
    public decimal? BbcAmount { get; init; }

    public string? VisionWhy { get; init; }
    public string? VisionResults { get; init; }
    public string? VisionAlreadyHappening { get; init; }
    public string? VisionStatement { get; init; }
    public VisionFocus? VisionFocus { get; init; }

    public VisionBlock? NoteBlock { get; init; }
    public string? NoteText { get; init; }

    public VisionPolicy? Policy { get; init; }
    public string? PolicyComment { get; init; }

    public CoordinationKind? CoordinationKind { get; init; }
    public string? CoordinationPeople { get; init; }
    public double? CoordinationFte { get; init; }
    public string? CoordinationTasks { get; init; }

    public string? PlatformName { get; init; }
    public PlatformKind? PlatformKind { get; init; }
    public string? PlatformDescription { get; init; }
    public int PlatformMembers { get; init; }
    public int PlatformMeetings { get; init; }
    public DateOnly? PlatformLastMeeting { get; init; }

    public string? PilotActionLabel { get; init; }

    public string? CommunicationAudience { get; init; }
    public int CommunicationStakeholderId { get; init; }
    public TestLevel? CommunicationPriority { get; init; }
    public string? CommunicationMessage { get; init; }
    public string? CommunicationObjectives { get; init; }
    public string? CommunicationChannels { get; init; }
    public string? CommunicationProducts { get; init; }
    public DateOnly? CommunicationStartsOn { get; init; }
    public DateOnly? CommunicationEndsOn { get; init; }
    public string? CommunicationResponsible { get; init; }
}
