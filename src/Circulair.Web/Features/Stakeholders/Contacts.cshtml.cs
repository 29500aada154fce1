using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// The prioritised contact list: everyone in the order Tool 2 suggests reaching them (active management first,
/// no focus last, then whoever is not rated yet), with the contact details and the engagement wanted.
/// </summary>
public sealed class ContactsModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<IGrouping<StakeholderApproach?, ContactRow>> Sections { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>A POST without a handler this page knows; without this Razor Pages would render the page unloaded.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        var rows = await db.Stakeholders.InOrganisation(current.Value.Id)
            .OrderBy(StakeholderQueries.ApproachRank())
            .ThenBy(s => s.NameKey)
            .Select(s => new ContactRow(s.Id, s.Name, s.Group, s.CustomGroup != null ? s.CustomGroup.Name : null, s.Power, s.Interest, s.Engagement, s.Forum, s.ForumDetail, s.ContactPerson, s.ContactEmail))
            .ToListAsync(ct);
        Total = rows.Count;
        Sections = [.. rows.GroupBy(r => r.Approach)];
    }
}

public sealed record ContactRow(
    int Id, string Name, StakeholderGroup? Group, string? CustomGroupName, StakeholderLevel? Power, StakeholderLevel? Interest,
    StakeholderEngagement? Engagement, StakeholderForum? Forum, string? ForumDetail, string? ContactPerson, string? ContactEmail)
{
    public StakeholderApproach? Approach => StakeholderGrid.ApproachFor(Power, Interest);
}
