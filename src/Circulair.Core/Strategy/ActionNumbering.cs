using System.Globalization;
using System.Text.RegularExpressions;

namespace Circulair.Strategy;

/// <summary>
/// Action numbers: generated as A01, A02… (the next after the highest A-number in the strategy), editable by the
/// team into any short code of letters, digits and . - _ / (e.g. "BO-1.2"), and unique within the strategy without
/// regard to case or surrounding space. Numbers sort naturally (A2 before A10).
/// </summary>
public static partial class ActionNumbering
{
    public const int MaxLength = 20;
    public const string Prefix = "A";

    public static string? Clean(string? number) => string.IsNullOrWhiteSpace(number) ? null : number.Trim();

    public static bool IsWellFormed(string number) => WellFormed().IsMatch(number);

    /// <summary>The number as compared for uniqueness.</summary>
    public static string Key(string number) => number.Trim().ToUpperInvariant();

    /// <summary>The next free generated number: one above the highest "A…" number in use, at least two digits.</summary>
    public static string Next(IEnumerable<string> existing)
    {
        var keys = existing.Select(Key).ToHashSet(StringComparer.Ordinal);
        var highest = keys
            .Select(k => Generated().Match(k))
            .Where(m => m.Success && m.Groups[1].Value.Length <= 9)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        var next = highest + 1;
        string candidate;
        do
        {
            candidate = Prefix + next.ToString("00", CultureInfo.InvariantCulture);
            next++;
        }
        while (keys.Contains(Key(candidate)));
        return candidate;
    }

    /// <summary>Natural order: text parts by ordinal ignoring case, digit runs by value ("A2" &lt; "A10").</summary>
    public static int Compare(string? a, string? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }
        if (a is null)
        {
            return -1;
        }
        if (b is null)
        {
            return 1;
        }
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var si = i;
                var sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }
                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }
                var na = a[si..i].TrimStart('0');
                var nb = b[sj..j].TrimStart('0');
                var c = na.Length != nb.Length ? na.Length.CompareTo(nb.Length) : string.CompareOrdinal(na, nb);
                if (c != 0)
                {
                    return c;
                }
                continue;
            }
            var x = char.ToUpperInvariant(a[i]).CompareTo(char.ToUpperInvariant(b[j]));
            if (x != 0)
            {
                return x;
            }
            i++;
            j++;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    public static readonly IComparer<string?> Natural = Comparer<string?>.Create(Compare);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.\-_/]{0,19}$")]
    private static partial Regex WellFormed();

    [GeneratedRegex(@"^A(\d+)$")]
    private static partial Regex Generated();
}
