using System.ComponentModel.DataAnnotations;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>The transition health check (guide ch. 5.3, Figure 11): the nine building blocks, the rounds so far, a pair to compare, and (coordinator) opening a round.</summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public IReadOnlyList<HealthCheckRoundRow> Rounds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RoundItems { get; private set; } = [];
    public bool CanOpen => current.Value.Can(OrganisationRole.Coordinator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Title = t["HealthCheck.DefaultRoundTitle", LocalTime.Of(clock.GetUtcNow().UtcDateTime).Year];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var round = new HealthCheckRound(current.Value.Id, Input.Title!, User.FindFirst(CirculairClaims.DisplayName)?.Value, clock.GetUtcNow().UtcDateTime);
        db.HealthCheckRounds.Add(round);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "HealthCheck.Opened";
        return Redirect(HealthCheckRoundRow.Url(current.Value.Slug, round.Id));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "healthcheck";
        Rounds = await HealthCheckRoundRow.ForOrganisationAsync(db, current.Value.Id, ct);
        RoundItems = [.. Rounds.Select(r => new SelectListItem(r.Title, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }

    public sealed class OpenInput
    {
        [Display(Name = "HealthCheck.Field.Title")]
        [Required(ErrorMessage = "HealthCheck.Validation.TitleRequired")]
        [StringLength(HealthCheckRound.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Title { get; set; }
    }
}
