using Circulair.HealthCheck;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// Two rounds side by side: both polygons on one radar and a table with the difference per block. Without a choice it
/// takes the two latest rounds that have scores; the earlier-opened round is always "before", whatever order was asked.
/// </summary>
public sealed class CompareModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<HealthCheckRoundRow> Rated { get; private set; } = [];
    public HealthCheckRoundRow? Earlier { get; private set; }
    public HealthCheckRoundRow? Later { get; private set; }
    public HealthCheckComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? first, int? second, CancellationToken ct)
    {
        ViewData["Section"] = "healthcheck";
        var rounds = await HealthCheckRoundRow.ForOrganisationAsync(db, current.Value.Id, ct);
        Rated = [.. rounds.Where(r => r.Results.Raters > 0)];
        HealthCheckRoundRow? a, b;
        if (first is null && second is null)
        {
            if (Rated.Count < 2)
            {
                return Page();
            }
            (a, b) = (Rated[^2], Rated[^1]);
        }
        else
        {
            a = rounds.FirstOrDefault(r => r.Id == first);
            b = rounds.FirstOrDefault(r => r.Id == second);
            if (a is null || b is null)
            {
                return NotFound();
            }
        }
        var pair = new[] { a, b }.OrderBy(r => r.OpenedAt).ThenBy(r => r.Id).ToArray();
        (Earlier, Later) = (pair[0], pair[1]);
        Comparison = HealthCheckComparison.Of(Earlier.Results, Later.Results);
        return Page();
    }
}
