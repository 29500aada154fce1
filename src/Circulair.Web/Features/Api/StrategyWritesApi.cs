using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Strategy.Actions;
using Circulair.Web.Features.Strategy.Goals;
using Circulair.Web.Features.Strategy.Lines;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Api;

/// <summary>
/// Creating, changing and removing goals and action lines, and creating and removing actions (decision 0370). Each
/// write runs the form's checks (<see cref="GoalInput"/>, <see cref="LineInput"/>, <see cref="ActionChecks"/>) and
/// the write the pages share (<see cref="GoalChanges"/>, <see cref="LineChanges"/>, <see cref="ActionChanges"/>);
/// removing is a Coördinator's decision, as on the pages.
/// </summary>
public static class StrategyWritesApi
{
    /// <summary>What the delete pages of the strategy ask for.</summary>
    internal static readonly OrganisationAccessAttribute CoordinatorWrites = new() { Write = OrganisationRole.Coordinator };

    public static void Map(RouteGroupBuilder org)
    {
        var goals = org.MapGroup("/goals").WithTags("Goals");
        goals.MapPost("", CreateGoalAsync).Accepts<GoalCreate>("application/json").Produces<GoalResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        goals.MapPut("/{strategyGoalId:int}", UpdateGoalAsync).Accepts<GoalUpdate>("application/json").Produces<GoalResource>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        goals.MapDelete("/{strategyGoalId:int}", DeleteGoalAsync).WithMetadata(CoordinatorWrites).Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        var lines = org.MapGroup("/action-lines").WithTags("Action lines");
        lines.MapPost("", CreateLineAsync).Accepts<LineCreate>("application/json").Produces<ActionLineResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        lines.MapPut("/{actionLineId:int}", UpdateLineAsync).Accepts<LineUpdate>("application/json").Produces<ActionLineResource>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        lines.MapDelete("/{actionLineId:int}", DeleteLineAsync).WithMetadata(CoordinatorWrites).Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        var actions = org.MapGroup("/actions").WithTags("Actions");
        actions.MapPost("", CreateActionAsync).Accepts<ActionCreate>("application/json").Produces<ActionResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        actions.MapDelete("/{plannedActionId:int}", DeleteActionAsync).WithMetadata(CoordinatorWrites).Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    internal static string Location(CurrentOrganisation current, string rest) => $"/api/v1/organisations/{current.Value.Slug}{rest}";

    /// <summary>A reference in the body that must be given: its message under the field, as a form names a missing field.</summary>
    internal static void Required(ModelStateDictionary state, Text t, string field) =>
        state.AddModelError("Input." + field, t["Api.Validation.Required", JsonNaming(field)]);

    /// <summary>A reference in the body to something this organisation does not have: 404, as for an id in the address.</summary>
    internal static IResult Unknown(HttpContext http, string field) =>
        ApiProblems.Result(http, StatusCodes.Status404NotFound, "Api.Problem.ReferenceNotFound", JsonNaming(field));

    private static string JsonNaming(string field) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field);

    // ---- Goals ----

    private static async Task<IResult> CreateGoalAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, CancellationToken ct)
    {
        var org = current.Value;
        var (body, problem) = await ApiJson.ReadAsync<GoalCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var state = new ModelStateDictionary();
        StrategyDomain? domain = null;
        if (body.StrategyDomainId is not { } domainId)
        {
            Required(state, t, nameof(GoalCreate.StrategyDomainId));
        }
        else if ((domain = await db.StrategyDomains.InOrganisation(org.Id).FirstOrDefaultAsync(d => d.Id == domainId, ct)) is null)
        {
            return Unknown(http, nameof(GoalCreate.StrategyDomainId));
        }
        var input = body.ToInput();
        ApiValidation.Annotations(input, state, "Input", t);
        var details = input.Validate(state, t);
        if (details is null || domain is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        var goal = await GoalChanges.AddAsync(db, org.Id, domain, details, ct);
        return ApiJson.Created(http, Location(current, $"/goals/{goal.Id}"), GoalResource.From(goal));
    }

    private static Task<StrategyGoal?> FindGoalAsync(CirculairDbContext db, int organisationId, int goalId, CancellationToken ct) =>
        db.StrategyGoals.InOrganisation(organisationId).Include(g => g.Domain).FirstOrDefaultAsync(g => g.Id == goalId, ct);

    /// <summary>Replaces every field of the goal, with the SMART assistant's checks; a missing field is emptied.</summary>
    private static async Task<IResult> UpdateGoalAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, int strategyGoalId, CancellationToken ct)
    {
        var goal = await FindGoalAsync(db, current.Value.Id, strategyGoalId, ct);
        if (goal is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, GoalResource.From(goal)) is { } precondition)
        {
            return precondition;
        }
        var (body, problem) = await ApiJson.ReadAsync<GoalUpdate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        var details = input.Validate(state, t);
        if (details is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        goal.Describe(details);
        await db.SaveChangesAsync(ct);
        return ApiJson.Single(http, GoalResource.From(goal));
    }

    /// <summary>Removes the goal with its action lines; their actions stay, without a line.</summary>
    private static async Task<IResult> DeleteGoalAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int strategyGoalId, CancellationToken ct)
    {
        var goal = await FindGoalAsync(db, current.Value.Id, strategyGoalId, ct);
        if (goal is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, GoalResource.From(goal)) is { } precondition)
        {
            return precondition;
        }
        await GoalChanges.RemoveAsync(db, current.Value.Id, goal, ct);
        return Results.NoContent();
    }

    // ---- Action lines ----

    private static async Task<IResult> CreateLineAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, CancellationToken ct)
    {
        var org = current.Value;
        var (body, problem) = await ApiJson.ReadAsync<LineCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var state = new ModelStateDictionary();
        StrategyGoal? goal = null;
        if (body.GoalId is not { } goalId)
        {
            Required(state, t, nameof(LineCreate.GoalId));
        }
        else if ((goal = await FindGoalAsync(db, org.Id, goalId, ct)) is null)
        {
            return Unknown(http, nameof(LineCreate.GoalId));
        }
        var input = body.ToInput();
        ApiValidation.Annotations(input, state, "Input", t);
        if (goal is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        var line = await LineChanges.AddAsync(db, org.Id, goal, input.Title, input.Description, ct);
        return ApiJson.Created(http, Location(current, $"/action-lines/{line.Id}"), ActionLineResource.From(line));
    }

    /// <summary>Replaces the line's title and description, as its edit page does.</summary>
    private static async Task<IResult> UpdateLineAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, int actionLineId, CancellationToken ct)
    {
        var line = await db.ActionLines.InOrganisation(current.Value.Id).FirstOrDefaultAsync(l => l.Id == actionLineId, ct);
        if (line is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, ActionLineResource.From(line)) is { } precondition)
        {
            return precondition;
        }
        var (body, problem) = await ApiJson.ReadAsync<LineUpdate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        if (!state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        line.Describe(input.Title, input.Description);
        await db.SaveChangesAsync(ct);
        return ApiJson.Single(http, ActionLineResource.From(line));
    }

    /// <summary>Removes the line; its actions stay, without a line.</summary>
    private static async Task<IResult> DeleteLineAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int actionLineId, CancellationToken ct)
    {
        var line = await db.ActionLines.InOrganisation(current.Value.Id).FirstOrDefaultAsync(l => l.Id == actionLineId, ct);
        if (line is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, ActionLineResource.From(line)) is { } precondition)
        {
            return precondition;
        }
        await LineChanges.RemoveAsync(db, current.Value.Id, line, ct);
        return Results.NoContent();
    }

    // ---- Actions ----

    /// <summary>
    /// Adds an action to a trajectory with the new-action form's checks; without a number or a status it gets what the
    /// form proposes: the next free number (A01, A02…) and the status idea.
    /// </summary>
    private static async Task<IResult> CreateActionAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, CancellationToken ct)
    {
        var org = current.Value;
        var (body, problem) = await ApiJson.ReadAsync<ActionCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var state = new ModelStateDictionary();
        if (body.TrajectoryId is not { } trajectoryId)
        {
            Required(state, t, nameof(ActionCreate.TrajectoryId));
            return ApiProblems.Invalid(http, state, "Input");
        }
        if (await StrategyContext.FindAsync(db, org.Id, trajectoryId, ct) is null)
        {
            return Unknown(http, nameof(ActionCreate.TrajectoryId));
        }
        var input = body.ToInput();
        if (string.IsNullOrWhiteSpace(input.Number))
        {
            input.Number = ActionNumbering.Next(await db.PlannedActions.InOrganisation(org.Id).Where(a => a.TrajectoryId == trajectoryId).Select(a => a.Number).ToListAsync(ct));
        }
        input.Status ??= ActionStatus.Idee;
        ApiValidation.Annotations(input, state, "Input", t);
        var lines = await LineChoice.LoadAsync(db, org.Id, trajectoryId, ct);
        var people = await StrategyPeople.LoadAsync(db, org.Id, ct);
        var details = await ActionChecks.ValidateAsync(input, state, db, org.Id, trajectoryId, null, lines, people, t, ct);
        if (details is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        var action = await ActionChanges.AddAsync(db, org.Id, trajectoryId, details, input, clock.GetUtcNow().UtcDateTime, ct);
        return ApiJson.Created(http, Location(current, $"/actions/{action.Id}"), ActionResource.From(action));
    }

    /// <summary>Removes the action with its sheet, ratings and progress; an idea it came from stays, no longer promoted.</summary>
    private static async Task<IResult> DeleteActionAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int plannedActionId, CancellationToken ct)
    {
        var action = await ActionChanges.LoadForRemovalAsync(db, current.Value.Id, plannedActionId, ct);
        if (action is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, ActionResource.From(action)) is { } precondition)
        {
            return precondition;
        }
        await ActionChanges.RemoveAsync(db, current.Value.Id, action, ct);
        return Results.NoContent();
    }
}

/// <summary>A goal's fields as the SMART assistant asks them; figures are numbers here, not text.</summary>
public class GoalUpdate
{
    public string? Statement { get; set; }
    public string? Indicator { get; set; }
    public double? TargetValue { get; set; }
    public string? Unit { get; set; }
    public double? BaselineValue { get; set; }
    public int? BaselineYear { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? Owner { get; set; }
    public string? RealismNote { get; set; }

    /// <summary>The form as the page would receive it: figures written in the request's language, read back by its checks.</summary>
    public GoalInput ToInput() => new()
    {
        Statement = Statement, Indicator = Indicator, TargetValue = NumberText.Show(TargetValue, CultureInfo.CurrentCulture), Unit = Unit,
        BaselineValue = NumberText.Show(BaselineValue, CultureInfo.CurrentCulture), BaselineYear = BaselineYear, Deadline = Deadline, Owner = Owner,
        RealismNote = RealismNote,
    };
}

/// <summary>A new goal of a retained domain of a trajectory (<c>strategyDomainId</c>, as the goals show it).</summary>
public sealed class GoalCreate : GoalUpdate
{
    public int? StrategyDomainId { get; set; }
}

public class LineUpdate
{
    public string? Title { get; set; }
    public string? Description { get; set; }

    public LineInput ToInput() => new() { Title = Title, Description = Description };
}

/// <summary>A new action line below a goal (<c>goalId</c>), at the end of its lines.</summary>
public sealed class LineCreate : LineUpdate
{
    public int? GoalId { get; set; }
}

/// <summary>A new action of a trajectory; <c>number</c> may be left out.</summary>
public sealed class ActionCreate : ActionUpdate
{
    public int? TrajectoryId { get; set; }
}
