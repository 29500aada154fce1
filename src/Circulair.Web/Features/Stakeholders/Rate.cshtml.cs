using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// Tool 2, step 2 for the whole register at once: power and interest for every stakeholder on one page, one save.
/// Each row shows the rating that holds now; a changed row becomes a new dated rating (as "Verplaatsen" does for
/// one stakeholder), an unchanged or empty row is left alone, and a row with only one of the two gets a message:
/// then nothing is saved and everything typed stays.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class RateModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public List<RateRow> Rows { get; set; } = [];

    [BindProperty]
    [Display(Name = "Field.StakeholderAssessment.Date")]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true, Name = "unrated")]
    public bool OnlyUnrated { get; set; }

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public DateOnly Today { get; private set; }

    public sealed class RateRow
    {
        public int StakeholderId { get; set; }

        [Display(Name = "Field.StakeholderAssessment.Power")]
        public StakeholderLevel? Power { get; set; }

        [Display(Name = "Field.StakeholderAssessment.Interest")]
        public StakeholderLevel? Interest { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var register = await LoadAsync(ct);
        Rows = [.. register.Where(s => !OnlyUnrated || s.AssessedOn is null).Select(s => new RateRow { StakeholderId = s.Id, Power = s.Power, Interest = s.Interest })];
        Date = Today;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var ids = Rows.Select(r => r.StakeholderId).ToList();
        var stakeholders = await db.Stakeholders.InOrganisation(current.Value.Id).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        if (Rows.Any(r => !stakeholders.ContainsKey(r.StakeholderId)) || Rows.GroupBy(r => r.StakeholderId).Any(g => g.Count() > 1))
        {
            // Only a tampered form names a stakeholder of another organisation or one twice.
            return NotFound();
        }
        var date = Date ?? Today;
        if (date > Today)
        {
            ModelState.AddModelError(nameof(Date), t["Stakeholders.Validation.DateInFuture"]);
        }
        var changed = new List<(Stakeholder Stakeholder, StakeholderLevel Power, StakeholderLevel Interest)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var name = Names[row.StakeholderId];
            if (row.Power is null && row.Interest is null)
            {
                continue;
            }
            if (row.Power is not { } power || !Enum.IsDefined(power))
            {
                ModelState.AddModelError($"Rows[{i}].Power", t["Stakeholders.Rate.PowerMissing", name]);
                continue;
            }
            if (row.Interest is not { } interest || !Enum.IsDefined(interest))
            {
                ModelState.AddModelError($"Rows[{i}].Interest", t["Stakeholders.Rate.InterestMissing", name]);
                continue;
            }
            var s = stakeholders[row.StakeholderId];
            if (s.Power != power || s.Interest != interest)
            {
                changed.Add((s, power, interest));
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (s, power, interest) in changed)
        {
            s.Assess(date, power, interest, null, Today, now);
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = changed.Count == 0 ? "Stakeholders.Rate.NothingChanged" : "Stakeholders.Rate.Saved";
        return Redirect($"/o/{current.Value.Slug}/stakeholders/grid");
    }

    private async Task<List<RegisterEntry>> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        Today = StakeholderLabels.Today(clock);
        var register = await db.Stakeholders.InOrganisation(current.Value.Id).OrderBy(s => s.NameKey)
            .Select(s => new RegisterEntry(s.Id, s.Name, s.Power, s.Interest, s.AssessedOn)).ToListAsync(ct);
        Names = register.ToDictionary(s => s.Id, s => s.Name);
        return register;
    }

    private sealed record RegisterEntry(int Id, string Name, StakeholderLevel? Power, StakeholderLevel? Interest, DateOnly? AssessedOn);
}
