using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Organisations;

/// <summary>The organisation's details: name, kind, municipality (fills NIS code, province, population and the residual-waste target) and parent.</summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
public sealed class SettingsModel(CirculairDbContext db, CurrentOrganisation current, Text t, Platform.Security.Sso.OidcProviders sso) : PageModel
{
    /// <summary>Single sign-on can be required only when the instance has providers (decision 0360).</summary>
    public bool SsoAvailable => sso.Any;

    /// <summary>This Beheerder's own session came through single sign-on (only then may they switch the requirement on).</summary>
    public bool SignedInWithSso => UserSessions.SignedInWith(HttpContext) is not null;

    [BindProperty]
    public OrganisationInput Organisation { get; set; } = new();

    public Organisation Saved { get; private set; } = null!;

    /// <summary>Members (of all roles) who have not set up two-factor sign-in.</summary>
    public int MembersWithoutTwoFactor { get; private set; }

    public int MemberCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Saved = await LoadAsync(ct);
        Organisation = OrganisationInput.From(Saved);
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Saved = await LoadAsync(ct);
        var (municipality, parent) = await Organisation.ResolveAsync(ModelState, nameof(Organisation), db, t, ct);
        if (parent is not null && (parent.Id == Saved.Id || IsDescendant(parent)))
        {
            ModelState.AddModelError("Organisation.ParentId", t["Errors.ParentCycle"]);
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        Organisation.Apply(Saved, municipality, parent);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{Saved.Slug}/settings");
    }

    /// <summary>
    /// Requires two-factor sign-in of every member, or stops requiring it (decision 0243). Audited with the organisation;
    /// the raised data version keeps the page cache from answering pages remembered before the change.
    /// </summary>
    public async Task<IActionResult> OnPostTwoFactorAsync(bool requireTwoFactor, CancellationToken ct)
    {
        Saved = await LoadAsync(ct);
        Saved.RequireTwoFactorSignIn(requireTwoFactor);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = requireTwoFactor ? "Organisations.TwoFactor.Required" : "Organisations.TwoFactor.NotRequired";
        return Redirect($"/o/{Saved.Slug}/settings#two-factor");
    }

    /// <summary>
    /// Requires single sign-on of every member, or stops requiring it (decision 0360). Only offered when providers are
    /// configured, and switched on only from a single sign-on session, so a Beheerder cannot shut themselves out.
    /// </summary>
    public async Task<IActionResult> OnPostSsoAsync(bool requireSso, CancellationToken ct)
    {
        if (!sso.Any)
        {
            return NotFound();
        }
        // This form has one field; the organisation's fields bound alongside are not its business.
        ModelState.Clear();
        Saved = await LoadAsync(ct);
        if (requireSso && !SignedInWithSso)
        {
            ModelState.AddModelError("requireSso", t["Organisations.Sso.SignInWithSsoFirst"]);
            Organisation = OrganisationInput.From(Saved);
            await PrepareAsync(ct);
            return Page();
        }
        Saved.RequireSingleSignOn(requireSso);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = requireSso ? "Organisations.Sso.RequiredSaved" : "Organisations.Sso.NotRequiredSaved";
        return Redirect($"/o/{Saved.Slug}/settings#sso");
    }

    private bool IsDescendant(Organisation candidate)
    {
        for (var p = candidate.Parent; p is not null; p = p.Parent)
        {
            if (p.Id == Saved.Id)
            {
                return true;
            }
        }
        return false;
    }

    private Task<Organisation> LoadAsync(CancellationToken ct) =>
        db.Organisations.Include(o => o.Parent).SingleAsync(o => o.Id == current.Value.Id, ct);

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["TypeItems"] = OrganisationInput.TypeItems(t);
        ViewData["ParentItems"] = await OrganisationInput.ParentItemsAsync(db, t, Saved.Id, ct);
        ViewData["Section"] = "settings";
        var members = await db.Memberships.Where(m => m.OrganisationId == Saved.Id).Select(m => m.User.TwoFactorEnabled).ToListAsync(ct);
        MemberCount = members.Count;
        MembersWithoutTwoFactor = members.Count(on => !on);
    }
}
