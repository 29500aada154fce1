namespace Circulair.Workshops;

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
