using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Platform.Forms;

/// <summary>
/// An invalid form re-rendered by its page answers 422, so clients, tests and monitoring can tell a refused
/// form from a normal page. Handlers just <c>return Page()</c>; this sets the status in one place.
/// </summary>
public sealed class UnprocessableOnInvalidFormFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context) { }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Result is PageResult page && !context.ModelState.IsValid && !HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }
}
