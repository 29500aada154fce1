using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Domains;

/// <summary>
/// One action domain: its evidence from the figures, and the team's qualitative inputs of scan step 2 (survey
/// findings, potential in the inner circles with R-strategies, social-economy potential, trends, synergies with
/// existing plans, notes), with the knowledge base's suggestions for the domain, adoptable in one click.
/// </summary>
public sealed class ShowModel(CirculairDbContext db, RankingCalculator calculator, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public ScanDomainAssessment Assessment { get; private set; } = null!;
    public DomainScore? Score { get; private set; }
    public int? Rank { get; private set; }
    public bool Illustrative { get; private set; }

    public sealed class AssessmentInput
    {
        [Display(Name = "Scan.Domain.SurveyFindings")]
        [StringLength(ScanDomainAssessment.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? SurveyFindings { get; set; }

        public List<string> Strategies { get; set; } = [];

        [Display(Name = "Scan.Domain.InnerCirclePotential")]
        [StringLength(ScanDomainAssessment.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? InnerCirclePotential { get; set; }

        [Display(Name = "Scan.Domain.SocialEconomyPotential")]
        [Range(1, 5, ErrorMessage = "Scan.Validation.SocialRange")]
        public int? SocialEconomyPotential { get; set; }

        [Display(Name = "Scan.Domain.Trends")]
        [StringLength(ScanDomainAssessment.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Trends { get; set; }

        [Display(Name = "Scan.Domain.Synergies")]
        [StringLength(ScanDomainAssessment.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Synergies { get; set; }

        [Display(Name = "Scan.Domain.Notes")]
        [StringLength(ScanDomainAssessment.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Notes { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int scanDomainAssessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(scanDomainAssessmentId, ct))
        {
            return NotFound();
        }
        var a = Assessment;
        Input = new AssessmentInput
        {
            SurveyFindings = a.SurveyFindings, Strategies = [.. a.Strategies], InnerCirclePotential = a.InnerCirclePotential,
            SocialEconomyPotential = a.SocialEconomyPotential, Trends = a.Trends, Synergies = a.Synergies, Notes = a.Notes,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scanDomainAssessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(scanDomainAssessmentId, ct))
        {
            return NotFound();
        }
        if (!Describe())
        {
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/scan/domains/{Assessment.Id}");
    }

    /// <summary>
    /// "Overnemen in de notities": the button belongs to the insights form, so what was typed there is saved first
    /// and the suggestion is added to those notes. Refused input re-renders with everything typed and adopts nothing.
    /// </summary>
    public async Task<IActionResult> OnPostAdoptAsync(int scanDomainAssessmentId, string? opportunity, CancellationToken ct)
    {
        if (!await LoadAsync(scanDomainAssessmentId, ct))
        {
            return NotFound();
        }
        if (OpportunityCatalog.Find(opportunity) is not { } o || o.DomainCode != Assessment.DomainCode)
        {
            return NotFound();
        }
        if (!Describe())
        {
            return Page();
        }
        bool adopted;
        try
        {
            adopted = Assessment.Adopt(o, $"{t[$"ScanKb.{o.Id}.Title"]}: {t[$"ScanKb.{o.Id}.Text"]}");
        }
        catch (DomainException e) when (e.MessageKey == "Errors.ScanNotesFull")
        {
            // Nothing is saved: the form comes back with what was typed and says why.
            ModelState.AddModelError("Input.Notes", t[e.MessageKey]);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = adopted ? "Scan.Suggestions.Adopted" : "Scan.Suggestions.AlreadyAdopted";
        return Redirect($"/o/{current.Value.Slug}/scan/domains/{Assessment.Id}");
    }

    /// <summary>Checks the typed insights and, when they pass, puts them on the assessment (not saved yet).</summary>
    private bool Describe()
    {
        if (Input.Strategies.Any(s => RLadder.Find(s) is null))
        {
            ModelState.AddModelError("Input.Strategies", t["Scan.Validation.Choose"]);
        }
        if (!ModelState.IsValid)
        {
            return false;
        }
        var i = Input;
        Assessment.Describe(i.SurveyFindings, i.Strategies, i.InnerCirclePotential, i.SocialEconomyPotential, i.Trends, i.Synergies, i.Notes);
        return true;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var assessment = await db.ScanDomainAssessments.InOrganisation(current.Value.Id).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return false;
        }
        Assessment = assessment;
        var result = await calculator.ComputeAsync(current.Value.Id, ct);
        Illustrative = result.Illustrative;
        if (result.Sources.Count > 0)
        {
            var sameKind = result.Scores.Where(s => s.Domain.Kind == assessment.Domain.Kind).ToList();
            Score = sameKind.FirstOrDefault(s => s.Domain.Code == assessment.DomainCode);
            Rank = Score is null ? null : sameKind.IndexOf(Score) + 1;
        }
        return true;
    }
}
