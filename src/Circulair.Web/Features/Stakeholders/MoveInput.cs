using System.ComponentModel.DataAnnotations;
using Circulair.Stakeholders;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// A new rating of power and interest ("Verplaatsen" in the grid). The keyboard and no-JavaScript way to move a
/// stakeholder; dragging on the grid posts the same fields (without a date: today).
/// </summary>
public sealed class MoveInput
{
    [Display(Name = "Field.StakeholderAssessment.Power")]
    [Required(ErrorMessage = "Stakeholders.Validation.PowerRequired")]
    public StakeholderLevel? Power { get; set; }

    [Display(Name = "Field.StakeholderAssessment.Interest")]
    [Required(ErrorMessage = "Stakeholders.Validation.InterestRequired")]
    public StakeholderLevel? Interest { get; set; }

    [Display(Name = "Field.StakeholderAssessment.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Field.StakeholderAssessment.Note")]
    [StringLength(StakeholderAssessment.NoteMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Note { get; set; }
}
