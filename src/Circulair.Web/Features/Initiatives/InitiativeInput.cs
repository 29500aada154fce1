using System.ComponentModel.DataAnnotations;
using Circulair.Initiatives;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>
/// The initiative form shared by "new" and "edit". Domain and sub-domain are one select (see
/// <see cref="InitiativeLabels.DomainValue"/>) so they cannot contradict each other; an own sub-domain is typed
/// next to it. The lead is typed: a name of the stakeholder register is linked (the browser suggests them), any
/// other name is kept as text. Partners are ticked from the register: the ones chosen and at most 50 others, narrowed
/// by a search that posts the form back without saving (decision 0416), so a register of thousands keeps the form small.
/// </summary>
public sealed class InitiativeInput
{
    [Display(Name = "Field.Initiative.Name")]
    [Required(ErrorMessage = "Initiatives.Validation.NameRequired")]
    [StringLength(InitiativeDetails.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Field.Initiative.Description")]
    [StringLength(InitiativeDetails.DescriptionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Description { get; set; }

    /// <summary>"bio-economie" or "bio-economie/bio-afval".</summary>
    [Display(Name = "Initiatives.Field.Domain")]
    [Required(ErrorMessage = "Initiatives.Validation.DomainRequired")]
    public string? Domain { get; set; }

    [Display(Name = "Field.Initiative.OwnSubdomain")]
    [StringLength(InitiativeDetails.OwnSubdomainMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? OwnSubdomain { get; set; }

    public List<InitiativeTargetGroups> TargetGroups { get; set; } = [];

    [Display(Name = "Field.Initiative.OtherTargetGroup")]
    [StringLength(InitiativeDetails.OtherTargetGroupMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? OtherTargetGroup { get; set; }

    [Display(Name = "Field.Initiative.Status")]
    [Required(ErrorMessage = "Initiatives.Validation.StatusRequired")]
    public InitiativeStatus? Status { get; set; }

    [Display(Name = "Initiatives.Field.Lead")]
    [StringLength(InitiativeDetails.LeadNameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Lead { get; set; }

    public List<int> PartnerIds { get; set; } = [];

    /// <summary>What to look for among the register's names (the search beside the partners); not saved.</summary>
    [StringLength(StakeholderDetails.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? PartnerSearch { get; set; }

    /// <summary>Set by the search's button: show the matches, save nothing.</summary>
    public bool FindPartners { get; set; }

    [Display(Name = "Field.Initiative.WebLink")]
    [StringLength(InitiativeDetails.WebLinkMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? WebLink { get; set; }

    public static InitiativeInput From(Initiative i) => new()
    {
        Name = i.Name,
        Description = i.Description,
        Domain = InitiativeLabels.DomainValue(i.Domain, i.SubdomainCode),
        OwnSubdomain = i.OwnSubdomain,
        TargetGroups = [.. TargetGroupSet.Split(i.TargetGroups)],
        OtherTargetGroup = i.OtherTargetGroup,
        Status = i.Status,
        Lead = i.Lead,
        PartnerIds = [.. i.Partners.Select(p => p.StakeholderId)],
        WebLink = i.WebLink,
    };

    /// <summary>
    /// Checks what attributes cannot: the domain value, an own sub-domain only beside a domain "in general", at least
    /// one target group, a web address people can open, partners of this organisation's register and a name not yet
    /// used by another initiative. Returns the details when everything holds.
    /// </summary>
    public async Task<InitiativeDetails?> ValidateAsync(ModelStateDictionary state, string prefix, CirculairDbContext db, Text t, int organisationId, int? initiativeId, CancellationToken ct)
    {
        string domain = "";
        string? subdomainCode = null;
        if (Domain is not null && !InitiativeLabels.TryParseDomainValue(Domain, out domain, out subdomainCode))
        {
            state.AddModelError($"{prefix}.{nameof(Domain)}", t["Initiatives.Validation.DomainUnknown"]);
        }
        if (subdomainCode is not null && !string.IsNullOrWhiteSpace(OwnSubdomain))
        {
            state.AddModelError($"{prefix}.{nameof(OwnSubdomain)}", t["Initiatives.Validation.OwnSubdomainBesideListed"]);
        }
        var groups = TargetGroupSet.Join(TargetGroups.Where(TargetGroupSet.IsSingle));
        if (groups == InitiativeTargetGroups.None && string.IsNullOrWhiteSpace(OtherTargetGroup))
        {
            state.AddModelError($"{prefix}.{nameof(TargetGroups)}", t["Initiatives.Validation.TargetGroupsRequired"]);
        }
        var webLink = InitiativeRules.NormaliseWebLink(WebLink);
        if (webLink is not null && !InitiativeRules.IsValidWebLink(webLink))
        {
            state.AddModelError($"{prefix}.{nameof(WebLink)}", t["Initiatives.Validation.WebLinkInvalid"]);
        }
        var partners = PartnerIds.Distinct().ToList();
        if (partners.Count > 0)
        {
            var known = await db.Stakeholders.InOrganisation(organisationId).CountAsync(s => partners.Contains(s.Id), ct);
            if (known != partners.Count)
            {
                state.AddModelError($"{prefix}.{nameof(PartnerIds)}", t["Initiatives.Validation.PartnerUnknown"]);
            }
        }
        int? leadId = null;
        var lead = StakeholderText.Clean(Lead);
        if (lead is not null)
        {
            var key = StakeholderText.NameKey(lead);
            leadId = await db.Stakeholders.InOrganisation(organisationId).Where(s => s.NameKey == key).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        }
        if (!string.IsNullOrWhiteSpace(Name))
        {
            var key = StakeholderText.NameKey(Name);
            var clash = await db.Initiatives.InOrganisation(organisationId)
                .Where(i => i.NameKey == key && i.Id != (initiativeId ?? 0))
                .Select(i => i.Name)
                .FirstOrDefaultAsync(ct);
            if (clash is not null)
            {
                state.AddModelError($"{prefix}.{nameof(Name)}", t["Initiatives.Validation.NameExists", clash]);
            }
        }
        if (!state.IsValid)
        {
            return null;
        }
        return new InitiativeDetails
        {
            Name = Name!,
            Description = Description,
            Domain = domain,
            SubdomainCode = subdomainCode,
            OwnSubdomain = OwnSubdomain,
            TargetGroups = groups,
            OtherTargetGroup = OtherTargetGroup,
            Status = Status!.Value,
            LeadStakeholderId = leadId,
            LeadName = lead,
            WebLink = webLink,
            PartnerIds = partners,
        };
    }

    /// <summary>
    /// Options for the form (domains, statuses, and from the register the partners ticked plus what matches the search,
    /// also offered for the lead), put in ViewData by the page.
    /// </summary>
    public static async Task PrepareAsync(ViewDataDictionary viewData, CirculairDbContext db, Text t, int organisationId, InitiativeInput input, CancellationToken ct)
    {
        viewData["DomainItems"] = InitiativeLabels.DomainItems(t, t["Shared.Choose"]);
        viewData["StatusItems"] = InitiativeLabels.StatusItems(t, null);
        viewData["Stakeholders"] = await StakeholderChoices.LoadAsync(db, organisationId, input.PartnerIds, input.PartnerSearch, ct);
    }

    public static IEnumerable<SelectListItem> Items(ViewDataDictionary viewData, string key) => (IEnumerable<SelectListItem>)viewData[key]!;

    public static StakeholderChoices Stakeholders(ViewDataDictionary viewData) => (StakeholderChoices)viewData["Stakeholders"]!;
}

public sealed record StakeholderOption(int Id, string Name);
