namespace Circulair.Strategy;

/// <summary>The five SMART criteria the guide asks goals to meet (ch. 5, phase 2, step 2).</summary>
public enum SmartElement
{
    Specifiek = 1,
    Meetbaar = 2,
    Acceptabel = 3,
    Realistisch = 4,
    Tijdgebonden = 5,
}

/// <summary>One thing a goal still lacks; each belongs to one <see cref="SmartElement"/>.</summary>
public enum SmartGap
{
    NoStatement = 1,
    NoIndicator = 2,
    NoTarget = 3,
    NoUnit = 4,
    NoBaseline = 5,
    NoOwner = 6,
    NoRealismNote = 7,
    NoDeadline = 8,
}

/// <summary>One criterion of the checklist: met when none of its gaps remain.</summary>
public sealed record SmartCheck(SmartElement Element, IReadOnlyList<SmartGap> Requirements, IReadOnlyList<SmartGap> Gaps)
{
    public bool IsMet => Gaps.Count == 0;
}

/// <summary>
/// The SMART assistant's checklist: which elements a goal has and which it lacks ("no number, no date, no
/// owner"). It advises and never blocks a save. Our reading of the criteria, written down so that the form's live
/// checklist (smart-checklist.js) and the server agree:
/// Specifiek — a statement and the indicator it changes; Meetbaar — a target figure with its unit, and a baseline
/// to measure from; Acceptabel — someone who accepts ownership; Realistisch — a note on why it is achievable;
/// Tijdgebonden — a deadline.
/// </summary>
public static class SmartChecklist
{
    public static readonly IReadOnlyDictionary<SmartElement, IReadOnlyList<SmartGap>> Requirements = new Dictionary<SmartElement, IReadOnlyList<SmartGap>>
    {
        [SmartElement.Specifiek] = [SmartGap.NoStatement, SmartGap.NoIndicator],
        [SmartElement.Meetbaar] = [SmartGap.NoTarget, SmartGap.NoUnit, SmartGap.NoBaseline],
        [SmartElement.Acceptabel] = [SmartGap.NoOwner],
        [SmartElement.Realistisch] = [SmartGap.NoRealismNote],
        [SmartElement.Tijdgebonden] = [SmartGap.NoDeadline],
    };

    public static IReadOnlyList<SmartCheck> For(GoalDetails goal)
    {
        var gaps = Gaps(goal);
        return [.. Enum.GetValues<SmartElement>().Select(e => new SmartCheck(e, Requirements[e], [.. Requirements[e].Where(gaps.Contains)]))];
    }

    /// <summary>Every gap of the goal, in checklist order.</summary>
    public static IReadOnlyList<SmartGap> Gaps(GoalDetails goal)
    {
        var gaps = new List<SmartGap>();
        if (string.IsNullOrWhiteSpace(goal.Statement))
        {
            gaps.Add(SmartGap.NoStatement);
        }
        if (string.IsNullOrWhiteSpace(goal.Indicator))
        {
            gaps.Add(SmartGap.NoIndicator);
        }
        if (goal.TargetValue is null)
        {
            gaps.Add(SmartGap.NoTarget);
        }
        if (string.IsNullOrWhiteSpace(goal.Unit))
        {
            gaps.Add(SmartGap.NoUnit);
        }
        if (goal.BaselineValue is null)
        {
            gaps.Add(SmartGap.NoBaseline);
        }
        if (string.IsNullOrWhiteSpace(goal.Owner))
        {
            gaps.Add(SmartGap.NoOwner);
        }
        if (string.IsNullOrWhiteSpace(goal.RealismNote))
        {
            gaps.Add(SmartGap.NoRealismNote);
        }
        if (goal.Deadline is null)
        {
            gaps.Add(SmartGap.NoDeadline);
        }
        return gaps;
    }

    /// <summary>How many of the five criteria are met, for lists and the dashboard.</summary>
    public static int MetCount(GoalDetails goal) => For(goal).Count(c => c.IsMet);
}
