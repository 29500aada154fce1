using System.ComponentModel.DataAnnotations;
using Circulair.Prioritisation;

namespace Circulair.Web.Features.Prioritisation;

/// <summary>One rater's Tool 6 scores for one action, as the matrix form and the drag enhancement post them.</summary>
public sealed class RatingInput
{
    [Display(Name = "Prioritisation.Rate.Action")]
    public int? PlannedActionId { get; set; }

    [Display(Name = "Prioritisation.Impact")]
    [Required(ErrorMessage = "Prioritisation.Validation.ScoreRequired")]
    [Range(ImpactEffortMatrix.MinScore, ImpactEffortMatrix.MaxScore, ErrorMessage = "Prioritisation.Validation.ScoreRange")]
    public int? Impact { get; set; }

    [Display(Name = "Prioritisation.Effort")]
    [Required(ErrorMessage = "Prioritisation.Validation.ScoreRequired")]
    [Range(ImpactEffortMatrix.MinScore, ImpactEffortMatrix.MaxScore, ErrorMessage = "Prioritisation.Validation.ScoreRange")]
    public int? Effort { get; set; }
}
