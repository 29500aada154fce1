using System.Globalization;
using Circulair.Library;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The benefits estimator for the mandate phase (Figure 2): the guide's ranges scaled to the organisation's population
/// (or another population typed in), with the guide's caveat, as a page that prints on one sheet for the college.
/// </summary>
public sealed class BenefitsModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [FromQuery(Name = "population")]
    public string? PopulationText { get; set; }

    public string OrganisationName { get; private set; } = "";

    public int? OrganisationPopulation { get; private set; }

    public int? PopulationYear { get; private set; }

    public BenefitsEstimate? Estimate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "dashboard";
        OrganisationName = await db.Organisations.Where(o => o.Id == current.Value.Id).Select(o => o.Name).SingleAsync(ct);
        var known = await PopulationSource.FindAsync(db, current.Value.Id, ct);
        OrganisationPopulation = known?.Population;
        PopulationYear = known?.Year;
        int? population = OrganisationPopulation;
        if (!string.IsNullOrWhiteSpace(PopulationText))
        {
            var cleaned = PopulationText.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
            if (!int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var typed) || typed is <= 0 or > BenefitsEstimator.MaxPopulation)
            {
                ModelState.AddModelError("population", t["Library.Estimator.PopulationInvalid", BenefitsEstimator.MaxPopulation.ToString("N0", CultureInfo.CurrentCulture)]);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            }
            population = typed;
        }
        if (population is { } p)
        {
            Estimate = BenefitsEstimator.For(p);
        }
        return Page();
    }

    public static string Format(EstimateRange range)
    {
        static string N(double v) => v.ToString("#,##0.##", CultureInfo.CurrentCulture);
        return range.IsSingle ? N(range.Low) : $"{N(range.Low)} – {N(range.High)}";
    }
}
