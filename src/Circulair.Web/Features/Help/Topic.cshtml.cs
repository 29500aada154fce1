using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Help;

/// <summary>One help page: a phase with its tools, or one tool, in the reader's language.</summary>
[AllowAnonymous]
public sealed class TopicModel : PageModel
{
    public HelpEntry Entry { get; private set; } = null!;

    /// <summary>For a phase: its tools. For a tool: its phase.</summary>
    public IReadOnlyList<HelpEntry> Tools { get; private set; } = [];

    public HelpEntry? Phase { get; private set; }

    public IActionResult OnGet(string id)
    {
        var language = HelpCatalog.LanguageOf(CultureInfo.CurrentUICulture);
        if (HelpCatalog.Find(id, language) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        Tools = entry.IsPhase ? [.. HelpCatalog.All(language).Where(e => !e.IsPhase && e.PhaseId == entry.Id)] : [];
        Phase = entry.IsPhase ? null : HelpCatalog.Find(entry.PhaseId, language);
        return Page();
    }
}
