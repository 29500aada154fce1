using System.Globalization;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Help;

/// <summary>The handbook as one printable page (A4 print rules in the house stylesheet).</summary>
[AllowAnonymous]
public sealed class HandbookModel : PageModel
{
    public IReadOnlyList<(HelpEntry Phase, IReadOnlyList<HelpEntry> Tools)> Phases { get; private set; } = [];

    public void OnGet() => Phases = HelpCatalog.ByPhase(HelpCatalog.LanguageOf(CultureInfo.CurrentUICulture));
}

/// <summary>The handbook as a Word file, through the document layer.</summary>
[AllowAnonymous]
public sealed class HandbookDocxModel(Text t) : PageModel
{
    public IActionResult OnGet() =>
        File(DocxWriter.ToBytes(Handbook.Document(HelpCatalog.LanguageOf(CultureInfo.CurrentUICulture), t)), DocxWriter.ContentType, Handbook.FileName(t));
}
