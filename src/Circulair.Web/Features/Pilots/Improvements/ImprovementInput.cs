using System.ComponentModel.DataAnnotations;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Pilots.Improvements;

/// <summary>The form of one improvement project (step 4), shared by "new" and "edit".</summary>
public sealed class ImprovementInput
{
    [Display(Name = "Pilots.Field.ImprovementArea")]
    [Required(ErrorMessage = "Pilots.Validation.AreaRequired")]
    public ImprovementArea? Area { get; set; }

    [Display(Name = "Pilots.Field.ImprovementTitle")]
    [Required(ErrorMessage = "Pilots.Validation.ImprovementTitleRequired")]
    [StringLength(PilotImprovement.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Pilots.Field.Owner")]
    [StringLength(PilotImprovement.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Owner { get; set; }

    [Display(Name = "Pilots.Field.StartsOn")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Pilots.Field.DueOn")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Pilots.Field.ImprovementDone")]
    public bool Done { get; set; }

    [Display(Name = "Pilots.Field.ImprovementNote")]
    [StringLength(PilotImprovement.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Note { get; set; }

    public static ImprovementInput From(PilotImprovement i) => new()
    {
        Area = i.Area, Title = i.Title, Owner = i.Owner, StartsOn = i.StartsOn, DueOn = i.DueOn, Done = i.Done, Note = i.Note,
    };

    public ImprovementDetails ToDetails() => new()
    {
        Area = Area ?? ImprovementArea.Innovatie, Title = Title ?? "", Owner = Owner, StartsOn = StartsOn, DueOn = DueOn, Done = Done, Note = Note,
    };

    public void Validate(ModelStateDictionary state, Text t)
    {
        if (Area is { } area && !Enum.IsDefined(area))
        {
            state.AddModelError("Input.Area", t["Pilots.Validation.AreaRequired"]);
        }
        if (StartsOn is { } from && DueOn is { } due && due < from)
        {
            state.AddModelError("Input.DueOn", t["Pilots.Validation.EndBeforeStart"]);
        }
    }

    public static List<SelectListItem> Areas(Text t) =>
        [.. Enum.GetValues<ImprovementArea>().Select(a => new SelectListItem(t.Enum(a), a.ToString()))];
}

/// <summary>What the shared improvement form needs from its page.</summary>
public interface IImprovementForm
{
    ImprovementInput Input { get; }
}
