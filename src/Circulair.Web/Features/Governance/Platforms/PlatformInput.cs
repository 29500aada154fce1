using System.ComponentModel.DataAnnotations;
using Circulair.Governance;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Governance.Platforms;

public sealed class PlatformInput
{
    [Display(Name = "Governance.Field.Name")]
    [StringLength(GovernancePlatform.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Governance.Field.PlatformKind")]
    public PlatformKind? Kind { get; set; }

    [Display(Name = "Governance.Field.Description")]
    [StringLength(GovernancePlatform.DescriptionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Description { get; set; }

    public bool Check(ModelStateDictionary state, Text t)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            state.AddModelError("Input.Name", t["Governance.Validation.NameRequired"]);
        }
        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            state.AddModelError("Input.Kind", t["Governance.Validation.PlatformKindRequired"]);
        }
        return state.IsValid;
    }
}

public sealed class MemberInput
{
    [Display(Name = "Governance.Field.Stakeholder")]
    public int? StakeholderId { get; set; }

    [Display(Name = "Governance.Field.MemberName")]
    [StringLength(PlatformMember.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Governance.Field.Role")]
    [StringLength(PlatformMember.RoleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Role { get; set; }
}
