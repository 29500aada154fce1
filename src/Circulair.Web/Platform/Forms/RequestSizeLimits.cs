using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Circulair.Web.Platform.Forms;

/// <summary>
/// Size limits of what a browser may send (decision 0241), from the "Uploads" section: ordinary forms at most
/// <c>MaxFormMegabytes</c> (4); upload pages declare their own limit ([RequestSizeLimit] or endpoint metadata).
/// An over-size request is read to its end (up to <c>MaxReadOverLimitMegabytes</c>, 100) and thrown away, so the
/// browser can read the answer: a 413 page that says how much is allowed and links back to the form. Without that
/// read the server closes the connection while the browser is still sending, and the person sees a reset connection.
/// </summary>
public sealed record RequestLimits(long FormBytes, long ReadOverLimitBytes)
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>HttpContext.Items key: the limit (in bytes) a refused request went over, for the error page.</summary>
    public const string ExceededLimitItem = "Circulair.ExceededRequestLimit";
}

public static class RequestLimitsSetup
{
    public static IServiceCollection AddCirculairRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Uploads");
        var limits = new RequestLimits(
            (long)(section.GetValue("MaxFormMegabytes", 4.0) * RequestLimits.Megabyte),
            (long)(section.GetValue("MaxReadOverLimitMegabytes", 100.0) * RequestLimits.Megabyte));
        services.AddSingleton(limits);
        services.Configure<FormOptions>(o =>
        {
            // Explicit, and in line with the request limit: a single field can be as large as an ordinary form.
            o.ValueLengthLimit = (int)Math.Min(limits.FormBytes, int.MaxValue);
            o.MultipartBodyLengthLimit = limits.FormBytes;
        });
        return services;
    }
}

/// <summary>Endpoint metadata for an upload limit that comes from configuration (an attribute argument must be a constant).</summary>
public interface IConfiguredRequestSizeLimit
{
    long MaxRequestBodySize(IServiceProvider services);
}

/// <summary>Applies the limit of the endpoint to every request and answers an over-size one with the 413 page.</summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, RequestLimits limits)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is null || size.IsReadOnly || http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(http);
            return;
        }
        var endpoint = http.GetEndpoint()?.Metadata;
        var metadata = endpoint?.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = endpoint?.GetMetadata<IConfiguredRequestSizeLimit>()?.MaxRequestBodySize(http.RequestServices)
            ?? (metadata is null ? limits.FormBytes : metadata.MaxRequestBodySize);
        if (limit is { } max && http.Request.ContentLength is { } length && length > max)
        {
            await RefuseAsync(http, size, max, length);
            return;
        }
        size.MaxRequestBodySize = limit;
        try
        {
            await next(http);
        }
        catch (Exception e) when (limit is not null && !http.Response.HasStarted && IsOverLimit(e))
        {
            // A body without a length (chunked) that went over, or a form over FormOptions' limits.
            http.Items[RequestLimits.ExceededLimitItem] = limit.Value;
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    private async Task RefuseAsync(HttpContext http, IHttpMaxRequestBodySizeFeature size, long limit, long length)
    {
        http.Items[RequestLimits.ExceededLimitItem] = limit;
        if (length <= limits.ReadOverLimitBytes)
        {
            size.MaxRequestBodySize = length;
            try
            {
                await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            }
            catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
            {
                // The browser gave up; nobody reads the answer.
            }
        }
        // Empty body: the status code pages show /error/413.
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    private static bool IsOverLimit(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        // FormReader and MultipartReader report their limits (value count, value length, body length) this way.
        InvalidDataException => e.TargetSite?.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true,
        _ => false,
    };
}
