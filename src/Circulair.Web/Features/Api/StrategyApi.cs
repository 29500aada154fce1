using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Strategy.Actions;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Api;

/// <summary>Goals, action lines and actions of the strategy (phase 2), with each action's Tool 7 sheet.</summary>
public static class StrategyApi
{
    public static void Map(RouteGroupBuilder org)
    {
        var goals = org.MapGroup("/goals").WithTags("Goals");
        goals.MapGet("", ListGoalsAsync).Produces<ApiPage<GoalResource>>();
        goals.MapGet("/{strategyGoalId:int}", GetGoalAsync).Produces<GoalResource>();

        org.MapGet("/action-lines", ListLinesAsync).WithTags("Action lines").Produces<ApiPage<ActionLineResource>>();
        org.MapGet("/action-lines/{actionLineId:int}", GetLineAsync).WithTags("Action lines").Produces<ActionLineResource>();

        var actions = org.MapGroup("/actions").WithTags("Actions");
        actions.MapGet("", ListActionsAsync).Produces<ApiPage<ActionResource>>();
        actions.MapGet("/{plannedActionId:int}", GetActionAsync).Produces<ActionResource>();
        actions.MapPut("/{plannedActionId:int}", PutActionAsync).Accepts<ActionUpdate>("application/json").Produces<ActionResource>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        actions.MapGet("/{plannedActionId:int}/sheet", GetSheetAsync).Produces<ActionSheet>();
        actions.MapPut("/{plannedActionId:int}/sheet", PutSheetAsync).Accepts<ActionSheet>("application/json").Produces<ActionSheet>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> ListGoalsAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int? trajectoryId, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size, problem) = ApiPaging.Read(http, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }
        var query = db.StrategyGoals.InOrganisation(current.Value.Id);
        if (trajectoryId is { } t)
        {
            query = query.Where(g => g.TrajectoryId == t);
        }
        return Results.Json(await query.OrderBy(g => g.TrajectoryId).ThenBy(g => g.Position).ThenBy(g => g.Id).Select(GoalResource.Projection).ToPageAsync(p, size, ct), ApiJson.Options);
    }

    private static async Task<IResult> GetGoalAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int strategyGoalId, CancellationToken ct) =>
        await db.StrategyGoals.InOrganisation(current.Value.Id).Where(g => g.Id == strategyGoalId).Select(GoalResource.Projection).FirstOrDefaultAsync(ct) is { } goal
            ? ApiJson.Single(http, goal)
            : StakeholdersApi.NotFound(http);

    private static async Task<IResult> ListLinesAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int? goalId, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size, problem) = ApiPaging.Read(http, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }
        var query = db.ActionLines.InOrganisation(current.Value.Id);
        if (goalId is { } g)
        {
            query = query.Where(l => l.StrategyGoalId == g);
        }
        return Results.Json(await query.OrderBy(l => l.StrategyGoalId).ThenBy(l => l.Position).ThenBy(l => l.Id).Select(ActionLineResource.Projection).ToPageAsync(p, size, ct), ApiJson.Options);
    }

    private static async Task<IResult> GetLineAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int actionLineId, CancellationToken ct) =>
        await db.ActionLines.InOrganisation(current.Value.Id).Where(l => l.Id == actionLineId).Select(ActionLineResource.Projection).FirstOrDefaultAsync(ct) is { } line
            ? ApiJson.Single(http, line)
            : StakeholdersApi.NotFound(http);

    /// <summary>Actions in the action table's order (by number); filters on trajectory, action line and status.</summary>
    private static async Task<IResult> ListActionsAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current,
        int? trajectoryId, int? actionLineId, ActionStatus? status, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size, problem) = ApiPaging.Read(http, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }
        var query = db.PlannedActions.InOrganisation(current.Value.Id);
        if (trajectoryId is { } t)
        {
            query = query.Where(a => a.TrajectoryId == t);
        }
        if (actionLineId is { } l)
        {
            query = query.Where(a => a.ActionLineId == l);
        }
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }
        return Results.Json(await query.OrderBy(a => a.TrajectoryId).ThenBy(a => a.NumberKey).ThenBy(a => a.Id).Select(ActionResource.Projection).ToPageAsync(p, size, ct), ApiJson.Options);
    }

    private static async Task<IResult> GetActionAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int plannedActionId, CancellationToken ct) =>
        await db.PlannedActions.InOrganisation(current.Value.Id).Where(a => a.Id == plannedActionId).Select(ActionResource.Projection).FirstOrDefaultAsync(ct) is { } action
            ? ApiJson.Single(http, action)
            : StakeholdersApi.NotFound(http);

    /// <summary>Changes an action's fields with the edit form's checks (<see cref="ActionChecks"/>); another line moves it.</summary>
    private static async Task<IResult> PutActionAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, int plannedActionId, CancellationToken ct)
    {
        var org = current.Value;
        var action = await db.PlannedActions.InOrganisation(org.Id).FirstOrDefaultAsync(a => a.Id == plannedActionId, ct);
        if (action is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, ActionResource.From(action)) is { } precondition)
        {
            return precondition;
        }
        var (body, problem) = await ApiJson.ReadAsync<ActionUpdate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        var lines = await LineChoice.LoadAsync(db, org.Id, action.TrajectoryId, ct);
        var people = await StrategyPeople.LoadAsync(db, org.Id, ct);
        var details = await ActionChecks.ValidateAsync(input, state, db, org.Id, action.TrajectoryId, action.Id, lines, people, t, ct);
        if (details is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        await ActionChanges.UpdateAsync(db, org.Id, action, details, input.LineId, clock.GetUtcNow().UtcDateTime, ct);
        return ApiJson.Single(http, ActionResource.From(action));
    }

    private static async Task<IResult> GetSheetAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int plannedActionId, CancellationToken ct) =>
        await LoadWithSheetAsync(db, current.Value.Id, plannedActionId, tracked: false, ct) is { } action
            ? ApiJson.Single(http, action.Sheet)
            : StakeholdersApi.NotFound(http);

    /// <summary>Replaces the whole Tool 7 sheet, with the sheet page's checks (<see cref="SheetInput.Validate"/>) and the action's own rules.</summary>
    private static async Task<IResult> PutSheetAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, int plannedActionId, CancellationToken ct)
    {
        var action = await LoadWithSheetAsync(db, current.Value.Id, plannedActionId, tracked: true, ct);
        if (action is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, action.Sheet) is { } precondition)
        {
            return precondition;
        }
        var (body, problem) = await ApiJson.ReadAsync<ActionSheet>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = SheetInput.From(body);
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        var stakeholders = (await db.Stakeholders.InOrganisation(current.Value.Id).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var sheet = input.Validate(state, t, stakeholders);
        if (sheet is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        action.DescribeSheet(sheet, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return ApiJson.Single(http, action.Sheet);
    }

    private static Task<PlannedAction?> LoadWithSheetAsync(CirculairDbContext db, int organisationId, int actionId, bool tracked, CancellationToken ct)
    {
        var query = db.PlannedActions.InOrganisation(organisationId)
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
            .AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == actionId, ct);
    }
}

public sealed record GoalResource(int Id, int TrajectoryId, int StrategyDomainId, string DomainCode, string Statement, string? Indicator, double? TargetValue,
    string? Unit, double? BaselineValue, int? BaselineYear, DateOnly? Deadline, string? Owner, string? RealismNote)
{
    public static readonly System.Linq.Expressions.Expression<Func<StrategyGoal, GoalResource>> Projection = g => new GoalResource(
        g.Id, g.TrajectoryId, g.StrategyDomainId, g.Domain.DomainCode, g.Statement, g.Indicator, g.TargetValue, g.Unit, g.BaselineValue, g.BaselineYear, g.Deadline, g.Owner,
        g.RealismNote);

    private static readonly Func<StrategyGoal, GoalResource> Compiled = Projection.Compile();

    /// <summary>A goal loaded with its domain.</summary>
    public static GoalResource From(StrategyGoal goal) => Compiled(goal);
}

public sealed record ActionLineResource(int Id, int TrajectoryId, int GoalId, string Title, string? Description)
{
    public static readonly System.Linq.Expressions.Expression<Func<ActionLine, ActionLineResource>> Projection = l => new ActionLineResource(
        l.Id, l.TrajectoryId, l.StrategyGoalId, l.Title, l.Description);

    private static readonly Func<ActionLine, ActionLineResource> Compiled = Projection.Compile();

    public static ActionLineResource From(ActionLine line) => Compiled(line);
}

/// <summary>An action (a row of Tool 8). <c>owner</c> is its trekker: "lid:&lt;user id&gt;" or "stakeholder:&lt;id&gt;".</summary>
public sealed record ActionResource(int Id, int TrajectoryId, int? ActionLineId, string Number, string Title, ActionStatus Status, ActionSize? Size,
    ActionPriority? Priority, DateOnly? StartDate, DateOnly? EndDate, string? Owner, string? Indicator, string? Neighbours, double? ImpactMean, double? EffortMean,
    int RatingCount, DateTime UpdatedAt)
{
    public static readonly System.Linq.Expressions.Expression<Func<PlannedAction, ActionResource>> Projection = a => new ActionResource(
        a.Id, a.TrajectoryId, a.ActionLineId, a.Number, a.Title, a.Status, a.Size, a.Priority, a.StartDate, a.EndDate,
        a.OwnerUserId != null ? "lid:" + a.OwnerUserId.Value.ToString() : a.OwnerStakeholderId != null ? "stakeholder:" + a.OwnerStakeholderId.Value.ToString() : null,
        a.Indicator, a.Neighbours, a.ImpactMean, a.EffortMean, a.RatingCount, a.UpdatedAt);

    public static ActionResource From(PlannedAction a) => new(
        a.Id, a.TrajectoryId, a.ActionLineId, a.Number, a.Title, a.Status, a.Size, a.Priority, a.StartDate, a.EndDate, a.Owner?.ToString(),
        a.Indicator, a.Neighbours, a.ImpactMean, a.EffortMean, a.RatingCount, a.UpdatedAt);
}

/// <summary>An action's own fields, as on its edit form; the sheet (Tool 7) has its own resource.</summary>
public class ActionUpdate
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public int? ActionLineId { get; set; }
    public string? Owner { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ActionSize? Size { get; set; }
    public ActionStatus? Status { get; set; }
    public ActionPriority? Priority { get; set; }
    public string? Neighbours { get; set; }
    public string? Indicator { get; set; }

    public ActionInput ToInput() => new()
    {
        Number = Number, Title = Title, LineId = ActionLineId, Owner = Owner, StartDate = StartDate, EndDate = EndDate, Size = Size, Status = Status,
        Priority = Priority, Neighbours = Neighbours, Indicator = Indicator,
    };
}
