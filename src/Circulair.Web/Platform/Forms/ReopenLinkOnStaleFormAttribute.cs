using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Circulair.Web.Platform.Forms;

/// <summary>
/// For pages opened from a link in a mail (password reset, invitation): a form whose antiforgery token no longer fits
/// (sent a second time after the link signed someone in, or from a browser that was closed meanwhile) does not end in
/// a bare 400. The link is opened again instead, and its page says what state it is in and what to do (decision 0241).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReopenLinkOnStaleFormAttribute : Attribute, IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var request = context.HttpContext.Request;
            // The form posts back to the link itself; the handler name is not part of the link.
            var query = QueryString.Create(request.Query.Where(q => q.Key != "handler"));
            context.Result = new RedirectResult(request.PathBase + request.Path + query);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
