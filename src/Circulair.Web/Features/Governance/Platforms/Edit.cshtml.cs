using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance.Platforms;

/// <summary>A platform's name, kind and description, and its members: added from the register or typed in, and removed.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    [FromRoute]
    public int GovernancePlatformId { get; set; }

    [BindProperty]
    public PlatformInput Input { get; set; } = new();

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    public GovernancePlatform Platform { get; private set; } = null!;
    public List<MemberRow> Members { get; private set; } = [];
    public List<SelectListItem> StakeholderItems { get; private set; } = [];

    private string EditUrl => $"/o/{current.Value.Slug}/followup/governance/platforms/{GovernancePlatformId}/edit";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = new PlatformInput { Name = Platform.Name, Kind = Platform.Kind, Description = Platform.Description };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!Input.Check(ModelState, t))
        {
            return Page();
        }
        Platform.Describe(Input.Name!, Input.Kind!.Value, Input.Description, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Saved";
        return Redirect($"/o/{current.Value.Slug}/followup/governance");
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        Input = new PlatformInput { Name = Platform.Name, Kind = Platform.Kind, Description = Platform.Description };
        if (Member.StakeholderId is { } s && !await db.Set<Stakeholder>().InOrganisation(current.Value.Id).AnyAsync(x => x.Id == s, ct))
        {
            ModelState.AddModelError("Member.StakeholderId", t["Governance.Validation.StakeholderUnknown"]);
        }
        else if (Member.StakeholderId is null && string.IsNullOrWhiteSpace(Member.Name))
        {
            ModelState.AddModelError("Member.StakeholderId", t["Governance.Validation.MemberRequired"]);
        }
        else if (Member.StakeholderId is { } chosen && Platform.Members.Any(m => m.StakeholderId == chosen))
        {
            ModelState.AddModelError("Member.StakeholderId", t["Governance.Validation.MemberTwice"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Platform.AddMember(Member.StakeholderId, Member.StakeholderId is null ? Member.Name : null, Member.Role);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Members.Added";
        return Redirect(EditUrl + "#members");
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int memberId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var member = Platform.Members.FirstOrDefault(m => m.Id == memberId);
        if (member is null)
        {
            return NotFound();
        }
        Platform.RemoveMember(member);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Members.Removed";
        return Redirect(EditUrl + "#members");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var orgId = current.Value.Id;
        var platform = await db.GovernancePlatforms.InOrganisation(orgId).Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == GovernancePlatformId, ct);
        if (platform is null)
        {
            return false;
        }
        Platform = platform;
        Members = await GovernanceData.MembersAsync(db, orgId, platform.Id, ct);
        StakeholderItems = await GovernanceData.StakeholderItemsAsync(db, orgId, t["Governance.Members.Typed"], ct);
        return true;
    }
}
