using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>
/// Ranking of the action domains (scan step 1 → output): a transparent score per domain from the figures,
/// with adjustable weights and a sentence that explains each score, beside the team's qualitative inputs and
/// the shortlist of promising domains that phase 2 starts from.
/// Its GET is served from the page cache (decision 0171): it reads only the organisation's own data and embedded
/// reference data (the default domain mapping, areas, category lists).
/// </summary>
[CachedPage(Shared = true)]
public sealed class RankingModel(CirculairDbContext db, RankingCalculator calculator, CurrentOrganisation current, Text t) : PageModel
{
    public RankingResult Result { get; private set; } = null!;
    public Dictionary<string, ScanDomainAssessment> Assessments { get; private set; } = [];
    public IReadOnlyList<ScanDataset> Datasets { get; private set; } = [];

    [BindProperty]
    public WeightsInput Weights { get; set; } = new();

    public sealed class WeightsInput
    {
        [Display(Name = "Scan.Weight.Jobs")]
        [Required(ErrorMessage = "Scan.Validation.WeightRange")]
        [Range(0, 10, ErrorMessage = "Scan.Validation.WeightRange")]
        public double? Jobs { get; set; }

        [Display(Name = "Scan.Weight.Specialisation")]
        [Required(ErrorMessage = "Scan.Validation.WeightRange")]
        [Range(0, 10, ErrorMessage = "Scan.Validation.WeightRange")]
        public double? Specialisation { get; set; }

        [Display(Name = "Scan.Weight.AddedValue")]
        [Required(ErrorMessage = "Scan.Validation.WeightRange")]
        [Range(0, 10, ErrorMessage = "Scan.Validation.WeightRange")]
        public double? AddedValue { get; set; }

        [Display(Name = "Scan.Weight.Waste")]
        [Required(ErrorMessage = "Scan.Validation.WeightRange")]
        [Range(0, 10, ErrorMessage = "Scan.Validation.WeightRange")]
        public double? Waste { get; set; }

        [Display(Name = "Scan.Weight.Co2")]
        [Required(ErrorMessage = "Scan.Validation.WeightRange")]
        [Range(0, 10, ErrorMessage = "Scan.Validation.WeightRange")]
        public double? Co2 { get; set; }

        public int? EmploymentDatasetId { get; set; }
        public int? AddedValueDatasetId { get; set; }
        public int? WasteDatasetId { get; set; }
        public int? Co2DatasetId { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        var w = Result.Weights;
        var p = Result.Scope.Profile;
        Weights = new WeightsInput
        {
            Jobs = w.Jobs, Specialisation = w.Specialisation, AddedValue = w.AddedValue, Waste = w.Waste, Co2 = w.Co2,
            EmploymentDatasetId = p?.EmploymentDatasetId, AddedValueDatasetId = p?.AddedValueDatasetId, WasteDatasetId = p?.WasteDatasetId, Co2DatasetId = p?.Co2DatasetId,
        };
    }

    public async Task<IActionResult> OnPostWeightsAsync(CancellationToken ct)
    {
        var w = Weights;
        foreach (var (name, value) in new[] { ("Jobs", w.Jobs), ("Specialisation", w.Specialisation), ("AddedValue", w.AddedValue), ("Waste", w.Waste), ("Co2", w.Co2) })
        {
            if (value is null && !ModelState.ContainsKey($"Weights.{name}"))
            {
                ModelState.AddModelError($"Weights.{name}", t["Scan.Validation.WeightRange"]);
            }
        }
        var ids = await db.ScanDatasets.InOrganisation(current.Value.Id).Select(d => new { d.Id, d.Kind }).ToListAsync(ct);
        foreach (var (name, id, kind) in new[] { ("EmploymentDatasetId", w.EmploymentDatasetId, DatasetKind.Tewerkstelling), ("AddedValueDatasetId", w.AddedValueDatasetId, DatasetKind.ToegevoegdeWaarde), ("WasteDatasetId", w.WasteDatasetId, DatasetKind.Huishoudafval), ("Co2DatasetId", w.Co2DatasetId, DatasetKind.Co2Uitstoot) })
        {
            if (id is { } i && !ids.Any(d => d.Id == i && d.Kind == kind))
            {
                ModelState.AddModelError($"Weights.{name}", t["Scan.Validation.Choose"]);
            }
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var profile = await ProfileAsync(ct);
        profile.SetWeights(new RankingWeights(w.Jobs ?? 0, w.Specialisation ?? 0, w.AddedValue ?? 0, w.Waste ?? 0, w.Co2 ?? 0));
        profile.ChooseDatasets(w.EmploymentDatasetId, w.AddedValueDatasetId, w.WasteDatasetId, w.Co2DatasetId);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/scan/ranking");
    }

    /// <summary>Creates the qualitative assessment of every domain that has none yet (a POST: pages never write on GET).</summary>
    public async Task<IActionResult> OnPostStartAsync(string? domain, CancellationToken ct)
    {
        var created = await EnsureAssessmentsAsync(db, current.Value.Id, ct);
        await db.SaveChangesAsync(ct);
        var target = domain is null ? null : created.FirstOrDefault(a => a.DomainCode == domain);
        return Redirect(target is null ? $"/o/{current.Value.Slug}/scan/ranking" : $"/o/{current.Value.Slug}/scan/domains/{target.Id}");
    }

    /// <summary>Adopts a suggestion of the knowledge base into a domain's notes (one click from the analysis or the domain page).</summary>
    public async Task<IActionResult> OnPostAdoptAsync(string? domain, string? opportunity, string? returnUrl, CancellationToken ct)
    {
        var o = OpportunityCatalog.Find(opportunity);
        if (o is null || ActionDomains.Find(domain) is null)
        {
            return NotFound();
        }
        var all = await EnsureAssessmentsAsync(db, current.Value.Id, ct);
        var assessment = all.Single(a => a.DomainCode == domain);
        var adopted = assessment.Adopt(o, $"{t[$"ScanKb.{o.Id}.Title"]}: {t[$"ScanKb.{o.Id}.Text"]}");
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = adopted ? "Scan.Suggestions.Adopted" : "Scan.Suggestions.AlreadyAdopted";
        return Redirect(returnUrl is { Length: > 0 } r && Url.IsLocalUrl(r) ? r : $"/o/{current.Value.Slug}/scan/domains/{assessment.Id}");
    }

    public static async Task<List<ScanDomainAssessment>> EnsureAssessmentsAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var existing = await db.ScanDomainAssessments.InOrganisation(organisationId).ToListAsync(ct);
        foreach (var d in ActionDomains.All.Where(d => existing.All(a => a.DomainCode != d.Code)))
        {
            var a = new ScanDomainAssessment(organisationId, d.Code);
            db.ScanDomainAssessments.Add(a);
            existing.Add(a);
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }
        return existing;
    }

    private async Task<ScanProfile> ProfileAsync(CancellationToken ct)
    {
        var profile = await db.ScanProfiles.InOrganisation(current.Value.Id).SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            profile = new ScanProfile(current.Value.Id);
            db.ScanProfiles.Add(profile);
        }
        return profile;
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        Result = await calculator.ComputeAsync(current.Value.Id, ct);
        Assessments = await db.ScanDomainAssessments.AsNoTracking().InOrganisation(current.Value.Id).ToDictionaryAsync(a => a.DomainCode, ct);
        Datasets = Result.Datasets;
    }

    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> DatasetItems(DatasetKind kind) =>
        [new(Result.SourceOf(kind) is { } s && Result.PickedAutomatically.Contains(s.Dataset.Id) ? t["Scan.Ranking.AutomaticDatasetNow", s.Dataset.Name, s.Source.Year] : t["Scan.Ranking.AutomaticDataset"], ""), .. Datasets.Where(d => d.Kind == kind).Select(d => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
}
