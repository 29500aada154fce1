using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Domains;

/// <summary>
/// Records the support for one action domain and the decision to keep it or let it drop, with reason and date. A
/// Coördinator decides (the choice shapes the whole strategy); the domain is added to the strategy on its first save.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class ValidateModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [BindProperty(SupportsGet = true, Name = "domain")]
    public string? Code { get; set; }

    [BindProperty]
    public ValidationInput Input { get; set; } = new();

    public ActionDomain Domain { get; private set; } = null!;
    public int? StrategyDomainId { get; private set; }
    public int GoalCount { get; private set; }
    public string? ShortlistReason { get; private set; }

    public sealed class ValidationInput
    {
        [Display(Name = "Field.StrategyDomain.Support")]
        public DomainSupport? Support { get; set; }

        [Display(Name = "Field.StrategyDomain.Decision")]
        public DomainDecision? Decision { get; set; }

        [Display(Name = "Field.StrategyDomain.Reason")]
        [StringLength(StrategyDomain.ReasonMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Reason { get; set; }

        [Display(Name = "Field.StrategyDomain.DecidedOn")]
        public DateOnly? DecidedOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var existing = await LoadAsync(ct);
        if (Strategy is null || Domain is null)
        {
            return NotFound();
        }
        Input = new ValidationInput
        {
            Support = existing?.Support,
            Decision = existing?.Decision,
            Reason = existing?.Reason,
            DecidedOn = existing?.DecidedOn ?? Stakeholders.StakeholderLabels.Today(clock),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var domain = await LoadAsync(ct);
        if (Strategy is null || Domain is null)
        {
            return NotFound();
        }
        if (Input.Decision is not null && string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", t["Strategy.Validation.ReasonRequired"]);
        }
        if (Input.Decision is not null && Input.DecidedOn is null && ModelState.GetFieldValidationState("Input.DecidedOn") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.DecidedOn", t["Strategy.Validation.DateRequired"]);
        }
        if (Input.Support is { } s && !Enum.IsDefined(s) || Input.Decision is { } d && !Enum.IsDefined(d))
        {
            ModelState.AddModelError("Input.Decision", t["Strategy.Validation.Choose"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (domain is null)
        {
            domain = new StrategyDomain(Org.Id, TrajectoryId, Domain.Code);
            Db.StrategyDomains.Add(domain);
        }
        domain.Record(Input.Support, Input.Decision, Input.Reason, domain.DateFor(Input.Decision, Input.DecidedOn, Stakeholders.StakeholderLabels.Today(clock)));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = domain.IsDropped && GoalCount > 0 ? "Strategy.Domains.SavedDroppedWithGoals" : "Strategy.Domains.Saved";
        return Redirect(Link("/domains"));
    }

    /// <summary>
    /// Takes over the support a workshop's dot vote suggests (the "Overnemen" button on the domain page): the support
    /// changes through the domain's decision, which stays as it was, and the history names the workshop.
    /// </summary>
    public async Task<IActionResult> OnPostAdoptAsync(int evidence, CancellationToken ct)
    {
        var domain = await LoadAsync(ct);
        if (Strategy is null || Domain is null || domain is null)
        {
            return NotFound();
        }
        var found = await Db.DomainSupportEvidence.InOrganisation(Org.Id).FirstOrDefaultAsync(e => e.Id == evidence && e.StrategyDomainId == domain.Id, ct);
        var view = (await SupportEvidenceView.LoadAsync(Db, Org.Id, domain.Id, ct)).FirstOrDefault(v => v.Id == evidence);
        if (found is null || view is null)
        {
            return NotFound();
        }
        domain.AdoptSupport(found, view.Source, clock.GetUtcNow().UtcDateTime);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Strategy.Evidence.AdoptedFlash";
        return Redirect(Link($"/domains/{domain.Id}"));
    }

    private async Task<StrategyDomain?> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct) || ActionDomains.Find(Code) is not { } found)
        {
            Domain = null!;
            return null;
        }
        Domain = found;
        var domain = await Db.StrategyDomains.InOrganisation(Org.Id).FirstOrDefaultAsync(d => d.TrajectoryId == TrajectoryId && d.DomainCode == found.Code, ct);
        StrategyDomainId = domain?.Id;
        GoalCount = domain is null ? 0 : await Db.StrategyGoals.InOrganisation(Org.Id).CountAsync(g => g.StrategyDomainId == domain.Id, ct);
        ShortlistReason = await Db.ScanDomainAssessments.InOrganisation(Org.Id).Where(a => a.DomainCode == found.Code && a.IsPromising).Select(a => a.PromisingReason).FirstOrDefaultAsync(ct);
        return domain;
    }
}
