using System.Globalization;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SkiaSharp;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Circulair.Web.Tests.Platform.Charts;

/// <summary>Our SVG charts as PNG for Word (Svg.Skia): the house colours applied though the SVG colours by class only, and the Word file that holds them valid.</summary>
public sealed class ChartPngTests
{
    private static ChartModel Bars() => new(ChartKind.Bar, "c1", "Stakeholders per aanpak", "Aantal per aanpak.",
        ["Houd tevreden", "Houd betrokken"], [new ChartSeries("Aantal", [3, 5])], "", "N0", "Bron: register", CultureInfo.GetCultureInfo("nl-BE")) { CategoryHeader = "Aanpak" };

    [Fact]
    public void Draws_the_chart_at_twice_its_size_with_the_bars_in_the_house_colour()
    {
        var (png, width, height) = ChartPng.Render(new SvgChartRenderer().Render(Bars()));

        Assert.Equal(SvgChartRenderer.Width, width);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(width * 2, bitmap.Width);
        Assert.Equal(height * 2, bitmap.Height);
        // The first series' colour (#0b5f4a) fills the bars: without the style put into the SVG they would be black.
        var brand = new SKColor(0x0b, 0x5f, 0x4a);
        Assert.Contains(bitmap.Pixels, p => p == brand);
        Assert.DoesNotContain(bitmap.Pixels, p => p == SKColors.Black);
    }

    [Fact]
    public void A_chart_in_a_word_document_becomes_its_image_then_its_data_table_and_the_file_validates()
    {
        var model = new DocumentModel("Rapport", "nl-BE",
        [
            new TableOfContentsBlock("Inhoud", "Wordt bijgewerkt."),
            new PageBreakBlock(),
            new HeadingBlock(1, "Stakeholders"),
            new ChartBlock(Bars()),
        ]);

        var word = ChartPng.ForWord(model, new SvgChartRenderer());

        Assert.Collection(word.Blocks.Skip(3),
            b => Assert.Equal("Stakeholders per aanpak", Assert.IsType<ImageBlock>(b).Caption),
            b => Assert.Equal([["Houd tevreden", "3"], ["Houd betrokken", "5"]], Assert.IsType<TableBlock>(b).Rows.Select(r => r.ToArray())),
            b => Assert.Equal("Bron: register", Assert.IsType<ParagraphBlock>(b).Text));
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxWriter.ToBytes(word)), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var picture = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single();
        Assert.StartsWith("Stakeholders per aanpak.", picture.Description!.Value, StringComparison.Ordinal);
        Assert.Single(document.MainDocumentPart.ImageParts);
        // A chart must be drawn first: the writer does not draw.
        Assert.Throws<ArgumentException>(() => DocxWriter.ToBytes(model));
        // Without contents there is no field to update: no settings part, as before.
        using var plain = WordprocessingDocument.Open(new MemoryStream(DocxWriter.ToBytes(new DocumentModel("Kort", "nl-BE", [new ParagraphBlock("x")]))), false);
        Assert.Null(plain.MainDocumentPart!.DocumentSettingsPart);
        Assert.Single(document.MainDocumentPart.Document.Body.Descendants<W.FieldCode>());
    }
}
