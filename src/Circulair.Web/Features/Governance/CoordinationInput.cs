using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Governance;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Governance;

public sealed class CoordinationInput
{
    [Display(Name = "Governance.Field.Kind")]
    public CoordinationKind? Kind { get; set; }

    [Display(Name = "Governance.Field.People")]
    [StringLength(CoordinationRole.PeopleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? People { get; set; }

    [Display(Name = "Governance.Field.Fte")]
    public string? Fte { get; set; }

    [Display(Name = "Governance.Field.Tasks")]
    [StringLength(CoordinationRole.TasksMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Tasks { get; set; }

    public CoordinationDetails? Check(ModelStateDictionary state, Text t)
    {
        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            state.AddModelError("Input.Kind", t["Governance.Validation.KindRequired"]);
        }
        if (string.IsNullOrWhiteSpace(People))
        {
            state.AddModelError("Input.People", t["Governance.Validation.PeopleRequired"]);
        }
        double? fte = null;
        if (!string.IsNullOrWhiteSpace(Fte))
        {
            if (!NumberText.TryParse(Fte, CultureInfo.CurrentCulture, out var f) || f < 0 || f > CoordinationRole.MaxFte)
            {
                state.AddModelError("Input.Fte", t["Governance.Validation.Fte", Fte.Trim()]);
            }
            else
            {
                fte = f;
            }
        }
        return state.IsValid ? new CoordinationDetails { Kind = Kind!.Value, People = People!, Fte = fte, Tasks = Tasks } : null;
    }
}
