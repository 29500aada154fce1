using Circulair.Imports;
using Circulair.Monitoring.Import;
using Circulair.Stakeholders.Import;

namespace Circulair.Core.Tests.Monitoring;

public sealed class MeasurementImportTests
{
    private static readonly MeasurementImportContext Context = new(
        [new KnownIndicator(1, "RESTAFVAL", "Huishoudelijk restafval per inwoner", "kg/inw/jaar"), new KnownIndicator(2, null, "Partnerschappen", "aantal")],
        [new ExistingMeasurement(1, 2022, 141.5, "OVAM", null)],
        2026);

    private static MeasurementImportPlan Check(params string?[][] rows) =>
        MeasurementImport.Instance.Check(new SheetContent(rows[0], [.. rows.Skip(1).Select((r, i) => new SheetRow(i + 2, r))]), Context);

    [Fact]
    public void Adds_new_years_updates_a_measured_year_and_leaves_an_identical_one()
    {
        var plan = Check(
            ["Indicator", "Jaar", "Waarde", "Eenheid", "Bron"],
            ["restafval", "2023", "138,2", "kg / inw / jaar", "OVAM"],
            ["Huishoudelijk restafval per inwoner", "2022", "141.5", null, "OVAM"],
            ["Partnerschappen", "2024", "1.234,5", null, null],
            ["partnerschappen", "2021", "7", "", null]);

        Assert.True(plan.CanApply());
        Assert.Equal([ImportAction.Add, ImportAction.Unchanged, ImportAction.Add, ImportAction.Add], plan.Rows.Select(r => r.Action));
        Assert.Equal([138.2, 141.5, 1234.5, 7], plan.Rows.Select(r => r.Value));
        Assert.Equal([1, 1, 2, 2], plan.Rows.Select(r => r.Indicator!.Id));
    }

    [Fact]
    public void Names_every_bad_row_and_its_field_and_cannot_be_applied()
    {
        var plan = Check(
            ["Indicator", "Jaar", "Waarde", "Eenheid"],
            ["Onbekend", "2023", "5", null],
            ["RESTAFVAL", "2023", "veel", null],
            ["RESTAFVAL", "2023", "130", null],
            ["RESTAFVAL", "2024", "130", "ton"],
            ["Partnerschappen", "twintig", "3", null],
            ["Partnerschappen", "2030", "3", null],
            ["RESTAFVAL", "2025", "12 kg", null]);

        Assert.False(plan.CanApply());
        Assert.Equal(
            ["UnknownIndicator", "ValueNotNumber", "DuplicateYear", "UnitMismatch", "YearNotNumber", "YearOutOfRange", "ValueNotNumber"],
            plan.Rows.Select(r => Assert.Single(r.Problems).Key.Split('.')[^1]));
        Assert.Equal([3, 4, 5, 6, 7, 8], plan.Rows.Where(r => r.Problems.Count > 0).Skip(1).Select(r => r.Number));
        Assert.Equal(["Huishoudelijk restafval per inwoner", 2023, 3], plan.Rows[2].Problems[0].Arguments);
    }

    [Fact]
    public void A_file_without_the_required_columns_is_refused_as_a_whole()
    {
        var plan = Check(["Indicator", "Waarde", "Iets anders"], ["RESTAFVAL", "5", "x"]);

        Assert.False(plan.CanApply());
        var problem = Assert.Single(plan.FileProblems);
        Assert.Equal("Monitoring.Import.Problem.MissingColumns", problem.Key);
        Assert.Equal([MeasurementColumn.Year], problem.Arguments);
        Assert.Equal(["Iets anders"], plan.IgnoredHeaders);
    }
}
