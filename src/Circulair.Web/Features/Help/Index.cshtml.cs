using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Help;

/// <summary>
/// The help section: every phase with its tools, and a search over all help texts in the reader's language. Open to
/// everyone, signed in or not: it explains the method, holds no organisation's data, and a coordinator may send the
/// link to colleagues and politicians.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public string Language { get; private set; } = HelpCatalog.Dutch;

    public IReadOnlyList<(HelpEntry Phase, IReadOnlyList<HelpEntry> Tools)> Phases { get; private set; } = [];

    /// <summary>Null when no search was asked for.</summary>
    public IReadOnlyList<HelpEntry>? Results { get; private set; }

    public void OnGet()
    {
        Language = HelpCatalog.LanguageOf(CultureInfo.CurrentUICulture);
        Phases = HelpCatalog.ByPhase(Language);
        Query = Query?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 100)] : null;
        Results = Query is null ? null : HelpCatalog.Search(Query, Language);
    }
}
