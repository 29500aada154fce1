using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(",", "", "12,5", 12.5)]
    [InlineData(",", "", "1234", 1234)]
    [InlineData(",", ".", "1.234,5", 1234.5)]
    [InlineData(",", ".", "1.234.567", 1234567)]
    [InlineData(",", " ", "1 234,5", 1234.5)]
    [InlineData(",", " ", "1\u00A0234,5", 1234.5)]
    [InlineData(",", " ", "1\u202F234", 1234)]
    [InlineData(".", "", "12.5", 12.5)]
    [InlineData(".", ",", "1,234.5", 1234.5)]
    [InlineData(".", "'", "1'234.5", 1234.5)]
    [InlineData(",", "", "-3,25", -3.25)]
    [InlineData(",", "", "\u22123", -3)]
    [InlineData(",", "", "+7", 7)]
    [InlineData(",", "", " 42 ", 42)]
    [InlineData(",", "", ",5", 0.5)]
    public void Reads_every_number_format_the_exports_use(string dec, string thousands, string text, double expected)
    {
        var format = new NumberFormat(dec[0], thousands);

        Assert.Equal(NumberParse.Ok, format.TryParse(text, out var value));
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData(",", ".", "1.2.3")]
    [InlineData(",", ".", "1.23,4")]
    [InlineData(",", ".", "12.34")]
    [InlineData(",", "", "12 banen")]
    [InlineData(",", "", "twaalf")]
    [InlineData(",", "", "1,2,3")]
    [InlineData(".", "", "1e5")]
    [InlineData(",", "", "12,5%")]
    [InlineData(".", ",", "1,23")]
    public void Refuses_text_that_is_not_exactly_a_number(string dec, string thousands, string text)
    {
        Assert.Equal(NumberParse.Invalid, new NumberFormat(dec[0], thousands).TryParse(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("x")]
    [InlineData("n.b.")]
    [InlineData("geheim")]
    public void Treats_empty_cells_and_no_data_marks_as_missing(string text)
    {
        Assert.Equal(NumberParse.Missing, NumberFormat.Belgian.TryParse(text, out _));
    }
}
