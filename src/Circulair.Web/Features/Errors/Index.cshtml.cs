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

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
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
    }
}
