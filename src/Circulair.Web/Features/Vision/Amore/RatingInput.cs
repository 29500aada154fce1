using System.ComponentModel.DataAnnotations;
using Circulair.Vision;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>The five scores and the comment, for members (round page) and external raters (/amore/{token}).</summary>
public sealed class RatingInput
{
    [Display(Name = "Enum.AmoreCriterion.Ambitieus")]
    [Required(ErrorMessage = "Vision.Validation.ScoreRequired")]
    [Range(AmoreScores.Min, AmoreScores.Max, ErrorMessage = "Vision.Validation.ScoreRange")]
    public int? Ambitieus { get; set; }

    [Display(Name = "Enum.AmoreCriterion.Motiverend")]
    [Required(ErrorMessage = "Vision.Validation.ScoreRequired")]
    [Range(AmoreScores.Min, AmoreScores.Max, ErrorMessage = "Vision.Validation.ScoreRange")]
    public int? Motiverend { get; set; }

    [Display(Name = "Enum.AmoreCriterion.Onderscheidend")]
    [Required(ErrorMessage = "Vision.Validation.ScoreRequired")]
    [Range(AmoreScores.Min, AmoreScores.Max, ErrorMessage = "Vision.Validation.ScoreRange")]
    public int? Onderscheidend { get; set; }

    [Display(Name = "Enum.AmoreCriterion.Relevant")]
    [Required(ErrorMessage = "Vision.Validation.ScoreRequired")]
    [Range(AmoreScores.Min, AmoreScores.Max, ErrorMessage = "Vision.Validation.ScoreRange")]
    public int? Relevant { get; set; }

    [Display(Name = "Enum.AmoreCriterion.Echt")]
    [Required(ErrorMessage = "Vision.Validation.ScoreRequired")]
    [Range(AmoreScores.Min, AmoreScores.Max, ErrorMessage = "Vision.Validation.ScoreRange")]
    public int? Echt { get; set; }

    [Display(Name = "Vision.Amore.Field.Comment")]
    [StringLength(AmoreRating.CommentMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Comment { get; set; }

    public AmoreScores ToScores() => new(Ambitieus!.Value, Motiverend!.Value, Onderscheidend!.Value, Relevant!.Value, Echt!.Value);

    public static RatingInput From(AmoreRating? rating) => rating is null ? new() : new()
    {
        Ambitieus = rating.Ambitieus,
        Motiverend = rating.Motiverend,
        Onderscheidend = rating.Onderscheidend,
        Relevant = rating.Relevant,
        Echt = rating.Echt,
        Comment = rating.Comment,
    };

    public static IReadOnlyList<SelectListItem> ScoreItems(Platform.Localization.Text t) =>
        [.. Enumerable.Range(AmoreScores.Min, AmoreScores.Max).Select(v => new SelectListItem(t[$"Vision.Amore.Score.{v}"], v.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
}
