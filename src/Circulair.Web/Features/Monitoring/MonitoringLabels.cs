using System.Globalization;
using Circulair.Monitoring;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The monitoring vocabulary in the reader's language. The labels live in Monitoring.resx (keys
/// "Monitoring.{Type}.{Value}") rather than the shared Enum file, so this feature's strings stay in one place.
/// </summary>
public static class MonitoringLabels
{
    public static string Of<TEnum>(Text t, TEnum value) where TEnum : struct, Enum => t[$"Monitoring.{typeof(TEnum).Name}.{value}"];

    public static List<SelectListItem> Items<TEnum>(Text t, string? firstText) where TEnum : struct, Enum
    {
        var items = new List<SelectListItem>();
        if (firstText is not null)
        {
            items.Add(new SelectListItem(firstText, ""));
        }
        items.AddRange(Enum.GetValues<TEnum>().Select(v => new SelectListItem(Of(t, v), v.ToString())));
        return items;
    }

    /// <summary>A measured value with up to two decimals, in the reader's notation.</summary>
    public static string Figure(double? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "—";

    public static string WithUnit(double? value, string unit) => value is null ? "—" : Figure(value) + " " + unit;

    /// <summary>The CSS modifier of a status tag (colour is never the only signal: the tag carries the word).</summary>
    public static string StatusClass(IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => "cx-tag--brand",
        IndicatorStatus.Behind or IndicatorStatus.OffTrack => "cx-tag--warning",
        _ => "",
    };

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
