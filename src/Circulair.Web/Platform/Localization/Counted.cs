using System.Globalization;

namespace Circulair.Web.Platform.Localization;

/// <summary>
/// A number with its noun in the right form: "1 workshop", "0 workshops", "3 workshops". A counted string has two
/// keys, <c>Key.One</c> (used for exactly 1) and <c>Key.Other</c> (every other number, 0 included), both in Dutch and
/// English, with the number as {0} and any further arguments as {1}, {2}…. Write <c>@T.Count(key, n)</c> in
/// a view, or pass <c>Counted.Of(key, n)</c> as an argument of another string (a dashboard summary, say): it
/// formats itself in the language of the moment it is shown.
/// </summary>
public sealed class Counted : IFormattable
{
    private readonly string _key;
    private readonly object[] _arguments;

    private Counted(string key, long number, object[] arguments)
    {
        _key = key;
        Number = number;
        _arguments = arguments;
    }

    public long Number { get; }

    public static Counted Of(string key, long number, params object[] arguments) => new(key, number, arguments);

    /// <summary>The resource key for this number: <c>Key.One</c> for 1, <c>Key.Other</c> otherwise (Dutch and English agree).</summary>
    public static string KeyFor(string key, long number) => key + (number == 1 ? ".One" : ".Other");

    public override string ToString()
    {
        var template = CirculairLocalizer.Find(KeyFor(_key, Number), CultureInfo.CurrentUICulture);
        return template is null ? KeyFor(_key, Number) : string.Format(CultureInfo.CurrentCulture, template, [Number, .. _arguments]);
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
