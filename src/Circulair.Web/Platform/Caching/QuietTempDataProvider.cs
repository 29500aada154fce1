using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// The cookie TempData provider, minus one habit: it deletes its cookie on every response whose page read TempData (the
/// layout reads the flash message on every page), even when the browser sent none. That needless <c>Set-Cookie</c>
/// made every page uncacheable (decision 0171). Here the deletion is only sent to a browser that has the cookie.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    private readonly string _cookieName = options.Value.Cookie.Name!;

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(_cookieName))
        {
            return;
        }
        inner.SaveTempData(context, values);
    }

    public static IServiceCollection AddQuietTempData(IServiceCollection services)
    {
        services.AddSingleton<ITempDataProvider>(sp => new QuietTempDataProvider(
            ActivatorUtilities.CreateInstance<CookieTempDataProvider>(sp),
            sp.GetRequiredService<IOptions<CookieTempDataProviderOptions>>()));
        return services;
    }
}
