using System.Globalization;

namespace Circulair.Scan;

public enum NumberParse
{
    Ok,

    /// <summary>An empty cell or a "no data" mark (-, ., x, n.b., geheim…): no figure, not an error.</summary>
    Missing,

    Invalid,
}

/// <summary>
/// How numbers are written in a file: the decimal separator (',' in Belgian exports, '.' elsewhere) and the
/// thousands separator ("" none, ".", ",", " ", a non-breaking or narrow space, or "'").
/// </summary>
public sealed record NumberFormat(char Decimal, string Thousands)
{
    public static readonly NumberFormat Belgian = new(',', "");
    public static readonly NumberFormat Plain = new('.', "");

    private static readonly HashSet<string> MissingMarks = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "–", "—", ".", "..", "x", "n.b.", "nb", "n.b", "n/a", "na", "geheim", "conf", "conf.", "?", "/", "*",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MissingMarkLookup = MissingMarks.GetAlternateLookup<ReadOnlySpan<char>>();

    public char? ThousandsChar => Thousands.Length > 0 ? Thousands[0] : null;

    /// <summary>
    /// Reads a number strictly: the thousands separator only between groups of three digits, the decimal
    /// separator once, an optional leading minus (also U+2212). Anything else is <see cref="NumberParse.Invalid"/>,
    /// so "12 banen" or "1.2.3" never turn into a wrong figure.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public NumberParse TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return NumberParse.Missing;
        }
        // No mark starts with a digit: most cells skip the lookup, and it is done on the span (no string made).
        if (text.Length <= 7 && !char.IsAsciiDigit(text[0]) && MissingMarkLookup.Contains(text))
        {
            return NumberParse.Missing;
        }
        if (text.Length > 60)
        {
            return NumberParse.Invalid;
        }
        Span<char> buffer = stackalloc char[text.Length + 1];
        var n = 0;
        var i = 0;
        if (text[0] is '-' or '\u2212')
        {
            buffer[n++] = '-';
            i = 1;
        }
        else if (text[0] == '+')
        {
            i = 1;
        }
        var thousands = ThousandsChar;
        var spaceGroups = thousands is ' ' or '\u00A0' or '\u202F';
        var digitsInGroup = 0;
        var groups = 0;
        var firstGroupDigits = -1;
        var seenDecimal = false;
        var digits = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
                digitsInGroup++;
                digits++;
                continue;
            }
            if (!seenDecimal && c == Decimal)
            {
                if (groups > 0 && digitsInGroup != 3)
                {
                    return NumberParse.Invalid;
                }
                if (digits == 0)
                {
                    buffer[n++] = '0';
                }
                buffer[n++] = '.';
                seenDecimal = true;
                digitsInGroup = 0;
                continue;
            }
            var isThousands = thousands is { } t && (c == t || spaceGroups && c is ' ' or '\u00A0' or '\u202F');
            if (isThousands && !seenDecimal)
            {
                if (groups == 0)
                {
                    if (digitsInGroup is < 1 or > 3)
                    {
                        return NumberParse.Invalid;
                    }
                    firstGroupDigits = digitsInGroup;
                }
                else if (digitsInGroup != 3)
                {
                    return NumberParse.Invalid;
                }
                groups++;
                digitsInGroup = 0;
                continue;
            }
            return NumberParse.Invalid;
        }
        if (digits == 0 || (groups > 0 && !seenDecimal && digitsInGroup != 3) || (seenDecimal && digitsInGroup == 0 && digits == 0))
        {
            return NumberParse.Invalid;
        }
        _ = firstGroupDigits;
        return double.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)
            ? NumberParse.Ok
            : NumberParse.Invalid;
    }

    public NumberParse TryParse(string? text, out double value) => TryParse((text ?? "").AsSpan(), out value);
}
