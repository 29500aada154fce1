using System.ComponentModel.DataAnnotations;
using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Owners;

public sealed class OwnerInput
{
    [Display(Name = "Owners.Field.Role")]
    public OwnerRole? Role { get; set; }

    [Display(Name = "Owners.Field.Name")]
    [StringLength(OwnerContact.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Owners.Field.Email")]
    [StringLength(OwnerContact.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Email { get; set; }

    public int? StakeholderId { get; set; }

    /// <summary>The language of the owner's mails; Dutch when left out (a suggestion added in one click).</summary>
    [Display(Name = "Owners.Field.Language")]
    public string? Language { get; set; } = Circulair.Accounts.Languages.Dutch;

    public static IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> LanguageItems { get; } =
    [
        new("Nederlands", Circulair.Accounts.Languages.Dutch),
        new("English", Circulair.Accounts.Languages.English),
    ];
}

/// <summary>A trekker or partner of the action's sheet that could become an owner, with what the register knows of them.</summary>
public sealed record OwnerSuggestion(OwnerRole Role, string Name, string? Email, int? StakeholderId);

/// <summary>An owner of this action and the state of their links.</summary>
public sealed record OwnerRow(int Id, OwnerRole Role, string Name, string Email, int OpenLinks, DateTime? LastIssued, DateTime? LastExpires, int Updates, string Language = Circulair.Accounts.Languages.Dutch);

/// <summary>
/// The owners of one action (decision 0250): its trekker and partners with an e-mail address, who get the cycle's mails
/// and a link each. A Teamlid sees them; the Coördinator adds, removes and revokes their links.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid, Write = OrganisationRole.Coordinator)]
public sealed class ActionOwnersModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public OwnerInput Input { get; set; } = new();

    public PlannedAction Action { get; private set; } = null!;
    public IReadOnlyList<OwnerRow> Owners { get; private set; } = [];
    public IReadOnlyList<OwnerSuggestion> Suggestions { get; private set; } = [];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Input.Role is not { } role || !Enum.IsDefined(role))
        {
            ModelState.AddModelError("Input.Role", t["Owners.Validation.RoleRequired"]);
        }
        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", t["Owners.Validation.NameRequired"]);
        }
        var email = Input.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            ModelState.AddModelError("Input.Email", t["Owners.Validation.EmailRequired"]);
        }
        else if (!MailAddresses.IsValid(email))
        {
            ModelState.AddModelError("Input.Email", t["Owners.Validation.EmailInvalid"]);
        }
        else if (Owners.Any(o => OwnerContact.KeyOf(o.Email) == OwnerContact.KeyOf(email)))
        {
            ModelState.AddModelError("Input.Email", t["Owners.Validation.EmailTwice"]);
        }
        var language = string.IsNullOrEmpty(Input.Language) ? Circulair.Accounts.Languages.Dutch : Input.Language;
        if (!Circulair.Accounts.Languages.IsSupported(language))
        {
            ModelState.AddModelError("Input.Language", t["Owners.Validation.LanguageUnknown"]);
        }
        var stakeholder = Input.StakeholderId is { } sid && await Db.Stakeholders.InOrganisation(Org.Id).AnyAsync(s => s.Id == sid, ct) ? sid : (int?)null;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).SingleAsync(a => a.Id == Action.Id, ct);
        var contact = new OwnerContact(action, Input.Role!.Value, Input.Name, email, stakeholder, Now);
        contact.SpeaksIn(language);
        Db.OwnerContacts.Add(contact);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Owners.Flash.Added";
        return Redirect(Link($"/actions/{Action.Id}/owners"));
    }

    public async Task<IActionResult> OnPostRevokeAsync(int contactId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var links = await Db.OwnerLinks.InOrganisation(Org.Id).Where(l => l.OwnerContactId == contactId && l.PlannedActionId == Action.Id && l.RevokedAt == null).ToListAsync(ct);
        if (Owners.All(o => o.Id != contactId))
        {
            return NotFound();
        }
        foreach (var link in links)
        {
            link.Revoke(Now);
        }
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Owners.Flash.Revoked";
        return Redirect(Link($"/actions/{Action.Id}/owners"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int contactId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var contact = await Db.OwnerContacts.InOrganisation(Org.Id).FirstOrDefaultAsync(c => c.Id == contactId && c.PlannedActionId == Action.Id, ct);
        if (contact is null)
        {
            return NotFound();
        }
        Db.OwnerContacts.Remove(contact);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Owners.Flash.Removed";
        return Redirect(Link($"/actions/{Action.Id}/owners"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).Include(a => a.Partners).AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId, ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        var now = Now;
        var contacts = await Db.OwnerContacts.InOrganisation(Org.Id).Where(c => c.PlannedActionId == action.Id).OrderBy(c => c.Role).ThenBy(c => c.Name).AsNoTracking().ToListAsync(ct);
        var links = (await Db.OwnerLinks.InOrganisation(Org.Id).Where(l => l.PlannedActionId == action.Id)
            .Select(l => new { l.Id, l.OwnerContactId, l.CreatedAt, l.ExpiresAt, l.RevokedAt }).ToListAsync(ct)).ToLookup(l => l.OwnerContactId);
        var updates = (await Db.ProgressUpdates.InOrganisation(Org.Id).Where(u => u.PlannedActionId == action.Id && u.OwnerLinkId != null)
            .Select(u => u.OwnerLinkId!.Value).ToListAsync(ct)).ToHashSet();
        Owners = [.. contacts.Select(c =>
        {
            var own = links[c.Id].ToList();
            var last = own.MaxBy(l => l.CreatedAt);
            return new OwnerRow(c.Id, c.Role, c.Name, c.Email, own.Count(l => l.RevokedAt == null && l.ExpiresAt > now), last?.CreatedAt, last?.ExpiresAt, own.Count(l => updates.Contains(l.Id)), c.Language);
        })];
        Suggestions = await SuggestionsAsync(action, contacts, ct);
        ViewData["RoleItems"] = StrategyLabels.EnumItems<OwnerRole>(t, null);
        return true;
    }

    private async Task<IReadOnlyList<OwnerSuggestion>> SuggestionsAsync(PlannedAction action, IReadOnlyList<OwnerContact> contacts, CancellationToken ct)
    {
        var list = new List<OwnerSuggestion>();
        if (action.OwnerUserId is { } userId)
        {
            var user = await Db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
            if (user is not null)
            {
                list.Add(new OwnerSuggestion(OwnerRole.Trekker, user.DisplayName, user.Email, null));
            }
        }
        var ids = action.Partners.Select(p => p.StakeholderId).Append(action.OwnerStakeholderId ?? 0).ToList();
        var stakeholders = await Db.Stakeholders.InOrganisation(Org.Id).Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.ContactPerson, s.ContactEmail }).ToDictionaryAsync(s => s.Id, ct);
        if (action.OwnerStakeholderId is { } owner && stakeholders.TryGetValue(owner, out var trekker))
        {
            list.Add(new OwnerSuggestion(OwnerRole.Trekker, trekker.ContactPerson ?? trekker.Name, trekker.ContactEmail, trekker.Id));
        }
        foreach (var partner in action.Partners.OrderBy(p => p.Position))
        {
            if (stakeholders.TryGetValue(partner.StakeholderId, out var s) && s.Id != action.OwnerStakeholderId)
            {
                list.Add(new OwnerSuggestion(OwnerRole.Partner, s.ContactPerson ?? s.Name, s.ContactEmail, s.Id));
            }
        }
        var known = contacts.Select(c => c.EmailKey).ToHashSet();
        return [.. list.Where(s => s.Email is null || !known.Contains(OwnerContact.KeyOf(s.Email)))];
    }
}
