using System.Globalization;
using Circulair.Scan;

namespace Circulair.Strategy;

/// <summary>
/// Reads a figure typed in a form or a sheet the way people in Flanders write it ("12,5", "1.250", "1 250") and
/// also the plain form ("12.5"). The Belgian reading goes first, so "1.250" is one thousand two hundred and fifty;
/// "12.5" is not a Belgian number (the point groups thousands in threes) and is then read plainly. In an English UI
/// the plain reading goes first. Anything else ("veel", "12 ton") is not a number.
/// </summary>
public static class NumberText
{
    private static readonly NumberFormat[] BelgianFirst = [new(',', "."), new(',', " "), new('.', ",")];
    private static readonly NumberFormat[] PlainFirst = [new('.', ","), new('.', " "), new(',', ".")];

    public static bool TryParse(string? text, CultureInfo culture, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var cleaned = text.Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        foreach (var format in culture.TwoLetterISOLanguageName == "en" ? PlainFirst : BelgianFirst)
        {
            if (format.TryParse(cleaned, out value) == NumberParse.Ok)
            {
                return double.IsFinite(value);
            }
        }
        return false;
    }

    /// <summary>A figure as a form shows it again: no needless decimals, the culture's separator, no grouping.</summary>
    public static string Show(double? value, CultureInfo culture) =>
        value is { } v ? v.ToString("0.############", culture) : "";
}
