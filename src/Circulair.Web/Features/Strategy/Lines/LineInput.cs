using System.ComponentModel.DataAnnotations;
using Circulair.Strategy;

namespace Circulair.Web.Features.Strategy.Lines;

public sealed class LineInput
{
    [Display(Name = "Field.ActionLine.Title")]
    [Required(ErrorMessage = "Strategy.Validation.LineTitleRequired")]
    [StringLength(ActionLine.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Field.ActionLine.Description")]
    [StringLength(ActionLine.DescriptionMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Description { get; set; }
}
