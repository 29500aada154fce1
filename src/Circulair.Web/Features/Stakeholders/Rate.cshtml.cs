using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// Tool 2, step 2 for many stakeholders at once: power and interest for a page of the register (50 rows, searchable,
/// optionally only the unrated), one save per page. Each row shows the rating that holds now; a changed row becomes a
/// new dated rating (as "Verplaatsen" does for one stakeholder), an unchanged or empty row is left alone, and a row
/// with only one of the two gets a message: then nothing is saved and everything typed stays. A save comes back to
/// the same page with the same filter (decision 0415): a register of 2,000 in one form was 2.4 MB and 200 ms.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class RateModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty]
    public List<RateRow> Rows { get; set; } = [];

    [BindProperty]
    [Display(Name = "Field.StakeholderAssessment.Date")]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true, Name = "unrated")]
    public bool OnlyUnrated { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public DateOnly Today { get; private set; }

    /// <summary>Stakeholders that match the filter, over all pages.</summary>
    public int Matching { get; private set; }

    public int PageCount => Pagination.PageCount(Matching, PageSize);

    public int FirstShown => Matching == 0 ? 0 : (PageNumber - 1) * PageSize + 1;

    public int LastShown => Math.Min(Matching, PageNumber * PageSize);

    public bool IsFiltered => OnlyUnrated || StakeholderText.Clean(Query) is not null;

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
        Prepare();
        var filtered = Filtered();
        await CountAsync(filtered, ct);
        var page = await filtered.OrderBy(s => s.NameKey).ThenBy(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new { s.Id, s.Name, s.Power, s.Interest })
            .ToListAsync(ct);
        Rows = [.. page.Select(s => new RateRow { StakeholderId = s.Id, Power = s.Power, Interest = s.Interest })];
        Names = page.ToDictionary(s => s.Id, s => s.Name);
        Date = Today;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Prepare();
        var ids = Rows.Select(r => r.StakeholderId).ToList();
        var stakeholders = await db.Stakeholders.InOrganisation(current.Value.Id).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        if (Rows.Any(r => !stakeholders.ContainsKey(r.StakeholderId)) || Rows.GroupBy(r => r.StakeholderId).Any(g => g.Count() > 1))
        {
            // Only a tampered form names a stakeholder of another organisation or one twice.
            return NotFound();
        }
        Names = stakeholders.Values.ToDictionary(s => s.Id, s => s.Name);
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
            // The rows stay as they were posted; the pager needs the count of the filter they came from.
            await CountAsync(Filtered(), ct);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (s, power, interest) in changed)
        {
            s.Assess(date, power, interest, null, Today, now);
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = changed.Count == 0 ? "Stakeholders.Rate.NothingChanged" : "Stakeholders.Rate.Saved";
        return Redirect(Link(PageNumber));
    }

    /// <summary>This page with the current filter at page <paramref name="number"/>: for the pager, the form and the way back after a save.</summary>
    public string Link(int number)
    {
        var query = new List<string>();
        if (StakeholderText.Clean(Query) is { } q)
        {
            query.Add("q=" + Uri.EscapeDataString(q));
        }
        if (OnlyUnrated)
        {
            query.Add("unrated=true");
        }
        if (number > 1)
        {
            query.Add("p=" + number.ToString(CultureInfo.InvariantCulture));
        }
        return $"/o/{current.Value.Slug}/stakeholders/rate" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    private void Prepare()
    {
        ViewData["Section"] = "stakeholders";
        Today = StakeholderLabels.Today(clock);
    }

    private IQueryable<Stakeholder> Filtered()
    {
        var query = db.Stakeholders.InOrganisation(current.Value.Id);
        if (StakeholderText.Clean(Query) is { } q)
        {
            var key = StakeholderText.NameKey(q);
            query = query.Where(s => s.NameKey.Contains(key));
        }
        return OnlyUnrated ? query.Where(s => s.AssessedOn == null) : query;
    }

    private async Task CountAsync(IQueryable<Stakeholder> filtered, CancellationToken ct)
    {
        Matching = await filtered.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
    }
}
