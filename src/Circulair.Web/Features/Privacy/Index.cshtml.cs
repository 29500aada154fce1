using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Circulair.Organisations;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Privacy;

/// <summary>
/// A Beheerder's answer to a person's GDPR request (issue 12 item 11, decision 0244): find everything this organisation
/// holds about them by e-mail address and/or name, download it as JSON or as a readable HTML file, and erase it
/// (pseudonymise every match, the audit trail included).
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
public sealed class IndexModel(PersonalData personalData, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchInput Search { get; set; } = new();

    [BindProperty]
    public bool Confirm { get; set; }

    public PersonalDataReport? Report { get; private set; }

    public string Organisation => current.Value.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "settings";
        if (Search.IsEmpty)
        {
            ModelState.Clear();
            return Page();
        }
        if (Validate())
        {
            Report = await personalData.FindAsync(current.Value.Id, Search.Query, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        if (Search.IsEmpty || !Validate())
        {
            return await OnGetAsync(ct);
        }
        var report = await personalData.FindAsync(current.Value.Id, Search.Query, ct);
        var json = JsonSerializer.SerializeToUtf8Bytes(new
        {
            organisation = current.Value.Name,
            exportedAt = DateTime.UtcNow,
            person = new { report.Person.Email, report.Person.Name },
            account = report.Account,
            places = report.Places,
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        return File(json, "application/json", "persoonsgegevens.json");
    }

    public async Task<IActionResult> OnGetHtmlAsync(CancellationToken ct)
    {
        if (Search.IsEmpty || !Validate())
        {
            return await OnGetAsync(ct);
        }
        var report = await personalData.FindAsync(current.Value.Id, Search.Query, ct);
        return File(Encoding.UTF8.GetBytes(ReadableExport.Html(report, current.Value.Name, t)), "text/html; charset=utf-8", "persoonsgegevens.html");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        ViewData["Section"] = "settings";
        if (!Validate())
        {
            return Page();
        }
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), t["Privacy.Validation.ConfirmErase"]);
            Report = await personalData.FindAsync(current.Value.Id, Search.Query, ct);
            return Page();
        }
        var pseudonym = "gewist-" + RandomNumberGenerator.GetHexString(6, lowercase: true);
        var changed = await personalData.EraseAsync(current.Value.Id, Search.Query, pseudonym, ct);
        TempData["Flash"] = "Privacy.Erased";
        TempData["FlashArguments"] = new[] { changed.ToString(System.Globalization.CultureInfo.CurrentCulture), pseudonym };
        return Redirect($"/o/{current.Value.Slug}/privacy");
    }

    private bool Validate()
    {
        if (Search.IsEmpty)
        {
            ModelState.AddModelError("Search.Email", t["Privacy.Validation.EmailOrName"]);
        }
        if (Search.Name is { } name && name.Trim().Length is > 0 and < PersonalData.MinimumNameLength)
        {
            ModelState.AddModelError("Search.Name", t["Privacy.Validation.NameTooShort", PersonalData.MinimumNameLength]);
        }
        return ModelState.IsValid;
    }

    public sealed class SearchInput
    {
        [Display(Name = "Privacy.Field.Email")]
        [EmailAddress(ErrorMessage = "Privacy.Validation.EmailInvalid")]
        [StringLength(254, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }

        [Display(Name = "Privacy.Field.Name")]
        [StringLength(200, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Name);

        public PersonQuery Query => new(Email?.Trim(), Name?.Trim());
    }
}
