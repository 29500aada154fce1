using System.Text.RegularExpressions;

namespace Circulair.Library.Sharing;

/// <summary>
/// Finds e-mail addresses and phone numbers in text an organisation is about to publish to the shared library, so the
/// publisher sees them before anyone else can (issue 18 item 3). It warns rather than decides: a false alarm costs a
/// second look, a miss leaks a person's contact details to every organisation of the instance. Phone numbers are
/// what a Belgian or international number looks like when written: starting with +, 00 or 0, 9 to 15 digits, with
/// spaces, dots, slashes, hyphens or brackets between groups. Years, amounts and periods ("2024-2030", "150.000")
/// are not numbers that start with 0 or +, so they pass.
/// </summary>
public static partial class PersonalDataDetector
{
    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+|00|0)\d[\d\s./()-]{6,22}\d(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex PhonePattern();

    /// <summary>Every e-mail address and phone number in <paramref name="text"/>, in order of appearance, each once.</summary>
    public static IReadOnlyList<PersonalDataMatch> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var found = new List<(int Index, PersonalDataMatch Match)>();
        var emails = EmailPattern().Matches(text);
        foreach (Match m in emails)
        {
            found.Add((m.Index, new PersonalDataMatch(PersonalDataKind.Email, m.Value)));
        }
        foreach (Match m in PhonePattern().Matches(text))
        {
            var value = m.Value.Trim().TrimEnd('.', '-', '/');
            var digits = value.Count(char.IsAsciiDigit);
            var insideEmail = emails.Any(e => m.Index >= e.Index && m.Index < e.Index + e.Length);
            if (digits is >= 9 and <= 15 && !insideEmail)
            {
                found.Add((m.Index, new PersonalDataMatch(PersonalDataKind.Phone, value)));
            }
        }
        return found.OrderBy(f => f.Index).Select(f => f.Match).Distinct().ToList();
    }

    /// <summary>The matches of several texts together, each once.</summary>
    public static IReadOnlyList<PersonalDataMatch> FindAll(IEnumerable<string?> texts) =>
        texts.SelectMany(Find).Distinct().ToList();
}
