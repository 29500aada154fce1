using System.ComponentModel.DataAnnotations;
using Circulair.Library.Sharing;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// Proposing an action, pilot or indicator for the shared library (issue 18 item 3): the page shows the copy others
/// would see, without personal data and internal budget unless ticked in, and warns with the matches when its text
/// holds e-mail addresses or phone numbers; the member must confirm having checked them. A proposal waits for a
/// Beheerder (the organisation's shared items page). One page per kind, because the route names the source's entity.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public abstract class PublishPageModel(CirculairDbContext db, CurrentOrganisation current, KnowledgeLibrary library, Text t, TimeProvider clock) : PageModel
{
    public abstract SharedItemKind Kind { get; }

    protected abstract int SourceId { get; }

    /// <summary>Where the source item lives, for the way back.</summary>
    public string BackUrl { get; private set; } = "";

    // Also on GET: "show the copy again" re-reads the ticks without saving anything.
    [BindProperty(SupportsGet = true)]
    public PublishInput Input { get; set; } = new();

    public SharedSnapshot Full { get; private set; } = null!;

    public SharedSnapshot Preview { get; private set; } = null!;

    public IReadOnlyList<PersonalDataMatch> Matches { get; private set; } = [];

    /// <summary>Earlier proposals of the same item, newest first.</summary>
    public IReadOnlyList<SharedItemRow> Earlier { get; private set; } = [];

    public string OrgSlug => current.Value.Slug;

    public sealed class PublishInput
    {
        [Display(Name = "Sharing.Publish.IncludePersonalData")]
        public bool IncludePersonalData { get; set; }

        [Display(Name = "Sharing.Publish.IncludeBudget")]
        public bool IncludeBudget { get; set; }

        [Display(Name = "Sharing.Publish.Confirmed")]
        public bool Confirmed { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Show();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Show();
        if (Matches.Count > 0 && !Input.Confirmed)
        {
            ModelState.AddModelError("Input.Confirmed", t["Sharing.Publish.PersonalDataFound", string.Join(", ", Matches.Select(m => m.Value))]);
            return Page();
        }
        var org = current.Value;
        var item = new SharedLibraryItem(org.Id, org.Name, SourceId, Preview, Input.IncludePersonalData, Input.IncludeBudget, User.UserId(), clock.GetUtcNow().UtcDateTime);
        db.SharedLibraryItems.Add(item);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Sharing.Publish.Proposed";
        return Redirect($"/o/{org.Slug}/library/shared/{item.Id}");
    }

    /// <summary>The source's address, or null when it is not this organisation's.</summary>
    protected abstract Task<string?> BackUrlAsync(CirculairDbContext db, int organisationId, CancellationToken ct);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        var org = current.Value;
        if (await BackUrlAsync(db, org.Id, ct) is not { } back || await new SharedSources(db, library).TakeAsync(org.Id, Kind, SourceId, ct) is not { } full)
        {
            return false;
        }
        BackUrl = back;
        Full = full;
        Earlier = await db.SharedLibraryItems.InOrganisation(org.Id).Where(i => i.Kind == Kind && i.SourceId == SourceId)
            .OrderByDescending(i => i.ProposedAt).ThenByDescending(i => i.Id)
            .Select(SharedItemRow.Projection).ToListAsync(ct);
        return true;
    }

    private void Show()
    {
        Preview = Full.Stripped(Input.IncludePersonalData, Input.IncludeBudget);
        Matches = Preview.PersonalDataInText();
    }
}
