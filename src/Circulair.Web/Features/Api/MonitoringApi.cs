using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Web.Features.Monitoring.Measurements;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Api;

/// <summary>Indicators and their measurements (phase 3 monitoring); a measurement is checked by the form's <see cref="MeasurementCheck"/>.</summary>
public static class MonitoringApi
{
    public static void Map(RouteGroupBuilder org)
    {
        var g = org.MapGroup("/indicators").WithTags("Indicators");
        g.MapGet("", ListAsync).Produces<ApiPage<IndicatorResource>>();
        g.MapGet("/{indicatorId:int}", GetAsync).Produces<IndicatorResource>();
        g.MapGet("/{indicatorId:int}/measurements", ListMeasurementsAsync).WithTags("Measurements").Produces<ApiPage<MeasurementResource>>();
        g.MapGet("/{indicatorId:int}/measurements/{measurementId:int}", GetMeasurementAsync).WithTags("Measurements").Produces<MeasurementResource>();
        g.MapPut("/{indicatorId:int}/measurements/{measurementId:int}", PutMeasurementAsync).WithTags("Measurements")
            .Accepts<MeasurementCreate>("application/json").Produces<MeasurementResource>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        g.MapDelete("/{indicatorId:int}/measurements/{measurementId:int}", DeleteMeasurementAsync).WithTags("Measurements").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        g.MapPost("/{indicatorId:int}/measurements", CreateMeasurementAsync).WithTags("Measurements")
            .Accepts<MeasurementCreate>("application/json").Produces<MeasurementResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Indicators by level of Figure 10 (input → impact) and name; <c>level</c> filters.</summary>
    private static async Task<IResult> ListAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, IndicatorLevel? level, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size, problem) = ApiPaging.Read(http, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }
        var query = db.Indicators.InOrganisation(current.Value.Id);
        if (level is { } l)
        {
            query = query.Where(i => i.Level == l);
        }
        return Results.Json(await query.OrderBy(i => i.Level).ThenBy(i => i.Name).ThenBy(i => i.Id).Select(IndicatorResource.Projection).ToPageAsync(p, size, ct), ApiJson.Options);
    }

    private static async Task<IResult> GetAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int indicatorId, CancellationToken ct) =>
        await db.Indicators.InOrganisation(current.Value.Id).Where(i => i.Id == indicatorId).Select(IndicatorResource.Projection).FirstOrDefaultAsync(ct) is { } indicator
            ? ApiJson.Single(http, indicator)
            : StakeholdersApi.NotFound(http);

    /// <summary>By year, oldest first.</summary>
    private static async Task<IResult> ListMeasurementsAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int indicatorId, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size, problem) = ApiPaging.Read(http, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }
        if (!await db.Indicators.InOrganisation(current.Value.Id).AnyAsync(i => i.Id == indicatorId, ct))
        {
            return StakeholdersApi.NotFound(http);
        }
        var result = await db.Measurements.InOrganisation(current.Value.Id).Where(m => m.IndicatorId == indicatorId)
            .OrderBy(m => m.Year).ThenBy(m => m.Id).Select(MeasurementResource.Projection).ToPageAsync(p, size, ct);
        return Results.Json(result, ApiJson.Options);
    }

    private static async Task<IResult> GetMeasurementAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int indicatorId, int measurementId, CancellationToken ct) =>
        await db.Measurements.InOrganisation(current.Value.Id).Where(m => m.Id == measurementId && m.IndicatorId == indicatorId)
            .Select(MeasurementResource.Projection).FirstOrDefaultAsync(ct) is { } measurement
            ? ApiJson.Single(http, measurement)
            : StakeholdersApi.NotFound(http);

    /// <summary>Corrects a measurement with the form's checks; a corrected figure is no longer fed from the scan (as on the page).</summary>
    private static async Task<IResult> PutMeasurementAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock,
        int indicatorId, int measurementId, CancellationToken ct)
    {
        var org = current.Value;
        var measurement = await db.Measurements.InOrganisation(org.Id).FirstOrDefaultAsync(m => m.Id == measurementId && m.IndicatorId == indicatorId, ct);
        if (measurement is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, MeasurementResource.From(measurement)) is { } precondition)
        {
            return precondition;
        }
        var (body, problem) = await ApiJson.ReadAsync<MeasurementCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        if (await MeasurementCheck.RunAsync(db, t, input, state, org.Id, indicatorId, measurementId, clock.GetUtcNow().UtcDateTime.Year, ct) is not { } details || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        measurement.Describe(details);
        measurement.FedFrom(null);
        await db.SaveChangesAsync(ct);
        return ApiJson.Single(http, MeasurementResource.From(measurement));
    }

    private static async Task<IResult> DeleteMeasurementAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, int indicatorId, int measurementId, CancellationToken ct)
    {
        var measurement = await db.Measurements.InOrganisation(current.Value.Id).FirstOrDefaultAsync(m => m.Id == measurementId && m.IndicatorId == indicatorId, ct);
        if (measurement is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        if (ApiJson.CheckIfMatch(http, MeasurementResource.From(measurement)) is { } precondition)
        {
            return precondition;
        }
        db.Measurements.Remove(measurement);
        await db.SaveChangesAsync(ct);
        return Results.NoContent();
    }

    private static async Task<IResult> CreateMeasurementAsync(HttpContext http, CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, int indicatorId, CancellationToken ct)
    {
        var org = current.Value;
        var indicator = await db.Indicators.InOrganisation(org.Id).FirstOrDefaultAsync(i => i.Id == indicatorId, ct);
        if (indicator is null)
        {
            return StakeholdersApi.NotFound(http);
        }
        var (body, problem) = await ApiJson.ReadAsync<MeasurementCreate>(http);
        if (body is null)
        {
            return problem!;
        }
        var input = body.ToInput();
        var state = new ModelStateDictionary();
        ApiValidation.Annotations(input, state, "Input", t);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await MeasurementCheck.RunAsync(db, t, input, state, org.Id, indicatorId, null, now.Year, ct) is not { } details || !state.IsValid)
        {
            return ApiProblems.Invalid(http, state, "Input");
        }
        var measurement = new Measurement(indicator, details, http.User.UserId(), http.User.FindFirst(CirculairClaims.DisplayName)?.Value, now);
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync(ct);
        var resource = MeasurementResource.From(measurement);
        http.Response.Headers.ETag = ApiJson.ETag(resource);
        return Results.Json(resource, ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }
}

public sealed record IndicatorResource(int Id, string? StandardCode, IndicatorLevel Level, string Name, string? Definition, string Unit, IndicatorDirection Direction,
    MeasurementInstrument Instrument, MeasurementFrequency Frequency, string? Owner, double? BaselineValue, int? BaselineYear, string? Source,
    IReadOnlyList<IndicatorTargetResource> Targets)
{
    public static readonly System.Linq.Expressions.Expression<Func<Indicator, IndicatorResource>> Projection = i => new IndicatorResource(
        i.Id, i.StandardCode, i.Level, i.Name, i.Definition, i.Unit, i.Direction, i.Instrument, i.Frequency, i.Owner, i.BaselineValue, i.BaselineYear, i.Source,
        i.Targets.OrderBy(x => x.Year).Select(x => new IndicatorTargetResource(x.Year, x.Value)).ToList());

    private static readonly Func<Indicator, IndicatorResource> Compiled = Projection.Compile();

    /// <summary>An indicator loaded with its targets.</summary>
    public static IndicatorResource From(Indicator indicator) => Compiled(indicator);
}

/// <summary>A target of an indicator: the value to reach by the year.</summary>
public sealed record IndicatorTargetResource(int Year, double Value);

public sealed record MeasurementResource(int Id, int IndicatorId, int Year, DateOnly? MeasuredOn, double Value, string? Source, string? Note, string? EnteredByName)
{
    public static readonly System.Linq.Expressions.Expression<Func<Measurement, MeasurementResource>> Projection = m => new MeasurementResource(
        m.Id, m.IndicatorId, m.Year, m.MeasuredOn, m.Value, m.Source, m.Note, m.EnteredByName);

    private static readonly Func<Measurement, MeasurementResource> Compiled = Projection.Compile();

    public static MeasurementResource From(Measurement measurement) => Compiled(measurement);
}

/// <summary>A measurement of one year (one per year; the year at most this one, a date inside that year).</summary>
public sealed class MeasurementCreate
{
    public int? Year { get; set; }
    public DateOnly? MeasuredOn { get; set; }
    public double? Value { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }

    public MeasurementInput ToInput() => new() { Year = Year, MeasuredOn = MeasuredOn, Value = Value, Source = Source, Note = Note };
}
