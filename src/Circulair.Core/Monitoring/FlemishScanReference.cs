using System.Globalization;
using System.Text.RegularExpressions;
using Circulair.Scan;

namespace Circulair.Monitoring;

/// <summary>
/// The Flemish figure the scan compares a dataset with when its file holds no benchmark area (issue 15 item 4), for the
/// kinds of dataset that flanders_reference_values.csv has a comparable figure for:
/// <list type="bullet">
/// <item><b>household waste</b>: residual waste per inhabitant (<see cref="StandardIndicatorSet.ResidualWaste"/>'s
/// reference);</item>
/// <item><b>CO2</b>: the change in CO2 emissions since the base year of the Flemish municipalities that signed the
/// Covenant of Mayors (<see cref="Co2ChangeIndicator"/>), beside the change of the own territory's total over the same
/// years, as the scan feeds CO2-TOTAAL (<see cref="ScanFeedRules.Co2Tonnes"/>).</item>
/// </list>
/// The other reference figures do not compare with a scan dataset: household CO2 is given per household (the scan knows
/// inhabitants, not households), and the material footprint and material use figures are regional only. Employment and
/// added value have no Flemish figure in the file.
/// </summary>
public static partial class FlemishScanReference
{
    public const string Co2ChangeIndicator = "Municipal CO2 (CoM signatories) change";

    /// <summary>The reference figures for a kind of dataset, oldest first; empty when the file has none that compares.</summary>
    public static IReadOnlyList<FlemishReferenceValue> For(DatasetKind kind, StandardIndicatorSet set) => kind switch
    {
        DatasetKind.Huishoudafval => set.ReferencesFor(StandardIndicatorSet.ResidualWaste),
        DatasetKind.Co2Uitstoot => [.. set.References.Where(r => r.Indicator == Co2ChangeIndicator).OrderBy(r => r.Year)],
        _ => [],
    };

    /// <summary>The year a change is measured from, read from its unit ("% vs 2011" → 2011); null for a level.</summary>
    public static int? BaseYear(FlemishReferenceValue reference) =>
        BaseYearPattern().Match(reference.Unit) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The change in % of the territory's CO2 (the sum of its sectors in tonnes, the organisation's own buildings and
    /// fleet left out) from <paramref name="baseYear"/> to <paramref name="year"/>, rounded to one decimal; null when
    /// either year has no total.
    /// </summary>
    public static double? Co2ChangeSince(IEnumerable<ScanFigure> figures, int baseYear, int year)
    {
        var totals = ScanFeedRules.Co2Tonnes(figures.Where(f => f.Year == baseYear || f.Year == year)).ToDictionary(v => v.Year, v => v.Value);
        return year != baseYear && totals.TryGetValue(baseYear, out var from) && totals.TryGetValue(year, out var to) && from > 0
            ? Math.Round(100 * (to - from) / from, 1)
            : null;
    }

    [GeneratedRegex(@"\bvs\s+(\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex BaseYearPattern();
}
