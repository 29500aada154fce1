using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;

namespace Circulair.Monitoring.Import;

/// <summary>The layout of the measurement sheet: headers in Dutch or English (case and accents do not matter).</summary>
public static class MeasurementSheet
{
    public const string SheetName = "Metingen";
    public const int MaxRows = 5000;

    public static readonly MeasurementColumn[] RequiredColumns = [MeasurementColumn.Indicator, MeasurementColumn.Year, MeasurementColumn.Value];

    /// <summary>The Dutch headers an export writes, in order.</summary>
    public static readonly (MeasurementColumn Column, string Header)[] Headers =
    [
        (MeasurementColumn.Indicator, "Indicator"), (MeasurementColumn.Year, "Jaar"), (MeasurementColumn.Value, "Waarde"),
        (MeasurementColumn.Unit, "Eenheid"), (MeasurementColumn.Source, "Bron"), (MeasurementColumn.Note, "Opmerking"),
    ];

    private static readonly Dictionary<string, MeasurementColumn> ByHeader = new(StringComparer.Ordinal)
    {
        ["indicator"] = MeasurementColumn.Indicator, ["code"] = MeasurementColumn.Indicator,
        ["jaar"] = MeasurementColumn.Year, ["year"] = MeasurementColumn.Year,
        ["waarde"] = MeasurementColumn.Value, ["value"] = MeasurementColumn.Value, ["meting"] = MeasurementColumn.Value,
        ["eenheid"] = MeasurementColumn.Unit, ["unit"] = MeasurementColumn.Unit,
        ["bron"] = MeasurementColumn.Source, ["source"] = MeasurementColumn.Source,
        ["opmerking"] = MeasurementColumn.Note, ["note"] = MeasurementColumn.Note,
    };

    public static MeasurementColumn? Column(string header) =>
        ByHeader.TryGetValue(StakeholderText.NameKey(header), out var c) ? c : null;
}
