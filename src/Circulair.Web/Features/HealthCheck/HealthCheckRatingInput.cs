using System.ComponentModel.DataAnnotations;
using Circulair.HealthCheck;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// The nine scores and notes, for members (round page) and external raters (/health-check/{token}). One entry per
/// block in the order of <see cref="BlockScore.Blocks"/>; fields are named Rating.Blocks[i].Score and .Note. The
/// checks live in <see cref="Check"/> rather than in attributes, because every message names its block.
/// </summary>
public sealed class HealthCheckRatingInput
{
    public List<BlockInput> Blocks { get; set; } = [.. BlockScore.Blocks.Select(_ => new BlockInput())];

    public sealed class BlockInput
    {
        [Required(ErrorMessage = "HealthCheck.Validation.ScoreRequired")]
        public int? Score { get; set; }
        public string? Note { get; set; }
    }

    /// <summary>
    /// Adds a Dutch or English message per block that has no score, a score outside 1–5 or an over-long note. Fields
    /// that failed binding (text in a score) keep the binder's message. Returns whether all is well.
    /// </summary>
    public bool Check(ModelStateDictionary state, string prefix, Text t)
    {
        Normalise();
        for (var i = 0; i < BlockScore.Blocks.Count; i++)
        {
            var block = t[$"HealthCheck.Block.{BlockScore.Blocks[i]}"].Value;
            var scoreKey = $"{prefix}.Blocks[{i}].Score";
            var input = Blocks[i];
            if (state.TryGetValue(scoreKey, out var entry) && entry.Errors.Count > 0)
            {
                if (input.Score is not null || !string.IsNullOrEmpty(entry.AttemptedValue))
                {
                    continue;
                }
                // [Required] only marks the field as required for the form; the message names the block.
                entry.Errors.Clear();
            }
            if (input.Score is null)
            {
                state.AddModelError(scoreKey, t["HealthCheck.Validation.ScoreRequired", block]);
            }
            else if (!BlockScore.InRange(input.Score.Value))
            {
                state.AddModelError(scoreKey, t["HealthCheck.Validation.ScoreRange", block, BlockScore.Min, BlockScore.Max]);
            }
            if (input.Note?.Trim().Length > BlockScore.NoteMaxLength)
            {
                state.AddModelError($"{prefix}.Blocks[{i}].Note", t["HealthCheck.Validation.NoteTooLong", block, BlockScore.NoteMaxLength]);
            }
        }
        return state.IsValid;
    }

    public IReadOnlyList<BlockScore> ToScores()
    {
        Normalise();
        return [.. BlockScore.Blocks.Select((block, i) => new BlockScore(block, Blocks[i].Score!.Value, Blocks[i].Note))];
    }

    public static HealthCheckRatingInput From(HealthCheckRating? rating)
    {
        var input = new HealthCheckRatingInput();
        if (rating is not null)
        {
            var scores = rating.ScoreList();
            for (var i = 0; i < BlockScore.Blocks.Count; i++)
            {
                var score = scores.FirstOrDefault(s => s.Block == BlockScore.Blocks[i]);
                input.Blocks[i] = score == default ? new() : new() { Score = score.Score, Note = score.Note };
            }
        }
        return input;
    }

    public static IReadOnlyList<SelectListItem> ScoreItems(Text t) =>
        [.. Enumerable.Range(BlockScore.Min, BlockScore.Max - BlockScore.Min + 1).Select(v => new SelectListItem(t[$"HealthCheck.Score.{v}"], v.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>A tampered form may post fewer or more entries than there are blocks: pad or cut to nine.</summary>
    private void Normalise()
    {
        while (Blocks.Count < BlockScore.Blocks.Count)
        {
            Blocks.Add(new());
        }
        if (Blocks.Count > BlockScore.Blocks.Count)
        {
            Blocks.RemoveRange(BlockScore.Blocks.Count, Blocks.Count - BlockScore.Blocks.Count);
        }
    }
}
