using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.FollowUp.Owners;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Api;

/// <summary>
/// Progress updates of an action (phase 3), append-only as on the pages: the update form's checks and writer
/// (<see cref="UpdateForm"/>), so an update also sets the action's status and ticks off the milestones it names.
/// Evidence files are not taken through the API; an evidence link is.
/// </summary>
public static class FollowUpApi
{
    public static void Map(RouteGroupBuilder org)
    {
        var g = org.MapGroup("/actions/{plannedActionId:int}/updates").WithTags("Progress updates");
        g.MapGet("", ListAsync).Produces<ApiPage<ProgressUpdateResource>>();
        g.MapPost("", CreateAsync).Accepts<ProgressUpdateCreate>("application/json").Produces<ProgressUpdateResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Newest first, as the action's timeline shows them.</summary>
    private static async Task<IResult> ListAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int plannedActionId, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size, problem) = ApiPaging.Read(http, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }
        if (!await db.PlannedActions.InOrganisation(current.Value.Id).AnyAsync(a => a.Id == plannedActionId, ct))
        {
            return StakeholdersApi.NotFound(http);
        }
        var result = await db.ProgressUpdates.InOrganisation(current.Value.Id).Where(u => u.PlannedActionId == plannedActionId)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Select(ProgressUpdateResource.Projection).ToPageAsync(p, size, ct);
        return Results.Json(result, ApiJson.Options);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, EvidenceUpload evidence,
        int plannedActionId, CancellationToken ct)
    {
        var org = current.Value;
        if (!await db.PlannedActions.InOrganisation(org.Id).AnyAsync(a => a.Id == plannedActionId, ct))
        {
            return StakeholdersApi.NotFound(http);
        }
        var (body, problem) = await ApiJson.ReadAsync<ProgressUpdateCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await UpdateForm.OpenMilestonesAsync(db, org.Id, plannedActionId, today, ct);
        var contentType = await UpdateForm.ValidateAsync(input, state, t, today, open, evidence, ct);
        if (!state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = http.User.UserId();
        var name = http.User.FindFirst(CirculairClaims.DisplayName)?.Value;
        var update = await UpdateForm.WriteAsync(db, org.Id, plannedActionId, input, contentType, evidence,
            (action, report, settings, last) => ProgressUpdate.Give(action, report, settings, last, userId, name, now), today, ct);
        return Results.Json(ProgressUpdateResource.From(update), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }
}

public sealed record ProgressUpdateResource(int Id, int PlannedActionId, DateOnly Date, int Percent, ActionStatus Status, string? Text, string? Blocker,
    string? NextStep, string? EvidenceLink, string GivenByName, DateTime CreatedAt)
{
    public static readonly System.Linq.Expressions.Expression<Func<ProgressUpdate, ProgressUpdateResource>> Projection = u => new ProgressUpdateResource(
        u.Id, u.PlannedActionId, u.Date, u.Percent, u.Status, u.Text, u.Blocker, u.NextStep, u.EvidenceLink, u.GivenByName, u.CreatedAt);

    private static readonly Func<ProgressUpdate, ProgressUpdateResource> Compiled = Projection.Compile();

    public static ProgressUpdateResource From(ProgressUpdate update) => Compiled(update);
}

/// <summary>A new progress update. <c>milestones</c>: ids of the action's open milestones this update reached.</summary>
public sealed class ProgressUpdateCreate
{
    public DateOnly? Date { get; set; }
    public int? Percent { get; set; }
    public ActionStatus? Status { get; set; }
    public string? Text { get; set; }
    public string? Blocker { get; set; }
    public string? NextStep { get; set; }
    public string? EvidenceLink { get; set; }
    public List<int>? Milestones { get; set; }

    public UpdateInput ToInput() => new()
    {
        Date = Date, Percent = Percent, Status = Status, Text = Text, Blocker = Blocker, NextStep = NextStep, EvidenceLink = EvidenceLink,
        Milestones = Milestones ?? [],
    };
}
