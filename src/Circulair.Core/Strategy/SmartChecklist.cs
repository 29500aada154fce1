using Circulair.Reference;

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

    /// <summary>The statement is there but too short to say what changes (fewer than three words).</summary>
    VagueStatement = 9,

    /// <summary>The indicator names nothing that can be followed (no word of three letters).</summary>
    VagueIndicator = 10,

    /// <summary>The target equals the baseline: reaching it changes nothing.</summary>
    TargetIsBaseline = 11,

    /// <summary>The unit is not one we recognise as something measured or counted.</summary>
    UnitNotMeasurable = 12,

    /// <summary>A baseline figure without the year it was measured in.</summary>
    NoBaselineYear = 13,

    /// <summary>The owner is neither a member of the organisation nor a stakeholder or department in its register.</summary>
    OwnerUnknown = 14,

    /// <summary>The realism note is too short to explain anything (fewer than three words).</summary>
    VagueRealismNote = 15,

    /// <summary>The deadline falls in or before the baseline year.</summary>
    DeadlineNotAfterBaseline = 16,

    /// <summary>The deadline has passed.</summary>
    DeadlinePassed = 17,
}

/// <summary>One criterion of the checklist: met when none of its gaps remain.</summary>
public sealed record SmartCheck(SmartElement Element, IReadOnlyList<SmartGap> Requirements, IReadOnlyList<SmartGap> Gaps)
{
    public bool IsMet => Gaps.Count == 0;
}

/// <summary>
/// What the checklist needs to know beyond the goal: today's date in the organisation's clock (a deadline must lie
/// ahead) and the names an owner may be: the organisation's members, and the stakeholders and departments of its
/// register (<see cref="SmartOwners"/>).
/// </summary>
public sealed record SmartContext(DateOnly Today, SmartOwners Owners)
{
    public SmartContext(DateOnly today, IEnumerable<string> knownOwners)
        : this(today, new SmartOwners(knownOwners))
    {
    }

    /// <inheritdoc cref="SmartOwners.Knows"/>
    public bool Knows(string owner) => Owners.Knows(owner);
}

/// <summary>
/// The names a goal's owner may be, normalised once (<see cref="SmartChecklist.Key"/>): a large register holds
/// thousands, so a set can be built once and kept as long as the names do not change (decision 0465).
/// Immutable and safe to share between threads.
/// </summary>
public sealed class SmartOwners
{
    private readonly HashSet<string> _keys;

    public SmartOwners(IEnumerable<string> names)
    {
        _keys = new(names.Select(SmartChecklist.Key).Where(k => k.Length >= 2), StringComparer.Ordinal);
    }

    /// <summary>How many distinct normalised names the set holds.</summary>
    public int Count => _keys.Count;

    /// <summary>Characters held by the normalised names, to size a cache entry.</summary>
    public long Characters => _keys.Sum(k => (long)k.Length);

    /// <summary>
    /// An owner is known when it is one of the known names, or mentions one as whole words ("Dienst Aankoop en
    /// Patrimonium" names the stakeholder "Dienst Aankoop"; "Dienst Milieu (Sam Demo)" names the member "Sam Demo").
    /// Case, accents and hyphens are ignored.
    /// </summary>
    public bool Knows(string owner)
    {
        var key = SmartChecklist.Key(owner);
        if (_keys.Contains(key))
        {
            return true;
        }
        // A known name of three characters or more mentioned as whole words is a run of the owner's words: look each run
        // up (a handful for an owner's few words) instead of searching the owner for every known name (thousands in a
        // large register, for every goal the dashboard checks).
        var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = key.AsSpan();
        for (var start = 0; start < text.Length; start = NextWord(text, start))
        {
            for (var end = start; end < text.Length; end = NextWord(text, end))
            {
                var stop = text[end..].IndexOf(' ') is var space and >= 0 ? end + space : text.Length;
                var run = text[start..stop];
                if (run.Length >= 3 && lookup.Contains(run))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Where the word after the one at <paramref name="index"/> starts, or the text's length (words are single-spaced).</summary>
    private static int NextWord(ReadOnlySpan<char> text, int index) =>
        text[index..].IndexOf(' ') is var space and >= 0 ? index + space + 1 : text.Length;
}

/// <summary>
/// The SMART assistant's checklist: which elements a goal has and which it lacks ("no number, no date, no
/// owner"), and whether what is filled in makes sense. It advises and never blocks a save. Our reading of the criteria:
/// Specifiek — a statement of at least three words and an indicator that names something (a word of three letters);
/// Meetbaar — a target figure that differs from the baseline, a unit we recognise as measured or counted (a known unit
/// such as kg, ton, %, euro, kWh, m², or a word of four letters or more naming what is counted, such as "woningen"),
/// and a baseline figure with its year;
/// Acceptabel — an owner the organisation knows (<see cref="SmartContext.Knows"/>);
/// Realistisch — a note of at least three words on why it is achievable;
/// Tijdgebonden — a deadline after the baseline year that has not passed.
/// The form's live checklist (smart-checklist.js) follows only whether fields are filled; the content checks are the
/// server's, shown each time the goal is saved or the form is refused.
/// </summary>
public static class SmartChecklist
{
    public static readonly IReadOnlyDictionary<SmartElement, IReadOnlyList<SmartGap>> Requirements = new Dictionary<SmartElement, IReadOnlyList<SmartGap>>
    {
        [SmartElement.Specifiek] = [SmartGap.NoStatement, SmartGap.VagueStatement, SmartGap.NoIndicator, SmartGap.VagueIndicator],
        [SmartElement.Meetbaar] = [SmartGap.NoTarget, SmartGap.TargetIsBaseline, SmartGap.NoUnit, SmartGap.UnitNotMeasurable, SmartGap.NoBaseline, SmartGap.NoBaselineYear],
        [SmartElement.Acceptabel] = [SmartGap.NoOwner, SmartGap.OwnerUnknown],
        [SmartElement.Realistisch] = [SmartGap.NoRealismNote, SmartGap.VagueRealismNote],
        [SmartElement.Tijdgebonden] = [SmartGap.NoDeadline, SmartGap.DeadlineNotAfterBaseline, SmartGap.DeadlinePassed],
    };

    /// <summary>Gaps that only say a field is empty (the live checklist can follow those as the form is typed in).</summary>
    public static bool IsEmptiness(SmartGap gap) => gap <= SmartGap.NoDeadline;

    /// <summary>Units of measurement written as symbols or short words (compared without case and accents).</summary>
    private static readonly HashSet<string> KnownUnits = new(StringComparer.Ordinal)
    {
        "%", "‰", "€", "eur", "euro", "g", "kg", "t", "ton", "tonne", "tonnes", "kt", "mt", "l", "liter", "m", "km", "m2", "m²", "m3", "m³", "ha",
        "kwh", "mwh", "gwh", "twh", "gj", "tj", "kw", "mw", "co2", "co2e", "co2 eq", "fte", "vte", "uur", "uren", "dag", "dagen", "jaar", "km²",
    };

    public static IReadOnlyList<SmartCheck> For(GoalDetails goal, SmartContext context)
    {
        var gaps = Gaps(goal, context);
        return [.. Enum.GetValues<SmartElement>().Select(e => new SmartCheck(e, Requirements[e], [.. Requirements[e].Where(gaps.Contains)]))];
    }

    /// <summary>Every gap of the goal, in checklist order.</summary>
    public static IReadOnlyList<SmartGap> Gaps(GoalDetails goal, SmartContext context)
    {
        var gaps = new List<SmartGap>();
        if (string.IsNullOrWhiteSpace(goal.Statement))
        {
            gaps.Add(SmartGap.NoStatement);
        }
        else if (Words(goal.Statement).Count < 3)
        {
            gaps.Add(SmartGap.VagueStatement);
        }
        if (string.IsNullOrWhiteSpace(goal.Indicator))
        {
            gaps.Add(SmartGap.NoIndicator);
        }
        else if (!Words(goal.Indicator).Any(w => w.Count(char.IsLetter) >= 3))
        {
            gaps.Add(SmartGap.VagueIndicator);
        }
        if (goal.TargetValue is null)
        {
            gaps.Add(SmartGap.NoTarget);
        }
        else if (goal.BaselineValue is { } b && b.Equals(goal.TargetValue.Value))
        {
            gaps.Add(SmartGap.TargetIsBaseline);
        }
        if (string.IsNullOrWhiteSpace(goal.Unit))
        {
            gaps.Add(SmartGap.NoUnit);
        }
        else if (!IsMeasurableUnit(goal.Unit))
        {
            gaps.Add(SmartGap.UnitNotMeasurable);
        }
        if (goal.BaselineValue is null)
        {
            gaps.Add(SmartGap.NoBaseline);
        }
        else if (goal.BaselineYear is null)
        {
            gaps.Add(SmartGap.NoBaselineYear);
        }
        if (string.IsNullOrWhiteSpace(goal.Owner))
        {
            gaps.Add(SmartGap.NoOwner);
        }
        else if (!context.Knows(goal.Owner))
        {
            gaps.Add(SmartGap.OwnerUnknown);
        }
        if (string.IsNullOrWhiteSpace(goal.RealismNote))
        {
            gaps.Add(SmartGap.NoRealismNote);
        }
        else if (Words(goal.RealismNote).Count < 3)
        {
            gaps.Add(SmartGap.VagueRealismNote);
        }
        if (goal.Deadline is not { } deadline)
        {
            gaps.Add(SmartGap.NoDeadline);
        }
        else
        {
            if (goal.BaselineYear is { } year && deadline.Year <= year)
            {
                gaps.Add(SmartGap.DeadlineNotAfterBaseline);
            }
            if (deadline < context.Today)
            {
                gaps.Add(SmartGap.DeadlinePassed);
            }
        }
        return gaps;
    }

    /// <summary>How many of the five criteria are met, for lists and the dashboard.</summary>
    public static int MetCount(GoalDetails goal, SmartContext context) => For(goal, context).Count(c => c.IsMet);

    /// <summary>
    /// A unit is measurable when one of its words is a known unit ("kg per inwoner", "% van het gewicht", "ton CO2")
    /// or names what is counted with a word of four letters or more that has a vowel ("woningen", "aantal bedrijven").
    /// "x", "xx" or "-" are not.
    /// </summary>
    public static bool IsMeasurableUnit(string unit)
    {
        var key = Key(unit);
        if (KnownUnits.Contains(key) || key.Contains('%') || key.Contains('€'))
        {
            return true;
        }
        var words = key.Split([' ', '/', '.', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => KnownUnits.Contains(w) || w.Count(char.IsLetter) >= 4 && w.Any(c => "aeiouy".Contains(c)));
    }

    internal static string Key(string text) =>
        string.Join(' ', MunicipalityRegistry.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The words of a text: runs holding at least one letter or digit ("x", "-", "..." count as one word at most).</summary>
    private static List<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit))];
}
