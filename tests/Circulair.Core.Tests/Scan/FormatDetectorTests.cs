using System.Text;
using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("NIS;Gemeente;2022;2023\n11001;Aartselaar;1,5;2,5", ';')]
    [InlineData("NIS,Gemeente,2022\n11001,Aartselaar,\"1,5\"", ',')]
    [InlineData("NIS\tGemeente\t2022\n11001\tAartselaar\t1,5", '\t')]
    [InlineData("Tewerkstelling per sector\n\nNIS;Sector;Aantal\n11001;41;1.234,5\n11001;42;17", ';')]
    public void Finds_the_delimiter(string text, char expected)
    {
        Assert.Equal(expected, FormatDetector.DetectDelimiter(text.Split('\n')));
    }

    [Fact]
    public void Finds_no_delimiter_in_a_pipe_separated_file()
    {
        Assert.Null(FormatDetector.DetectDelimiter(["NIS|Jaar|Waarde", "11001|2023|5"]));
    }

    [Fact]
    public void Skips_title_and_note_lines_above_the_header()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            ["Provincies in Cijfers: tewerkstelling", null, null, null],
            [null, null, null, null],
            ["Gebied", "Sector", "2022", "2023"],
            ["Aalst", "41", "1.200", "1.250"],
            ["Aalst", "42", "300", "310"],
        ];

        Assert.Equal(3, FormatDetector.DetectHeaderRow(rows));
    }

    [Theory]
    [InlineData(';', new[] { "1.234,5", "17" }, ',', ".")]
    [InlineData(',', new[] { "1,234.5", "17" }, '.', ",")]
    [InlineData(';', new[] { "12,5", "3" }, ',', "")]
    [InlineData(',', new[] { "12.5", "3" }, '.', "")]
    [InlineData(';', new[] { "1 234,5" }, ',', " ")]
    [InlineData(';', new[] { "1.234", "2.500" }, ',', ".")]
    [InlineData(';', new[] { "1.234.567" }, ',', ".")]
    public void Recognises_decimal_and_thousands_separators(char delimiter, string[] samples, char dec, string thousands)
    {
        var format = FormatDetector.DetectNumberFormat(samples, delimiter);

        Assert.Equal(dec, format.Decimal);
        Assert.Equal(thousands, format.Thousands);
    }

    [Fact]
    public void Chooses_utf8_windows1252_or_refuses_nul_bytes()
    {
        Assert.Equal(FormatDetector.Utf8Bom, FormatDetector.DetectEncoding([0xEF, 0xBB, 0xBF, (byte)'a'], true).Encoding);
        Assert.Equal(FormatDetector.Utf8, FormatDetector.DetectEncoding("Financiële"u8, true).Encoding);
        Assert.Equal(FormatDetector.Windows1252, FormatDetector.DetectEncoding([(byte)'F', 0xEB], false).Encoding);

        var utf16 = Encoding.Unicode.GetBytes("NIS;Jaar\n11001;2023");
        var (encoding, problem) = FormatDetector.DetectEncoding(utf16, false);

        Assert.Null(encoding);
        Assert.NotNull(problem);
        Assert.Equal(1, problem.Row);
        Assert.Equal(1, problem.Column);
    }

    [Fact]
    public void Checks_utf8_across_chunk_boundaries()
    {
        var bytes = Encoding.UTF8.GetBytes("Financiële activiteiten – €");
        for (var split = 1; split < bytes.Length; split++)
        {
            var check = new Utf8Check();
            check.Feed(bytes.AsSpan(0, split));
            check.Feed(bytes.AsSpan(split));
            check.Complete();
            Assert.True(check.IsValid, $"split at {split}");
        }
        var bad = new Utf8Check();
        bad.Feed([(byte)'a', 0xEB, (byte)'b']);
        bad.Complete();
        Assert.False(bad.IsValid);
    }

    [Fact]
    public void Suggests_a_wide_mapping_when_the_header_holds_years()
    {
        IReadOnlyList<string> header = ["NIS-code", "Gemeente", "Sector", "2021", "2022", "2023"];
        IReadOnlyList<IReadOnlyList<string?>> rows = [["41002", "Aalst", "41", "1.200", "1.250", "1.300"], ["41002", "Aalst", "43", "800", "820", "850"]];

        var m = FormatDetector.SuggestMapping(header, rows, CategoryScheme.NaceBel2008, new NumberFormat(',', "."));

        Assert.Equal(ImportLayout.WideYears, m.Layout);
        Assert.Equal(1, m.AreaColumn);
        Assert.Equal(3, m.CategoryColumn);
        Assert.Equal([4, 5, 6], m.ValueColumns);
    }

    [Fact]
    public void Suggests_a_wide_mapping_when_the_only_year_in_the_header_heads_a_column_of_figures()
    {
        IReadOnlyList<string> header = ["NIS-code", "Gemeente", "Sector", "2022"];
        IReadOnlyList<IReadOnlyList<string?>> rows = [["41002", "Aalst", "41", "1.200"], ["41002", "Aalst", "43", "800"], ["44021", "Gent", "41", "2.450"]];

        var m = FormatDetector.SuggestMapping(header, rows, CategoryScheme.NaceBel2008, new NumberFormat(',', "."));

        Assert.Equal(ImportLayout.WideYears, m.Layout);
        Assert.Null(m.YearColumn);
        Assert.Equal(3, m.CategoryColumn);
        Assert.Equal([4], m.ValueColumns);
    }

    [Fact]
    public void Keeps_a_long_mapping_when_a_column_of_years_sits_beside_a_year_in_the_header()
    {
        IReadOnlyList<string> header = ["NIS-code", "Jaar", "Sector", "2022"];
        IReadOnlyList<IReadOnlyList<string?>> rows = [["41002", "2022", "41", "1.200"], ["41002", "2023", "43", "800"]];

        var m = FormatDetector.SuggestMapping(header, rows, CategoryScheme.NaceBel2008, new NumberFormat(',', "."));

        Assert.Equal(ImportLayout.Long, m.Layout);
        Assert.Equal(2, m.YearColumn);
        Assert.Equal(4, m.ValueColumn);
    }

    [Fact]
    public void Preselects_the_value_column_when_a_word_stands_among_its_figures()
    {
        IReadOnlyList<string> header = ["NIS", "Jaar", "Sector", "Banen"];
        IReadOnlyList<IReadOnlyList<string?>> rows = [["41002", "2023", "41", "12"], ["41002", "2023", "43", "twaalf"], ["41002", "2023", "47", "30"]];

        var m = FormatDetector.SuggestMapping(header, rows, CategoryScheme.NaceBel2008, new NumberFormat(',', "."));

        Assert.Equal(ImportLayout.Long, m.Layout);
        Assert.Equal(3, m.CategoryColumn);
        Assert.Equal(4, m.ValueColumn);
    }

    [Fact]
    public void Suggests_a_long_mapping_for_one_row_per_figure()
    {
        IReadOnlyList<string> header = ["Jaar", "Gemeente", "Fractie", "Hoeveelheid (ton)"];
        IReadOnlyList<IReadOnlyList<string?>> rows = [["2023", "Aalst", "Restafval", "12.345,6"], ["2023", "Aalst", "Gft", "5.432,1"]];

        var m = FormatDetector.SuggestMapping(header, rows, CategoryScheme.OvamWasteFractions, new NumberFormat(',', "."));

        Assert.Equal(ImportLayout.Long, m.Layout);
        Assert.Equal(2, m.AreaColumn);
        Assert.Equal(1, m.YearColumn);
        Assert.Equal(3, m.CategoryColumn);
        Assert.Equal(4, m.ValueColumn);
    }

    [Fact]
    public void Remembers_a_mapping_by_header_names_and_applies_it_to_reordered_columns()
    {
        var first = new ImportMapping { Layout = ImportLayout.Long, AreaColumn = 1, YearColumn = 2, CategoryColumn = 3, ValueColumn = 4 };
        var remembered = RememberedMapping.From(first, ["NIS", "Jaar", "Sector", "Banen"]);

        var applied = RememberedMapping.FromJson(remembered.ToJson())!.ApplyTo(["Sector", "Banen", "NIS", "Jaar", "Opmerking"]);

        Assert.NotNull(applied);
        Assert.Equal(3, applied.AreaColumn);
        Assert.Equal(4, applied.YearColumn);
        Assert.Equal(1, applied.CategoryColumn);
        Assert.Equal(2, applied.ValueColumn);
        Assert.Null(remembered.ApplyTo(["NIS", "Jaar", "Waarde"]));
    }
}
