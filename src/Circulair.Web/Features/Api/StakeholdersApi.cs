using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Api;

/// <summary>The stakeholder register (Tool 1) through the API: the form's checks (<see cref="StakeholderInput"/>) and the pages' use cases.</summary>
public static class StakeholdersApi
{
    public static void Map(RouteGroupBuilder org)
    {
        var g = org.MapGroup("/stakeholders").WithTags("Stakeholders");
        g.MapGet("", ListAsync).Produces<ApiPage<StakeholderResource>>();
        g.MapGet("/{stakeholderId:int}", GetAsync).Produces<StakeholderResource>();
        g.MapPost("", CreateAsync).Accepts<StakeholderCreate>("application/json").Produces<StakeholderResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest);
        g.MapPut("/{stakeholderId:int}", UpdateAsync).Accepts<StakeholderUpdate>("application/json").Produces<StakeholderResource>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        g.MapDelete("/{stakeholderId:int}", DeleteAsync).Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    /// <summary>The register, by name; <c>group</c> filters on a group value ("Bedrijven", "c12" for an own group, "none" for no group), <c>q</c> searches the name.</summary>
    private static async Task<IResult> ListAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int? page, int? pageSize, string? group, string? q, CancellationToken ct)
    {
        var (p, size, problem) = ApiPaging.Read(http, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }
        var query = db.Stakeholders.InOrganisation(current.Value.Id).AsNoTracking();
        if (group is not null)
        {
            if (!StakeholderLabels.TryParseGroup(group, out var fixedGroup, out var customGroupId))
            {
                return ApiProblems.Result(http, StatusCodes.Status400BadRequest, "Api.Problem.Filter", "group");
            }
            query = customGroupId is { } id ? query.Where(s => s.CustomGroupId == id) : query.Where(s => s.Group == fixedGroup && s.CustomGroupId == null);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var key = StakeholderText.NameKey(q);
            query = query.Where(s => s.NameKey.Contains(key));
        }
        var result = await query.OrderBy(s => s.NameKey).ThenBy(s => s.Id).ToPageAsync(p, size, ct);
        return Results.Json(new ApiPage<StakeholderResource>([.. result.Items.Select(StakeholderResource.From)], result.Page, result.PageSize, result.Total), ApiJson.Options);
    }

    private static async Task<IResult> GetAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int stakeholderId, CancellationToken ct) =>
        await db.Stakeholders.InOrganisation(current.Value.Id).AsNoTracking().FirstOrDefaultAsync(s => s.Id == stakeholderId, ct) is { } s
            ? ApiJson.Single(http, StakeholderResource.From(s))
            : NotFound(http);

    private static async Task<IResult> CreateAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await ApiJson.ReadAsync<StakeholderCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Stakeholder", t);
        var details = await input.ValidateAsync(state, "Stakeholder", db, t, current.Value.Id, null, withRating: true, ct);
        if (details is null)
        {
            return ApiProblems.Invalid(http, state, "Stakeholder");
        }
        var stakeholder = await StakeholderChanges.AddAsync(db, clock, current.Value.Id, details, input.Power, input.Interest, ct);
        var resource = StakeholderResource.From(stakeholder);
        http.Response.Headers.ETag = ApiJson.ETag(resource);
        return Results.Json(resource, ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, int stakeholderId, CancellationToken ct)
    {
        var stakeholder = await db.Stakeholders.InOrganisation(current.Value.Id).FirstOrDefaultAsync(s => s.Id == stakeholderId, ct);
        if (stakeholder is null)
        {
            return NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, StakeholderResource.From(stakeholder)) is { } precondition)
        {
            return precondition;
        }
        var (body, problem) = await ApiJson.ReadAsync<StakeholderUpdate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Stakeholder", t);
        var details = await input.ValidateAsync(state, "Stakeholder", db, t, current.Value.Id, stakeholder.Id, withRating: false, ct);
        if (details is null)
        {
            return ApiProblems.Invalid(http, state, "Stakeholder");
        }
        stakeholder.Describe(details);
        await db.SaveChangesAsync(ct);
        return ApiJson.Single(http, StakeholderResource.From(stakeholder));
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int stakeholderId, CancellationToken ct)
    {
        var stakeholder = await db.Stakeholders.InOrganisation(current.Value.Id).AsNoTracking().FirstOrDefaultAsync(s => s.Id == stakeholderId, ct);
        if (stakeholder is null)
        {
            return NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, StakeholderResource.From(stakeholder)) is { } precondition)
        {
            return precondition;
        }
        return await StakeholderChanges.RemoveAsync(db, current.Value.Id, stakeholderId, ct) ? Results.NoContent() : NotFound(http);
    }

    internal static IResult NotFound(HttpContext http) => ApiProblems.Result(http, StatusCodes.Status404NotFound, "Api.Problem.NotFound");
}

/// <summary>A stakeholder as the API shows it. <c>group</c> is a fixed group's name, "c" + an own group's id, or null when it has no group.</summary>
public sealed record StakeholderResource(
    int Id, string Name, StakeholderKind? Kind, string? Department, string? Group, StakeholderSide? Side, StakeholderEngagement? Engagement,
    StakeholderForum? Forum, string? ForumDetail, string? ContactPerson, string? ContactEmail, string? Notes, string? Tags,
    StakeholderLevel? Power, StakeholderLevel? Interest, DateOnly? AssessedOn)
{
    public static StakeholderResource From(Stakeholder s) => new(
        s.Id, s.Name, s.Kind, s.Department, StakeholderLabels.GroupValue(s.Group, s.CustomGroupId), s.Side, s.Engagement, s.Forum, s.ForumDetail,
        s.ContactPerson, s.ContactEmail, s.Notes, s.Tags, s.Power, s.Interest, s.AssessedOn);
}

/// <summary>What describes a stakeholder; power and interest change through a dated assessment on the pages, not here.</summary>
public class StakeholderUpdate
{
    public string? Name { get; set; }
    public StakeholderKind? Kind { get; set; }
    public string? Department { get; set; }

    /// <summary>Optional: a fixed group's name or "c" + an own group's id; null or absent for no group.</summary>
    public string? Group { get; set; }
    public StakeholderSide? Side { get; set; }
    public StakeholderEngagement? Engagement { get; set; }
    public StakeholderForum? Forum { get; set; }
    public string? ForumDetail { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactEmail { get; set; }
    public string? Notes { get; set; }
    public string? Tags { get; set; }

    public virtual StakeholderInput ToInput() => new()
    {
        Name = Name, Kind = Kind, Department = Department, Group = Group, Side = Side, Engagement = Engagement, Forum = Forum,
        ForumDetail = ForumDetail, ContactPerson = ContactPerson, ContactEmail = ContactEmail, Notes = Notes, Tags = Tags,
    };
}

/// <summary>A new stakeholder, optionally with a first rating (both power and interest, or neither).</summary>
public sealed class StakeholderCreate : StakeholderUpdate
{
    public StakeholderLevel? Power { get; set; }
    public StakeholderLevel? Interest { get; set; }

    public override StakeholderInput ToInput()
    {
        var input = base.ToInput();
        input.Power = Power;
        input.Interest = Interest;
        return input;
    }
}
