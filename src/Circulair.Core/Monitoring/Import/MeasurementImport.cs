using System.Globalization;
using Circulair.Imports;
using Circulair.Scan;
using ImportProblem = Circulair.Stakeholders.Import.ImportProblem;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;

namespace Circulair.Monitoring.Import;

/// <summary>An indicator the sheet may name, by its standard code or its name.</summary>
public sealed record KnownIndicator(int Id, string? StandardCode, string Name, string Unit);

/// <summary>A measurement already recorded, as the check compares against it.</summary>
public sealed record ExistingMeasurement(int IndicatorId, int Year, double Value, string? Source, string? Note);

/// <summary>What the measurement import compares a sheet against, loaded once per check.</summary>
public sealed record MeasurementImportContext(IReadOnlyList<KnownIndicator> Indicators, IReadOnlyList<ExistingMeasurement> Existing, int CurrentYear);

/// <summary>One row after the check: its problems, or the measurement it adds or corrects.</summary>
public sealed record PlannedMeasurement(
    int Number,
    string? IndicatorText,
    KnownIndicator? Indicator,
    int Year,
    double Value,
    string? Source,
    string? Note,
    ImportAction? Action,
    IReadOnlyList<ImportProblem> Problems) : ICheckedRow
{
    public bool IsValid => Problems.Count == 0;

    int ICheckedRow.RowNumber => Number;
}

/// <summary>The outcome of checking a measurement sheet. Nothing may be written unless it <see cref="CheckedPlan.CanApply"/>.</summary>
public sealed class MeasurementImportPlan(IReadOnlyList<ImportProblem> fileProblems, IReadOnlyList<PlannedMeasurement> rows, IReadOnlyList<string> ignoredHeaders) : ICheckedPlan
{
    public IReadOnlyList<ImportProblem> FileProblems { get; } = fileProblems;
    public IReadOnlyList<PlannedMeasurement> Rows { get; } = rows;
    public IReadOnlyList<string> IgnoredHeaders { get; } = ignoredHeaders;

    public int Count(ImportAction action) => Rows.Count(r => r.IsValid && r.Action == action);

    int ICheckedPlan.FileProblemCount => FileProblems.Count;
    IReadOnlyList<ICheckedRow> ICheckedPlan.CheckedRows => Rows;
}

/// <summary>
/// Checks a sheet of measurements (CSV or XLSX: indicator, year, value, and optionally unit, source and note) against
/// the organisation's indicators, without writing anything. Every row is checked and every problem named with its
/// column: an indicator that is not known (by standard code or name), a year that is not a whole number or lies in the
/// future, text in a value, a unit that differs from the indicator's, the same indicator and year twice in the file.
/// A year already measured is corrected; the same value, source and note leaves it unchanged.
/// </summary>
public sealed class MeasurementImport : ICheckedImport<MeasurementImportContext, MeasurementImportPlan>
{
    public static readonly MeasurementImport Instance = new();
    private const string P = "Monitoring.Import.Problem.";

    public MeasurementImportPlan Check(SheetContent sheet, MeasurementImportContext context)
    {
        var fileProblems = new List<ImportProblem>();
        var ignored = new List<string>();
        var map = new Dictionary<MeasurementColumn, int>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = StakeholderText.Clean(sheet.Headers[i]);
            if (header is null)
            {
                continue;
            }
            if (MeasurementSheet.Column(header) is not { } column)
            {
                ignored.Add(header);
            }
            else if (!map.TryAdd(column, i))
            {
                fileProblems.Add(new ImportProblem(P + "DuplicateColumn", header));
            }
        }
        var missing = MeasurementSheet.RequiredColumns.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            fileProblems.Add(new ImportProblem(P + "MissingColumns", [.. missing.Cast<object>()]));
        }
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count > MeasurementSheet.MaxRows)
        {
            fileProblems.Add(new ImportProblem(P + "TooManyRows", rows.Count, MeasurementSheet.MaxRows));
        }
        else if (rows.Count == 0 && missing.Count == 0)
        {
            fileProblems.Add(new ImportProblem(P + "NoRows"));
        }
        if (fileProblems.Count > 0)
        {
            return new MeasurementImportPlan(fileProblems, [], ignored);
        }

        var byCode = context.Indicators.Where(i => i.StandardCode is not null)
            .ToDictionary(i => StakeholderText.NameKey(i.StandardCode!), StringComparer.Ordinal);
        var byName = context.Indicators.GroupBy(i => StakeholderText.NameKey(i.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var existing = context.Existing.ToDictionary(e => (e.IndicatorId, e.Year));
        var firstRow = new Dictionary<(int, int), int>();
        var planned = new List<PlannedMeasurement>();
        foreach (var row in rows)
        {
            string? Cell(MeasurementColumn c) => map.TryGetValue(c, out var i) && i < row.Cells.Count ? StakeholderText.Clean(row.Cells[i]) : null;
            var problems = new List<ImportProblem>();

            var indicatorText = Cell(MeasurementColumn.Indicator);
            KnownIndicator? indicator = null;
            if (indicatorText is null)
            {
                problems.Add(new ImportProblem(P + "IndicatorMissing"));
            }
            else
            {
                var key = StakeholderText.NameKey(indicatorText);
                if (byCode.TryGetValue(key, out var coded))
                {
                    indicator = coded;
                }
                else if (byName.TryGetValue(key, out var named))
                {
                    if (named.Count == 1)
                    {
                        indicator = named[0];
                    }
                    else
                    {
                        problems.Add(new ImportProblem(P + "IndicatorAmbiguous", indicatorText));
                    }
                }
                else
                {
                    problems.Add(new ImportProblem(P + "UnknownIndicator", indicatorText));
                }
            }

            var year = 0;
            var yearText = Cell(MeasurementColumn.Year);
            if (yearText is null)
            {
                problems.Add(new ImportProblem(P + "YearMissing"));
            }
            else if (!int.TryParse(yearText.EndsWith(".0", StringComparison.Ordinal) ? yearText[..^2] : yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year))
            {
                problems.Add(new ImportProblem(P + "YearNotNumber", yearText));
            }
            else if (year < IndicatorRules.FirstYear || year > context.CurrentYear)
            {
                problems.Add(new ImportProblem(P + "YearOutOfRange", year, IndicatorRules.FirstYear, context.CurrentYear));
            }

            double value = 0;
            var valueText = Cell(MeasurementColumn.Value);
            if (valueText is null)
            {
                problems.Add(new ImportProblem(P + "ValueMissing"));
            }
            else if (!TryParseValue(valueText, out value))
            {
                problems.Add(new ImportProblem(P + "ValueNotNumber", valueText));
            }

            if (indicator is not null && Cell(MeasurementColumn.Unit) is { } unit && UnitKey(unit) != UnitKey(indicator.Unit))
            {
                problems.Add(new ImportProblem(P + "UnitMismatch", unit, indicator.Unit, indicator.Name));
            }

            var source = Cell(MeasurementColumn.Source);
            var note = Cell(MeasurementColumn.Note);
            if (source is { Length: > Measurement.SourceMaxLength })
            {
                problems.Add(new ImportProblem(P + "SourceTooLong", Measurement.SourceMaxLength));
            }
            if (note is { Length: > Measurement.NoteMaxLength })
            {
                problems.Add(new ImportProblem(P + "NoteTooLong", Measurement.NoteMaxLength));
            }

            ImportAction? action = null;
            if (indicator is not null && year != 0)
            {
                if (!firstRow.TryAdd((indicator.Id, year), row.Number))
                {
                    problems.Add(new ImportProblem(P + "DuplicateYear", indicator.Name, year, firstRow[(indicator.Id, year)]));
                }
                else if (existing.TryGetValue((indicator.Id, year), out var before))
                {
                    action = before.Value == value && before.Source == source && before.Note == note ? ImportAction.Unchanged : ImportAction.Update;
                }
                else
                {
                    action = ImportAction.Add;
                }
            }
            planned.Add(new PlannedMeasurement(row.Number, indicatorText, indicator, year, value, source, note, problems.Count == 0 ? action : null, problems));
        }
        return new MeasurementImportPlan([], planned, ignored);
    }

    /// <summary>
    /// A value as a spreadsheet or a Belgian CSV writes it: "12.5" or "12,5", thousands with "." only next to a decimal
    /// comma ("1.234,5"). Text, units in the cell ("12 kg") and "no data" marks are refused: a value must be a number.
    /// </summary>
    public static bool TryParseValue(string text, out double value)
    {
        var format = text.Contains(',', StringComparison.Ordinal) ? new NumberFormat(',', ".") : NumberFormat.Plain;
        return format.TryParse(text, out value) == NumberParse.Ok && double.IsFinite(value);
    }

    /// <summary>Units compared without case, spaces or dots ("kg/inw/jaar" = "KG / inw / jaar").</summary>
    public static string UnitKey(string unit) =>
        new([.. unit.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c != '.')]);
}
