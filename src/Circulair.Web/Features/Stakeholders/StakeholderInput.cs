using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>The stakeholder form shared by "new" and "edit". Power and interest are only asked when adding; afterwards they change through a dated assessment.</summary>
public sealed class StakeholderInput
{
    [Display(Name = "Field.Stakeholder.Name")]
    [Required(ErrorMessage = "Stakeholders.Validation.NameRequired")]
    [StringLength(StakeholderDetails.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Field.Stakeholder.Kind")]
    public StakeholderKind? Kind { get; set; }

    [Display(Name = "Field.Stakeholder.Department")]
    [StringLength(StakeholderDetails.DepartmentMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Department { get; set; }

    /// <summary>A fixed group ("Bedrijven"), an own group ("c12"), see <see cref="StakeholderLabels"/>, or empty for no group.</summary>
    [Display(Name = "Field.Stakeholder.Group")]
    public string? Group { get; set; }

    [Display(Name = "Field.Stakeholder.Side")]
    public StakeholderSide? Side { get; set; }

    [Display(Name = "Field.Stakeholder.Power")]
    public StakeholderLevel? Power { get; set; }

    [Display(Name = "Field.Stakeholder.Interest")]
    public StakeholderLevel? Interest { get; set; }

    [Display(Name = "Field.Stakeholder.Engagement")]
    public StakeholderEngagement? Engagement { get; set; }

    [Display(Name = "Field.Stakeholder.Forum")]
    public StakeholderForum? Forum { get; set; }

    [Display(Name = "Field.Stakeholder.ForumDetail")]
    [StringLength(StakeholderDetails.ForumDetailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ForumDetail { get; set; }

    [Display(Name = "Field.Stakeholder.ContactPerson")]
    [StringLength(StakeholderDetails.ContactPersonMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ContactPerson { get; set; }

    [Display(Name = "Field.Stakeholder.ContactEmail")]
    [StringLength(StakeholderDetails.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Field.Stakeholder.Notes")]
    [StringLength(StakeholderDetails.NotesMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Notes { get; set; }

    [Display(Name = "Field.Stakeholder.Tags")]
    [StringLength(StakeholderDetails.TagsMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Tags { get; set; }

    public static StakeholderInput From(Stakeholder s) => new()
    {
        Name = s.Name,
        Kind = s.Kind,
        Department = s.Department,
        Group = StakeholderLabels.GroupValue(s.Group, s.CustomGroupId),
        Side = s.Side,
        Power = s.Power,
        Interest = s.Interest,
        Engagement = s.Engagement,
        Forum = s.Forum,
        ForumDetail = s.ForumDetail,
        ContactPerson = s.ContactPerson,
        ContactEmail = s.ContactEmail,
        Notes = s.Notes,
        Tags = s.Tags,
    };

    /// <summary>
    /// Checks what attributes cannot: the group exists in this organisation, the e-mail address has a plausible
    /// shape, the tags, the name is not already used by another stakeholder, and (when <paramref name="withRating"/>)
    /// power and interest come together. Returns the details when everything holds.
    /// </summary>
    public async Task<StakeholderDetails?> ValidateAsync(ModelStateDictionary state, string prefix, CirculairDbContext db, Text t, int organisationId, int? stakeholderId, bool withRating, CancellationToken ct)
    {
        StakeholderGroup? group = null;
        int? customGroupId = null;
        if (Group is { Length: > 0 })
        {
            var known = StakeholderLabels.TryParseGroup(Group, out group, out customGroupId);
            if (known && customGroupId is { } id)
            {
                known = await db.CustomStakeholderGroups.InOrganisation(organisationId).AnyAsync(g => g.Id == id, ct);
            }
            if (!known)
            {
                state.AddModelError($"{prefix}.{nameof(Group)}", t["Stakeholders.Validation.GroupUnknown"]);
            }
        }
        if (ContactEmail is { } email && !string.IsNullOrWhiteSpace(email) && !StakeholderText.LooksLikeEmail(email.Trim()))
        {
            state.AddModelError($"{prefix}.{nameof(ContactEmail)}", t["Stakeholders.Validation.EmailInvalid"]);
        }
        if (StakeholderText.TagProblem(Tags) is { } tagProblem)
        {
            state.AddModelError($"{prefix}.{nameof(Tags)}", t[tagProblem, StakeholderText.MaxTags, StakeholderText.TagMaxLength]);
        }
        if (withRating && (Power is null) != (Interest is null))
        {
            state.AddModelError($"{prefix}.{(Power is null ? nameof(Power) : nameof(Interest))}", t["Stakeholders.Validation.RatingIncomplete"]);
        }
        if (!string.IsNullOrWhiteSpace(Name))
        {
            var key = StakeholderText.NameKey(Name);
            var clash = await db.Stakeholders.InOrganisation(organisationId)
                .Where(s => s.NameKey == key && s.Id != (stakeholderId ?? 0))
                .Select(s => s.Name)
                .FirstOrDefaultAsync(ct);
            if (clash is not null)
            {
                state.AddModelError($"{prefix}.{nameof(Name)}", t["Stakeholders.Validation.NameExists", clash]);
            }
        }
        if (!state.IsValid)
        {
            return null;
        }
        return new StakeholderDetails
        {
            Name = Name!,
            Kind = Kind,
            Department = Department,
            Group = group,
            CustomGroupId = customGroupId,
            Side = Side,
            Engagement = Engagement,
            Forum = Forum,
            ForumDetail = ForumDetail,
            ContactPerson = ContactPerson,
            ContactEmail = ContactEmail,
            Notes = Notes,
            Tags = Tags,
        };
    }

    /// <summary>Options for the form's selects and radios, put in ViewData by the page.</summary>
    public static async Task PrepareAsync(Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, CirculairDbContext db, Text t, int organisationId, CancellationToken ct)
    {
        var groups = await db.CustomStakeholderGroups.InOrganisation(organisationId).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        viewData["GroupItems"] = StakeholderLabels.GroupItems(t, groups.Select(g => (g.Id, g.Name)), t["Stakeholders.Groups.NoneChoice"]);
        viewData["KindItems"] = StakeholderLabels.EnumItems<StakeholderKind>(t, null);
        viewData["SideItems"] = StakeholderLabels.EnumItems<StakeholderSide>(t, null);
        viewData["LevelItems"] = StakeholderLabels.EnumItems<StakeholderLevel>(t, t["Stakeholders.NotRatedYet"]);
        viewData["EngagementItems"] = StakeholderLabels.EnumItems<StakeholderEngagement>(t, t["Stakeholders.NotChosen"]);
        viewData["ForumItems"] = StakeholderLabels.EnumItems<StakeholderForum>(t, t["Stakeholders.NoForum"]);
    }

    public static IEnumerable<SelectListItem> Items(Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, string key) =>
        (IEnumerable<SelectListItem>)viewData[key]!;
}
