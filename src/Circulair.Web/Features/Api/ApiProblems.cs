using System.Globalization;
using System.Text.Json;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Api;

/// <summary>
/// Errors of the API as RFC 9457 problem details (<c>application/problem+json</c>), in Dutch or English after the
/// request's Accept-Language (Dutch unless English is asked for first). Each problem carries a stable <c>code</c>
/// (the text's key), so a client can act on it whatever the language.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>The language of an API answer: English when Accept-Language puts English before Dutch, else Dutch.</summary>
    public static CultureInfo CultureOf(HttpContext http)
    {
        var headers = http.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in headers.OrderByDescending(l => l.Quality ?? 1))
        {
            var value = language.Value.Value ?? "";
            if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return CultureSetup.SupportedUICultures[1];
            }
            if (value.StartsWith("nl", StringComparison.OrdinalIgnoreCase))
            {
                return CultureSetup.SupportedUICultures[0];
            }
        }
        return CultureSetup.SupportedUICultures[0];
    }

    public static void UseCultureOf(HttpContext http)
    {
        var culture = CultureOf(http);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture.Name == "en" ? CultureSetup.SupportedCultures[1] : CultureSetup.SupportedCultures[0];
        http.Response.Headers.ContentLanguage = culture.Name == "en" ? "en" : "nl-BE";
    }

    public static ProblemDetails Create(HttpContext http, int status, string key, IDictionary<string, string[]>? errors = null, params object[] arguments)
    {
        UseCultureOf(http);
        var t = http.RequestServices.GetRequiredService<Text>();
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = t[$"Api.Status.{status.ToString(CultureInfo.InvariantCulture)}"];
        problem.Detail = t[key, arguments];
        problem.Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status.ToString(CultureInfo.InvariantCulture)}";
        problem.Instance = http.Request.Path;
        problem.Extensions["code"] = key;
        return problem;
    }

    public static IResult Result(HttpContext http, int status, string key, params object[] arguments) =>
        Results.Json(Create(http, status, key, null, arguments), ApiJson.Options, ContentType, status);

    /// <summary>A 422 listing each field's messages, the way the pages' error summary lists them.</summary>
    public static IResult Invalid(HttpContext http, ModelStateDictionary state, string prefix)
    {
        var errors = state.Where(e => e.Value is { Errors.Count: > 0 })
            .ToDictionary(
                e => JsonNamingPolicy.CamelCase.ConvertName(e.Key.StartsWith(prefix + ".", StringComparison.Ordinal) ? e.Key[(prefix.Length + 1)..] : e.Key),
                e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray());
        return Results.Json(Create(http, StatusCodes.Status422UnprocessableEntity, "Api.Problem.Validation", errors), ApiJson.Options, ContentType, StatusCodes.Status422UnprocessableEntity);
    }

    public static async Task WriteAsync(HttpContext http, int status, string key, params object[] arguments)
    {
        if (http.Response.HasStarted)
        {
            return;
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType;
        await JsonSerializer.SerializeAsync(http.Response.Body, Create(http, status, key, null, arguments), ApiJson.Options, http.RequestAborted)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// The status code pages of the API: an error answered without a body (404 or 403 from the organisation check,
    /// 413 from the size limit, 429 from the rate limiter, 405) gets problem details instead of an HTML page.
    /// </summary>
    public static async Task StatusCodePageAsync(Microsoft.AspNetCore.Diagnostics.StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var key = status switch
        {
            StatusCodes.Status401Unauthorized => http.Items[ApiTokenHandler.FailureItem] as string ?? "Api.Token.Missing",
            StatusCodes.Status403Forbidden => "Api.Problem.Forbidden",
            StatusCodes.Status404NotFound => "Api.Problem.NotFound",
            StatusCodes.Status405MethodNotAllowed => "Api.Problem.MethodNotAllowed",
            StatusCodes.Status413PayloadTooLarge => "Api.Problem.TooLarge",
            StatusCodes.Status415UnsupportedMediaType => "Api.Problem.JsonRequired",
            StatusCodes.Status429TooManyRequests => "Api.Problem.TooManyRequests",
            >= 500 => "Api.Problem.ServerError",
            _ => "Api.Problem.BadRequest",
        };
        object[] arguments = status == StatusCodes.Status413PayloadTooLarge
            ? [ApiSetup.MaxBodyBytes / (1024 * 1024)]
            : [];
        http.Response.ContentType = ContentType;
        await WriteAsync(http, status, key, arguments);
    }
}
