using Circulair.Library;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Library;

/// <summary>The funding catalogue (guide chapter 5, phase 3): programmes and calls, filtered by domain and theme.</summary>
public sealed class FundingModel(KnowledgeLibrary library, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "domain")]
    public string? Domain { get; set; }

    [FromQuery(Name = "theme")]
    public string? Theme { get; set; }

    public IReadOnlyList<FundingCall> Calls { get; private set; } = [];

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public void OnGet()
    {
        ViewData["Section"] = "library";
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var all = library.Funding.All;
        Themes = all.SelectMany(c => c.Themes).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var domain = Circulair.Reference.ActionDomains.Find(Domain)?.Code;
        var theme = Themes.FirstOrDefault(x => string.Equals(x, Theme, StringComparison.OrdinalIgnoreCase));
        Domain = domain;
        Theme = theme;
        Calls = all.Where(c => (domain is null || c.ForEveryDomain || c.Domains.Contains(domain)) && (theme is null || c.Themes.Contains(theme, StringComparer.OrdinalIgnoreCase))).ToList();
    }
}
