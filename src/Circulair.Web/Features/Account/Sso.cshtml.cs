using Circulair.Accounts;
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
/// Starts single sign-on with one provider (a POST from a button: decision 0360), and explains, on GET, that an
/// organisation admits only single sign-on when a password session was sent here. A provider that cannot be reached
/// (its metadata does not load) gets a page that says so, with status 503, instead of an error.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class SsoModel(SignInManager<AppUser> signIn, OidcProviders providers, CirculairDbContext db, ILogger<SsoModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The slug of the organisation whose requirement sent the person here (GET only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    /// <summary>The organisation's name when it requires single sign-on and the asker is its member.</summary>
    public string? RequiredBy { get; private set; }

    public bool HasProviders => providers.Any;

    public bool ProviderDown { get; private set; }

    public string ProviderName { get; private set; } = "";

    public string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";

    public async Task<IActionResult> OnGetAsync(string? provider, CancellationToken ct)
    {
        if (provider is not null && providers.Find(provider) is null)
        {
            return NotFound();
        }
        // Only a member learns an organisation's name here; anyone else sees the plain page.
        if (Organisation is { Length: > 0 } slug && User.Identity?.IsAuthenticated == true && int.TryParse(signIn.UserManager.GetUserId(User), out var userId))
        {
            RequiredBy = await db.Memberships
                .Where(m => m.UserId == userId && m.Organisation.Slug == slug && m.Organisation.RequireSso)
                .Select(m => m.Organisation.Name)
                .FirstOrDefaultAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? provider)
    {
        if (providers.Find(provider) is not { } p)
        {
            return NotFound();
        }
        var back = SsoSetup.ReturnPath + "?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl);
        var properties = signIn.ConfigureExternalAuthenticationProperties(p.Scheme, back);
        try
        {
            // Challenged here rather than through a ChallengeResult, so that a provider that cannot be reached ends in
            // our page: the handler loads the provider's metadata before it writes anything.
            await HttpContext.ChallengeAsync(p.Scheme, properties);
            return new EmptyResult();
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
        {
            log.LogWarning(e, "Single sign-on with {Provider} could not start: the provider did not answer", p.Name);
            ProviderDown = true;
            ProviderName = p.DisplayName;
            var page = Page();
            page.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return page;
        }
    }
}
