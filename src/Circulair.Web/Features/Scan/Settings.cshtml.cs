using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>
/// The scan's settings: which area is the organisation's own (by default its municipality; an intercommunale
/// lists its municipalities; 00000 for an own territory without a NIS code), the municipalities to compare
/// with, and population figures per year for values per inhabitant.
/// </summary>
public sealed class SettingsModel(CirculairDbContext db, ScanQueries queries, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public AreasInput Areas { get; set; } = new();

    [BindProperty]
    public PopulationInput Population { get; set; } = new();

    public ScanScope Scope { get; private set; } = null!;
    public IReadOnlyList<ScanPopulation> Populations { get; private set; } = [];

    public sealed class AreasInput
    {
        [Display(Name = "Scan.Settings.OwnAreas")]
        [StringLength(ScanProfile.CodesMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? OwnAreas { get; set; }

        [Display(Name = "Scan.Settings.BenchmarkAreas")]
        [StringLength(ScanProfile.CodesMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? BenchmarkAreas { get; set; }
    }

    public sealed class PopulationInput
    {
        [Display(Name = "Scan.Settings.PopulationYear")]
        [Range(ImportChecker.FirstYear, ImportChecker.LastYear, ErrorMessage = "Scan.Validation.YearRangePlain")]
        public int? Year { get; set; }

        [Display(Name = "Scan.Settings.Population")]
        [Range(1, 20_000_000, ErrorMessage = "Scan.Validation.PopulationRange")]
        public int? Inhabitants { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        Areas = new AreasInput
        {
            OwnAreas = string.Join("; ", Scope.Profile?.OwnAreas ?? []),
            BenchmarkAreas = string.Join("; ", Scope.Profile?.BenchmarkAreas ?? []),
        };
    }

    public async Task<IActionResult> OnPostAreasAsync(CancellationToken ct)
    {
        ModelState.Remove("Population.Year");
        ModelState.Remove("Population.Inhabitants");
        var own = Resolve(Areas.OwnAreas, "Areas.OwnAreas");
        var benchmarks = Resolve(Areas.BenchmarkAreas, "Areas.BenchmarkAreas");
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var profile = await db.ScanProfiles.InOrganisation(current.Value.Id).SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            profile = new ScanProfile(current.Value.Id);
            db.ScanProfiles.Add(profile);
        }
        profile.SetAreas(own, benchmarks);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/scan/settings");
    }

    public async Task<IActionResult> OnPostPopulationAsync(CancellationToken ct)
    {
        ModelState.Remove("Areas.OwnAreas");
        ModelState.Remove("Areas.BenchmarkAreas");
        if (Population.Year is null)
        {
            ModelState.AddModelError("Population.Year", t["Scan.Validation.YearRangePlain"]);
        }
        if (Population.Inhabitants is null)
        {
            ModelState.AddModelError("Population.Inhabitants", t["Scan.Validation.PopulationRange"]);
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var row = await db.ScanPopulations.InOrganisation(current.Value.Id).SingleOrDefaultAsync(p => p.Year == Population.Year, ct);
        if (row is null)
        {
            db.ScanPopulations.Add(new ScanPopulation(current.Value.Id, Population.Year!.Value, Population.Inhabitants!.Value));
        }
        else
        {
            row.Change(Population.Inhabitants!.Value);
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/scan/settings");
    }

    public async Task<IActionResult> OnPostRemovePopulationAsync(int year, CancellationToken ct)
    {
        var row = await db.ScanPopulations.InOrganisation(current.Value.Id).SingleOrDefaultAsync(p => p.Year == year, ct);
        if (row is not null)
        {
            db.ScanPopulations.Remove(row);
            await db.SaveChangesAsync(ct);
        }
        return Redirect($"/o/{current.Value.Slug}/scan/settings");
    }

    private List<string> Resolve(string? text, string key)
    {
        var codes = new List<string>();
        foreach (var part in (text ?? "").Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var area = AreaRegistry.Instance.Resolve(part);
            if (area is null)
            {
                ModelState.AddModelError(key, t["Scan.Validation.AreaUnknown", part]);
                continue;
            }
            codes.Add(area.Code);
        }
        return codes;
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        Scope = await queries.ScopeAsync(current.Value.Id, ct);
        Populations = await db.ScanPopulations.AsNoTracking().InOrganisation(current.Value.Id).OrderBy(p => p.Year).ToListAsync(ct);
    }
}
