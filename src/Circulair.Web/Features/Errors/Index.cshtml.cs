using Circulair.Web.Platform.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Errors;

/// <summary>The error page for status codes (404, 403, 429…) and exceptions (409 for refused changes, 500).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>Resource key explaining a refused change (a DomainException), when that is the cause.</summary>
    public string? ReasonKey { get; private set; }

    public object[] ReasonArguments { get; private set; } = [];

    /// <summary>For a request that was too large: where the form came from, to try again with less.</summary>
    public string? BackUrl { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // Re-executed after a refused request, the form may be unreadable (an over-size body, thrown away):
        // that must not turn this page into a refused form (422).
        ModelState.Clear();
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is DomainException domain)
        {
            ReasonKey = domain.MessageKey;
            ReasonArguments = [.. domain.Arguments];
        }
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || exception is not null;
        Code = reExecuted ? Response.StatusCode : code ?? 500;
        if (!reExecuted)
        {
            Response.StatusCode = Code;
        }
        if (Code == StatusCodes.Status413PayloadTooLarge && HttpContext.Items[RequestLimits.ExceededLimitItem] is long limit)
        {
            ReasonKey = "Errors.TooLarge.Limit";
            ReasonArguments = [Math.Max(1, limit / RequestLimits.Megabyte)];
            // The page that was posted to is the form's own page (forms post back to where they are).
            var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
            BackUrl = original is null ? null : original.OriginalPathBase + original.OriginalPath + original.OriginalQueryString;
        }
    }
}
