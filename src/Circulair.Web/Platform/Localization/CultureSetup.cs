using System.Globalization;
using Circulair.Accounts;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Localization;

namespace Circulair.Web.Platform.Localization;

/// <summary>
/// Dutch (nl-BE) unless the signed-in person chose English in their profile; before log-in, a cookie set by
/// the language switch decides. The browser's Accept-Language is deliberately ignored: Dutch first.
/// </summary>
public static class CultureSetup
{
    public const string CookieName = ".Circulair.Language";

    // English readers still get Belgian formats (31/12/2026, 1.234,5 in Dutch; 31/12/2026, 1,234.5 in en-BE).
    public static readonly CultureInfo[] SupportedCultures = [CultureInfo.GetCultureInfo("nl-BE"), CultureInfo.GetCultureInfo("en-BE")];
    public static readonly CultureInfo[] SupportedUICultures = [CultureInfo.GetCultureInfo("nl-BE"), CultureInfo.GetCultureInfo("en")];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("nl-BE"),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedUICultures,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(http =>
            {
                // The public site takes its language from its address only, so that one address is one answer (decision 0310).
                if (Caching.PublicPageCache.IsPublic(http.Request.Path))
                {
                    return Task.FromResult(http.Request.Query["lang"] == Languages.English ? new ProviderCultureResult("en-BE", "en") : null);
                }
                var lang = http.User.FindFirst(CirculairClaims.Language)?.Value;
                if (lang is null && http.Request.Cookies.TryGetValue(CookieName, out var cookie))
                {
                    lang = cookie;
                }
                return Task.FromResult(lang == Languages.English ? new ProviderCultureResult("en-BE", "en") : null);
            }),
        ];
        return options;
    }

    /// <summary>Value for the html lang attribute: "nl-BE" or "en".</summary>
    public static string HtmlLang => CultureInfo.CurrentUICulture.Name is "en" ? "en" : "nl-BE";
}
