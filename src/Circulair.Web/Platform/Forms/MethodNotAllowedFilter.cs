using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Circulair.Web.Platform.Forms;

/// <summary>
/// A request for which a page has no handler (a POST to a read-only page, a GET of a POST-only one) answers
/// 405 instead of rendering the page with nothing loaded. Pages without any handler method stay plain views.
/// </summary>
public sealed class MethodNotAllowedFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
