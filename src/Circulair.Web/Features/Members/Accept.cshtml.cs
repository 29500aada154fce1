using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Members;

/// <summary>
/// The door an invitation opens, and the only way in for new people (there is no public registration).
/// Unknown (incomplete or changed) token → 404 with what to do; used, expired or revoked → 410 with the reason. Otherwise it depends on who asks:
/// a new address creates its account here; an address with an account logs in first and then accepts;
/// someone signed in with another address is refused (403), so a forwarded link cannot add the wrong person.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitations)]
[ReopenLinkOnStaleForm]
public sealed class AcceptModel(CirculairDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    public enum Situation
    {
        /// <summary>No invitation has this token: the link is incomplete or was changed.</summary>
        Unknown,
        /// <summary>Used, expired or revoked: see <see cref="State"/>.</summary>
        Closed,
        CreateAccount,
        LogInFirst,
        Accept,
        OtherAccount,
    }

    [BindProperty]
    public NewAccountInput Account { get; set; } = new();

    public Situation Case { get; private set; }

    public InvitationState State { get; private set; }

    public string OrganisationName { get; private set; } = "";

    public string InvitedEmail { get; private set; } = "";

    public OrganisationRole Role { get; private set; }

    public string? SignedInEmail { get; private set; }

    /// <summary>The organisation's address, when the signed-in person is the one who used this invitation.</summary>
    public string? JoinedOrganisationUrl { get; private set; }

    public static string Path(string token) => $"/invitations/{Uri.EscapeDataString(token)}";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var invitation = await FindAsync(token, ct);
        if (invitation is null)
        {
            return Unknown();
        }
        await DescribeAsync(invitation);
        return Answer();
    }

    /// <summary>A new person: creates the account, the membership, and signs in.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string token, CancellationToken ct)
    {
        var invitation = await FindAsync(token, ct);
        if (invitation is null)
        {
            return Unknown();
        }
        var user = await DescribeAsync(invitation);
        if (Case != Situation.CreateAccount)
        {
            ModelState.Clear();
            return Answer(StatusCodes.Status409Conflict);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user = new AppUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = Account.Name!.Trim(),
            Language = Languages.Dutch,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, Account.Password!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
            {
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Account.Password" : "", e.Description);
            }
            return Page();
        }
        await JoinAsync(invitation, user, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Flash"] = "Members.Accept.Welcome";
        return Redirect($"/o/{invitation.Organisation.Slug}");
    }

    /// <summary>A signed-in person whose address the invitation names: adds the membership.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(string token, CancellationToken ct)
    {
        var invitation = await FindAsync(token, ct);
        if (invitation is null)
        {
            return Unknown();
        }
        // This form has no fields; the new-account fields bound alongside are not its business.
        ModelState.Clear();
        var user = await DescribeAsync(invitation);
        if (Case != Situation.Accept || user is null)
        {
            return Answer(Case == Situation.OtherAccount ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict);
        }
        await JoinAsync(invitation, user, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Members.Accept.Joined";
        return Redirect($"/o/{invitation.Organisation.Slug}");
    }

    private Task<Invitation?> FindAsync(string token, CancellationToken ct)
    {
        var hash = Invitation.Hash(token);
        return db.Invitations.Include(i => i.Organisation).SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
    }

    /// <summary>Works out the situation; returns the account the invitation is for when the asker is signed in as it.</summary>
    private async Task<AppUser?> DescribeAsync(Invitation invitation)
    {
        OrganisationName = invitation.Organisation.Name;
        InvitedEmail = invitation.Email;
        Role = invitation.Role;
        State = invitation.StateAt(clock.GetUtcNow().UtcDateTime);
        if (State != InvitationState.Open)
        {
            Case = Situation.Closed;
            if (State == InvitationState.Used && invitation.AcceptedByUserId is { } acceptedBy && User.Identity?.IsAuthenticated == true
                && users.GetUserId(User) == acceptedBy.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                JoinedOrganisationUrl = $"/o/{invitation.Organisation.Slug}";
            }
            return null;
        }
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } signedIn)
        {
            SignedInEmail = signedIn.Email;
            var same = signedIn.Email is not null && Invitation.NormaliseEmail(signedIn.Email) == invitation.Email;
            Case = same ? Situation.Accept : Situation.OtherAccount;
            return same ? signedIn : null;
        }
        Case = await users.FindByEmailAsync(invitation.Email) is null ? Situation.CreateAccount : Situation.LogInFirst;
        return null;
    }

    /// <summary>Adds the membership (unless the person already belongs to the organisation) and uses up the invitation.</summary>
    private async Task JoinAsync(Invitation invitation, AppUser user, DateTime now, CancellationToken ct)
    {
        if (!await db.Memberships.AnyAsync(m => m.OrganisationId == invitation.OrganisationId && m.UserId == user.Id, ct))
        {
            db.Memberships.Add(new Membership(invitation.OrganisationId, user.Id, invitation.Role, now));
        }
        invitation.Accept(user.Id, now);
        user.LastOrganisationId = invitation.OrganisationId;
    }

    /// <summary>The link matches no invitation: 404, with what to do about it.</summary>
    private PageResult Unknown()
    {
        ModelState.Clear();
        Case = Situation.Unknown;
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }

    /// <summary>The page for the situation: 410 for a closed invitation, 403 for another account, else the given status.</summary>
    private PageResult Answer(int status = StatusCodes.Status200OK)
    {
        var page = Page();
        page.StatusCode = Case switch
        {
            Situation.Closed => StatusCodes.Status410Gone,
            Situation.OtherAccount => StatusCodes.Status403Forbidden,
            _ => status,
        };
        return page;
    }

    public sealed class NewAccountInput
    {
        [Display(Name = "Account.Field.Name")]
        [Required(ErrorMessage = "Account.Validation.NameRequired")]
        [StringLength(AppUser.DisplayNameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "Account.Field.Password")]
        [Required(ErrorMessage = "Account.Validation.PasswordRequired")]
        [StringLength(128, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Password { get; set; }

        [Display(Name = "Account.Field.ConfirmPassword")]
        [Required(ErrorMessage = "Account.Validation.ConfirmPasswordRequired")]
        [Compare(nameof(Password), ErrorMessage = "Account.Validation.PasswordsDiffer")]
        public string? ConfirmPassword { get; set; }
    }
}
