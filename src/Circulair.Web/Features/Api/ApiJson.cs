using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Circulair.Web.Features.Api;

/// <summary>
/// How the API reads and writes JSON: camelCase, enums by name, and strict on the way in: a field the resource does
/// not have, or a value of the wrong type, is refused with 400 instead of being ignored.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        }
        return options;
    }

    /// <summary>The body as <typeparamref name="T"/>, or the problem that says why it cannot be read.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http) where T : class
    {
        if (http.Request.HasJsonContentType() is false)
        {
            return (null, ApiProblems.Result(http, StatusCodes.Status415UnsupportedMediaType, "Api.Problem.JsonRequired"));
        }
        // The size middleware refuses this before the endpoint on Kestrel; hosts without a body-size feature land here.
        if (http.Request.ContentLength > ApiSetup.MaxBodyBytes)
        {
            return (null, ApiProblems.Result(http, StatusCodes.Status413PayloadTooLarge, "Api.Problem.TooLarge", ApiSetup.MaxBodyBytes / (1024 * 1024)));
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Options, http.RequestAborted);
            return value is null
                ? (null, ApiProblems.Result(http, StatusCodes.Status400BadRequest, "Api.Problem.BodyRequired"))
                : (value, null);
        }
        catch (JsonException e)
        {
            var path = e.Path is { Length: > 2 } p ? p[2..] : e.Path ?? "";
            // System.Text.Json names the refused member in its message, not in a property.
            if (e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                && System.Text.RegularExpressions.Regex.Match(e.Message, "property '([^']*)'") is { Success: true } m)
            {
                return (null, ApiProblems.Result(http, StatusCodes.Status400BadRequest, "Api.Problem.UnknownField", m.Groups[1].Value));
            }
            var malformed = e.InnerException?.GetType().Name == "JsonReaderException" || path is "" or "$";
            return (null, malformed
                ? ApiProblems.Result(http, StatusCodes.Status400BadRequest, "Api.Problem.NotJson")
                : ApiProblems.Result(http, StatusCodes.Status400BadRequest, "Api.Problem.WrongType", path));
        }
    }

    /// <summary>A strong ETag over the resource as the API shows it: it changes whenever anything shown changes.</summary>
    public static string ETag<T>(T resource)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(resource, Options);
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
    }

    /// <summary>
    /// The If-Match check of a change: 428 without the header, 412 when it names another version, null when the
    /// client saw the current one.
    /// </summary>
    public static IResult? CheckIfMatch<T>(HttpContext http, T current)
    {
        var ifMatch = http.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return ApiProblems.Result(http, StatusCodes.Status428PreconditionRequired, "Api.Problem.IfMatchRequired");
        }
        var etag = ETag(current);
        var matches = ifMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim())
            .Any(v => v == "*" || v == etag);
        return matches ? null : ApiProblems.Result(http, StatusCodes.Status412PreconditionFailed, "Api.Problem.Stale");
    }

    /// <summary>A resource just made: 201 with its address (Location) and its ETag, so a change can follow at once.</summary>
    public static IResult Created<T>(HttpContext http, string location, T resource)
    {
        http.Response.Headers.ETag = ETag(resource);
        http.Response.Headers.Location = location;
        return Results.Json(resource, Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>One resource with its ETag; 304 when the client already holds this version (If-None-Match).</summary>
    public static IResult Single<T>(HttpContext http, T resource)
    {
        var etag = ETag(resource);
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',')).Any(v => v.Trim() == etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Json(resource, Options);
    }
}
