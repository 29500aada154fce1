using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Api;

/// <summary>
/// Creating, changing and removing an indicator of the organisation's own (decision 0370), with the indicator form's
/// checks and writes (<see cref="IndicatorEditor"/>): the Core rules, complete target rows, a name not used yet, and
/// links only to this organisation's goals and actions. Removing takes the measurements along and is a Coördinator's
/// decision, as on the page.
/// </summary>
public static class IndicatorWritesApi
{
    public static void Map(RouteGroupBuilder org)
    {
        var g = org.MapGroup("/indicators").WithTags("Indicators");
        g.MapPost("", CreateAsync).Accepts<IndicatorCreate>("application/json").Produces<IndicatorResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest);
        g.MapPut("/{indicatorId:int}", UpdateAsync).Accepts<IndicatorUpdate>("application/json").Produces<IndicatorResource>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        g.MapDelete("/{indicatorId:int}", DeleteAsync).WithMetadata(StrategyWritesApi.CoordinatorWrites).Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, CancellationToken ct)
    {
        var org = current.Value;
        var (body, problem) = await ApiJson.ReadAsync<IndicatorCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput([], []);
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        var editor = new IndicatorEditor(db, t);
        var details = await editor.CheckAsync(input, state, org.Id, null, ct);
        if (details is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        var indicator = await editor.AddAsync(org.Id, details, input, clock.GetUtcNow().UtcDateTime, ct);
        return ApiJson.Created(http, StrategyWritesApi.Location(current, $"/indicators/{indicator.Id}"), IndicatorResource.From(indicator));
    }

    private static Task<Indicator?> FindAsync(CirculairDbContext db, int organisationId, int indicatorId, CancellationToken ct) =>
        db.Indicators.InOrganisation(organisationId).Include(i => i.Targets).FirstOrDefaultAsync(i => i.Id == indicatorId, ct);

    /// <summary>
    /// Replaces the indicator's fields and targets; <c>goalIds</c> and <c>actionIds</c> replace its links when given
    /// and keep them when left out. An adopted indicator keeps its standard code.
    /// </summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, int indicatorId, CancellationToken ct)
    {
        var org = current.Value;
        var indicator = await FindAsync(db, org.Id, indicatorId, ct);
        if (indicator is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, IndicatorResource.From(indicator)) is { } precondition)
        {
            return precondition;
        }
        var (body, problem) = await ApiJson.ReadAsync<IndicatorUpdate>(http);
        if (body is null)
        {
            return problem!;
        }
        var goals = await db.IndicatorGoalLinks.InOrganisation(org.Id).Where(l => l.IndicatorId == indicatorId).Select(l => l.StrategyGoalId).ToListAsync(ct);
        var actions = await db.IndicatorActionLinks.InOrganisation(org.Id).Where(l => l.IndicatorId == indicatorId).Select(l => l.PlannedActionId).ToListAsync(ct);
        var input = body.ToInput(goals, actions);
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        var editor = new IndicatorEditor(db, t);
        var details = await editor.CheckAsync(input, state, org.Id, indicatorId, ct);
        if (details is null || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        await editor.UpdateAsync(org.Id, indicator, details, input, ct);
        return ApiJson.Single(http, IndicatorResource.From(indicator));
    }

    /// <summary>Removes the indicator with its targets, measurements and links.</summary>
    private static async Task<IResult> DeleteAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, int indicatorId, CancellationToken ct)
    {
        var indicator = await FindAsync(db, current.Value.Id, indicatorId, ct);
        if (indicator is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, IndicatorResource.From(indicator)) is { } precondition)
        {
            return precondition;
        }
        await new IndicatorEditor(db, t).RemoveAsync(current.Value.Id, indicator, ct);
        return Results.NoContent();
    }
}

/// <summary>An indicator's fields as its form asks them, with its targets (each a year and a value).</summary>
public class IndicatorUpdate
{
    public IndicatorLevel? Level { get; set; }
    public string? Name { get; set; }
    public string? Definition { get; set; }
    public string? Unit { get; set; }
    public IndicatorDirection? Direction { get; set; }
    public MeasurementInstrument? Instrument { get; set; }
    public MeasurementFrequency? Frequency { get; set; }
    public string? Owner { get; set; }
    public double? BaselineValue { get; set; }
    public int? BaselineYear { get; set; }
    public string? Source { get; set; }
    public List<TargetInput>? Targets { get; set; }

    /// <summary>Goals of this organisation the indicator measures; left out = unchanged (on a new indicator: none).</summary>
    public List<int>? GoalIds { get; set; }

    /// <summary>Actions of this organisation the indicator measures; left out = unchanged (on a new indicator: none).</summary>
    public List<int>? ActionIds { get; set; }

    public IndicatorInput ToInput(IReadOnlyList<int> currentGoals, IReadOnlyList<int> currentActions) => new()
    {
        Level = Level, Name = Name, Definition = Definition, Unit = Unit, Direction = Direction, Instrument = Instrument, Frequency = Frequency,
        Owner = Owner, BaselineValue = BaselineValue, BaselineYear = BaselineYear, Source = Source, Targets = [.. (Targets ?? []).Where(x => x is not null)],
        GoalIds = GoalIds ?? [.. currentGoals], ActionIds = ActionIds ?? [.. currentActions],
    };
}

/// <summary>A new indicator of the organisation's own.</summary>
public sealed class IndicatorCreate : IndicatorUpdate;
