using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Tokens;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Tokens;

/// <summary>
/// A member's personal access tokens for this organisation (issue 19 item 4, decision 0330): create one with a name, a
/// scope and an expiry (the token is shown once, on the answer to the form, and never again), see when each was last
/// used, revoke it. Every member may make read tokens; write tokens need a role that writes. A Beheerder also sees and
/// revokes the other members' tokens.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Lezer)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public const int DefaultLifetimeDays = 90;

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    /// <summary>The token just created, shown once.</summary>
    public string? NewToken { get; private set; }

    public bool CanWrite => current.Value.Can(OrganisationRole.Teamlid);

    public bool IsBeheerder => current.Value.Can(OrganisationRole.Beheerder);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public DateOnly LastExpiry => Today.AddYears(1);

    public IEnumerable<SelectListItem> ScopeItems =>
        (CanWrite ? Enum.GetValues<TokenScope>() : [TokenScope.Read]).Select(s => new SelectListItem(t[$"Tokens.Scope.{s}"], s.ToString()));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new TokenInput { Scope = TokenScope.Read, ExpiresOn = Today.AddDays(DefaultLifetimeDays) };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Scope == TokenScope.Write && !CanWrite)
        {
            ModelState.AddModelError("Input.Scope", t["Tokens.Validation.WriteNeedsRole"]);
        }
        if (Input.ExpiresOn is { } on && (on <= Today || on > LastExpiry))
        {
            ModelState.AddModelError("Input.ExpiresOn", t["Tokens.Validation.ExpiryRange", LastExpiry.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Valid until the end of the chosen day (UTC).
        var expires = Input.ExpiresOn!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var (token, text) = PersonalAccessToken.Issue(current.Value.Id, User.UserId(), Input.Name!, Input.Scope!.Value, expires, now);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        NewToken = text;
        Input = new TokenInput { Scope = TokenScope.Read, ExpiresOn = Today.AddDays(DefaultLifetimeDays) };
        ModelState.Clear();
        // The secret is in this answer only: no cache may keep it.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        var userId = User.UserId();
        var token = await db.Set<PersonalAccessToken>().InOrganisation(current.Value.Id)
            .FirstOrDefaultAsync(x => x.Id == tokenId && (x.UserId == userId || IsBeheerder), ct);
        if (token is null)
        {
            return NotFound();
        }
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Tokens.Revoked";
        return Redirect($"/o/{current.Value.Slug}/tokens");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "tokens";
        var userId = User.UserId();
        var all = IsBeheerder;
        Tokens = await db.Set<PersonalAccessToken>().InOrganisation(current.Value.Id)
            .Where(x => all || x.UserId == userId)
            .OrderBy(x => x.RevokedAt != null).ThenByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id)
            .Select(x => new TokenRow(x.Id, x.Name, x.Prefix, x.Scope, x.CreatedAt, x.ExpiresAt, x.RevokedAt, x.LastUsedAt,
                db.Users.Where(u => u.Id == x.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "", x.UserId == userId))
            .AsNoTracking()
            .ToListAsync(ct);
    }
}

public sealed class TokenInput
{
    [Display(Name = "Tokens.Field.Name")]
    [Required(ErrorMessage = "Tokens.Validation.NameRequired")]
    [StringLength(PersonalAccessToken.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Tokens.Field.Scope")]
    [Required(ErrorMessage = "Tokens.Validation.ScopeRequired")]
    public TokenScope? Scope { get; set; }

    [Display(Name = "Tokens.Field.ExpiresOn")]
    [Required(ErrorMessage = "Tokens.Validation.ExpiresRequired")]
    public DateOnly? ExpiresOn { get; set; }
}

public sealed record TokenRow(int Id, string Name, string Prefix, TokenScope Scope, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt, string Owner, bool Mine);
