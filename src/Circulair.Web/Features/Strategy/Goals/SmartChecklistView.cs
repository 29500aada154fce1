using Circulair.Strategy;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>
/// Model of the _SmartChecklist partial. <see cref="Live"/>: the checklist follows the form as it is typed in
/// (smart-checklist.js); each gap names the field that closes it and whether that field must hold a number. Gaps about
/// content (an unknown owner, a deadline that has passed…) are the server's: the script leaves them as rendered while
/// their field is filled, and every gap carries an explanation with an example.
/// </summary>
public sealed record SmartChecklistView(IReadOnlyList<SmartCheck> Checks, bool Live)
{
    public static readonly IReadOnlyDictionary<SmartGap, (string Field, bool Number)> Fields = new Dictionary<SmartGap, (string, bool)>
    {
        [SmartGap.NoStatement] = ("Input_Statement", false),
        [SmartGap.NoIndicator] = ("Input_Indicator", false),
        [SmartGap.NoTarget] = ("Input_TargetValue", true),
        [SmartGap.NoUnit] = ("Input_Unit", false),
        [SmartGap.NoBaseline] = ("Input_BaselineValue", true),
        [SmartGap.NoOwner] = ("Input_Owner", false),
        [SmartGap.NoRealismNote] = ("Input_RealismNote", false),
        [SmartGap.NoDeadline] = ("Input_Deadline", false),
        [SmartGap.VagueStatement] = ("Input_Statement", false),
        [SmartGap.VagueIndicator] = ("Input_Indicator", false),
        [SmartGap.TargetIsBaseline] = ("Input_TargetValue", true),
        [SmartGap.UnitNotMeasurable] = ("Input_Unit", false),
        [SmartGap.NoBaselineYear] = ("Input_BaselineYear", false),
        [SmartGap.OwnerUnknown] = ("Input_Owner", false),
        [SmartGap.VagueRealismNote] = ("Input_RealismNote", false),
        [SmartGap.DeadlineNotAfterBaseline] = ("Input_Deadline", false),
        [SmartGap.DeadlinePassed] = ("Input_Deadline", false),
    };
}
