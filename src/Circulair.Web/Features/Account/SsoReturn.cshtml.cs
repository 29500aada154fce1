using System.Security.Claims;
using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Circulair.Web.Platform.Security.Sso;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Account;

/// <summary>
/// Where single sign-on comes back (decision 0360). The provider's answer waits in Identity's short-lived external
/// cookie; this page links it to a Circulair account and starts a normal session (so decision 0240 applies: a session
/// row, logout, absolute lifetime), or says why not:
/// 1. the provider's subject is already linked: that account;
/// 2. else the provider vouches for the e-mail address (<c>email_verified</c> true, or a provider configured with
///    TrustEmail) and an account has it: linked to that account;
/// 3. else the verified address has open invitations: the account is created, the invitations accepted;
/// 4. otherwise nothing is created: a page that says the address is not verified (403) or has no account or
///    invitation here (403). Circulair has no public registration, single sign-on does not add one.
/// Identity's two-factor step still applies to an account that has it on.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class SsoReturnModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, OidcProviders providers, UserSessions sessions,
    CirculairDbContext db, TimeProvider clock, ILogger<SsoReturnModel> log) : PageModel
{
    public enum Result
    {
        Unverified,
        NoAccount,
        Failed,
        NotAllowed,
    }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set by the provider's handler when the sign-in failed at the callback (see SsoSetup).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Failed { get; set; }

    public Result Outcome { get; private set; }

    public string ProviderName { get; private set; } = "";

    public string? Email { get; private set; }

    public string TitleKey => Outcome == Result.Failed ? "Account.Sso.DownTitle" : "Account.Sso.RefusedTitle";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Failed is not null)
        {
            ProviderName = providers.Find(Failed)?.DisplayName ?? "";
            return Answer(Result.Failed, StatusCodes.Status502BadGateway);
        }
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        // The provider's answer is used once: whatever happens next, it does not stay in the browser.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        string? scheme = null;
        external.Properties?.Items.TryGetValue("LoginProvider", out scheme);
        if (!external.Succeeded || external.Principal is not { } principal || providers.FindByScheme(scheme) is not { } provider)
        {
            return Redirect("/login");
        }
        ProviderName = provider.DisplayName;
        var subject = principal.FindFirstValue("sub") ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(subject))
        {
            return Answer(Result.NotAllowed, StatusCodes.Status403Forbidden);
        }
        var user = await users.FindByLoginAsync(provider.Scheme, subject);
        var joined = (string?)null;
        if (user is null)
        {
            Email = (principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email))?.Trim();
            var verified = provider.TrustEmail
                || (bool.TryParse(principal.FindFirstValue("email_verified"), out var v) && v);
            if (string.IsNullOrEmpty(Email) || !verified || Email.Length > AppUser.EmailMaxLength)
            {
                log.LogInformation("Single sign-on with {Provider} refused: no verified e-mail address", provider.Name);
                return Answer(Result.Unverified, StatusCodes.Status403Forbidden);
            }
            user = await users.FindByEmailAsync(Email);
            if (user is null)
            {
                (user, joined) = await CreateFromInvitationsAsync(provider, subject, principal, ct);
                if (user is null)
                {
                    log.LogInformation("Single sign-on with {Provider} refused: no account and no open invitation for the address", provider.Name);
                    return Answer(Result.NoAccount, StatusCodes.Status403Forbidden);
                }
            }
            else
            {
                var added = await users.AddLoginAsync(user, new UserLoginInfo(provider.Scheme, subject, provider.DisplayName));
                if (!added.Succeeded)
                {
                    return Answer(Result.NotAllowed, StatusCodes.Status403Forbidden);
                }
            }
        }
        // A password session of this browser ends here: the person now works under the single sign-on one.
        if (UserSessions.Current(HttpContext) is { } previous)
        {
            await sessions.EndAsync(db, previous.Id);
        }
        UserSessions.NextSignInWith(HttpContext, provider.Scheme);
        var result = await signIn.ExternalLoginSignInAsync(provider.Scheme, subject, isPersistent: false, bypassTwoFactor: false);
        var target = joined ?? SafeReturnUrl;
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }
        if (result.RequiresTwoFactor)
        {
            return Redirect(LoginTwoFactorModel.Path(target, rememberMe: false));
        }
        return Answer(Result.NotAllowed, StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// A verified address without an account: its open invitations let it in, as following the invitation link would
    /// (decision 0110). The account has no password (the person can set one with "forgot password"); the provider is
    /// linked at once. Returns the first organisation's address to go to, or null when no invitation is open.
    /// </summary>
    private async Task<(AppUser? User, string? Joined)> CreateFromInvitationsAsync(OidcProvider provider, string subject, ClaimsPrincipal principal, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var address = Invitation.NormaliseEmail(Email!);
        var invitations = await db.Invitations.Include(i => i.Organisation)
            .Where(i => i.Email == address && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(ct);
        if (invitations.Count == 0)
        {
            return (null, null);
        }
        var name = principal.FindFirstValue("name")?.Trim() is { Length: > 0 } n ? n : address.Split('@')[0];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser
        {
            UserName = address,
            Email = address,
            EmailConfirmed = true,
            DisplayName = name.Length > AppUser.DisplayNameMaxLength ? name[..AppUser.DisplayNameMaxLength] : name,
            Language = Languages.Dutch,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded || !(await users.AddLoginAsync(user, new UserLoginInfo(provider.Scheme, subject, provider.DisplayName))).Succeeded)
        {
            return (null, null);
        }
        // The newest invitation per organisation decides the role; older open ones (replaced, in theory) are used up too.
        foreach (var invitation in invitations)
        {
            if (!db.Memberships.Local.Any(m => m.OrganisationId == invitation.OrganisationId && m.UserId == user.Id))
            {
                db.Memberships.Add(new Membership(invitation.OrganisationId, user.Id, invitation.Role, now));
            }
            invitation.Accept(user.Id, now);
        }
        user.LastOrganisationId = invitations[0].OrganisationId;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Flash"] = "Members.Accept.Welcome";
        return (user, $"/o/{invitations[0].Organisation.Slug}");
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";

    private PageResult Answer(Result outcome, int status)
    {
        Outcome = outcome;
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
