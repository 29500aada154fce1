using System.Globalization;

namespace Circulair.Reference;

/// <summary>A label shipped in reference data in Dutch (the neutral language) and English.</summary>
public sealed record LocalText(string Nl, string En)
{
    public string For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : Nl;

    /// <summary>The label in the current UI language.</summary>
    public override string ToString() => For(CultureInfo.CurrentUICulture);
}
