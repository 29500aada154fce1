namespace Circulair.Workshops;

/// <summary>What is wrong with a dot allocation; <see cref="DotProblemKind.None"/> when it may be stored.</summary>
public enum DotProblemKind
{
    None,
    OverBudget,
    OverItemMaximum,
    Negative,
    UnknownItem,
}

public readonly record struct DotProblem(DotProblemKind Kind, int Given = 0, int Allowed = 0, int ItemId = 0)
{
    public bool IsNone => Kind == DotProblemKind.None;
}

/// <summary>Dot voting: each participant spreads at most N dots over the items, at most M on one item.</summary>
public static class DotBudget
{
    public static DotProblem Check(IReadOnlyDictionary<int, int> allocation, int dots, int maxPerItem, IReadOnlyCollection<int> itemIds)
    {
        foreach (var (itemId, count) in allocation)
        {
            if (!itemIds.Contains(itemId))
            {
                return new DotProblem(DotProblemKind.UnknownItem, ItemId: itemId);
            }
            if (count < 0)
            {
                return new DotProblem(DotProblemKind.Negative, count, 0, itemId);
            }
            if (count > maxPerItem)
            {
                return new DotProblem(DotProblemKind.OverItemMaximum, count, maxPerItem, itemId);
            }
        }
        var total = allocation.Values.Sum();
        return total > dots ? new DotProblem(DotProblemKind.OverBudget, total, dots) : default;
    }

    public static int Remaining(IReadOnlyDictionary<int, int> allocation, int dots) => dots - allocation.Values.Where(v => v > 0).Sum();
}

/// <summary>
/// Who holds which brainwriting sheet and who sits at which world-café table. Participants are numbered in
/// the order they joined (index 0, 1, 2…). Pure functions, so the phones, the projector and the tests agree.
/// </summary>
public static class Rotation
{
    /// <summary>
    /// 6-3-5 style: in round 1 participant i writes on sheet i; each round every sheet moves on to the next
    /// person, so in round r participant i holds sheet (i + r − 1) mod S. With S sheets nobody gets their own
    /// sheet back before round S + 1. Late joiners (i ≥ S) share a sheet with someone who was there.
    /// </summary>
    public static int SheetFor(int participantIndex, int round, int sheetCount)
    {
        if (sheetCount < 1 || round < 1 || participantIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sheetCount));
        }
        return (participantIndex + round - 1) % sheetCount;
    }

    /// <summary>
    /// World café: in round 1 participant i sits at table i mod T. Each round a participant of "group" g = i div T
    /// moves g + 1 tables on, so people who shared a table in one round are spread in the next (unless the groups
    /// outnumber the tables), while each table keeps about the same number of guests.
    /// </summary>
    public static int TableFor(int participantIndex, int round, int tableCount)
    {
        if (tableCount < 1 || round < 1 || participantIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tableCount));
        }
        var group = participantIndex / tableCount;
        var start = participantIndex % tableCount;
        return (int)((start + (long)(round - 1) * (group + 1)) % tableCount);
    }
}

/// <summary>
/// A participant's "Hoe kunnen we …" question as stored. The form shows the opening words, so most people type only
/// the rest ("meer herstellen"), which gets the opening put back. Not everything reads well after it, though: a
/// question of its own ("Wat doen we met …?") or a noun ("herstelbonus") would become "Hoe kunnen we herstelbonus?".
/// So the opening is added only when the text ends in a verb as an infinitive (Dutch infinitives end in -en, or are
/// one of a few short ones such as gaan, doen, zien); anything else is kept as typed, with a capital.
/// </summary>
public static class HowMightWe
{
    public const string Opening = "Hoe kunnen we";

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hoe", "wat", "waarom", "wie", "welk", "welke", "wanneer", "waar", "waarmee", "waardoor", "waarvoor", "hoeveel",
        "kunnen", "kan", "moeten", "moet", "mogen", "mag", "willen", "wil", "zullen", "zal", "zou", "zouden", "is", "zijn",
    };

    private static readonly HashSet<string> ShortInfinitives = new(StringComparer.OrdinalIgnoreCase) { "gaan", "doen", "zien", "staan", "slaan", "zijn" };

    /// <summary>The question to store, or null when nothing but the opening (or nothing at all) was typed.</summary>
    public static string? Question(string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var asked = text.EndsWith('?');
        text = text.TrimEnd('?', ' ', '.', '!');
        if (text.StartsWith(Opening, StringComparison.OrdinalIgnoreCase))
        {
            text = text[Opening.Length..].Trim(' ', '.', ',', '…');
            return text.Length == 0 ? null : $"{Opening} {text}?";
        }
        if (text.Length == 0)
        {
            return null;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (QuestionWords.Contains(words[0]))
        {
            return Capitalised(text) + "?";
        }
        var last = words[^1].TrimEnd(',', ';', ':');
        if (last.EndsWith("en", StringComparison.OrdinalIgnoreCase) || ShortInfinitives.Contains(last))
        {
            return $"{Opening} {text}?";
        }
        return Capitalised(text) + (asked ? "?" : "");
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
