using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// Writes a <see cref="DocumentModel"/> as a .docx that opens cleanly in Word and LibreOffice: real heading
/// styles (so the navigation pane and a table of contents find them), bullet lists through a numbering
/// definition, tables with a caption, a repeated bold header row and thin borders, and the language set on the
/// text. Text is always text: no hyperlinks, nothing a reader could mistake for an instruction; the one field is the
/// table of contents (<see cref="TableOfContentsBlock"/>), which the settings ask Word to update when the file opens.
/// Tables carry their caption as alternative text too (w:tblCaption, Word 2010 and later); images (PNG charts) carry
/// their description as alt text. A <see cref="ChartBlock"/> must be turned into an image and a table first
/// (Platform/Charts/ChartPng.ForWord): this layer writes files, it does not draw.
/// </summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const int BulletNumberingId = 1;

    /// <summary>Writes the document to <paramref name="output"/>. The package needs a seekable stream; write to a MemoryStream for an HTTP response.</summary>
    public static void Write(Stream output, DocumentModel model)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = Clean(model.Title);
        document.PackageProperties.Creator = "Circulair";
        document.PackageProperties.Language = model.Language;

        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles(model.Language);
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = Bullets();

        if (model.Blocks.Any(b => b is TableOfContentsBlock))
        {
            // Word fills the TOC field when it opens the file (it asks first); LibreOffice shows the placeholder until
            // Tools > Update. Without this the field would stay empty.
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        }

        var body = new Body();
        body.Append(Paragraph(model.Title, "Title"));
        uint drawingId = 0;
        foreach (var block in model.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    body.Append(Paragraph(h.Text, $"Heading{Math.Clamp(h.Level, 1, 3)}"));
                    break;
                case ParagraphBlock p:
                    body.Append(Paragraph(p.Text, p.Quiet ? "Quiet" : null));
                    break;
                case BulletListBlock list:
                    foreach (var item in list.Items)
                    {
                        var paragraph = Paragraph(item, "ListParagraph");
                        paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }));
                        body.Append(paragraph);
                    }
                    break;
                case TableBlock table:
                    body.Append(Paragraph(table.Caption, "Caption"));
                    body.Append(Table(table));
                    // Word needs a paragraph between two tables, or it glues them together.
                    body.Append(new Paragraph());
                    break;
                case PageBreakBlock:
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
                case TableOfContentsBlock toc:
                    body.Append(Paragraph(toc.Heading, "TOCHeading"));
                    body.Append(TableOfContents(toc.Placeholder));
                    break;
                case ImageBlock image:
                    if (image.Caption is { Length: > 0 } caption)
                    {
                        body.Append(Paragraph(caption, "Caption"));
                    }
                    body.Append(Image(main, image, ++drawingId));
                    break;
                case ChartBlock:
                    throw new ArgumentException("A chart must be drawn as an image first (ChartPng.ForWord).", nameof(model));
                default:
                    throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(model));
            }
        }
        // A4 portrait with 2 cm margins; the section properties close the body.
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static byte[] ToBytes(DocumentModel model)
    {
        using var memory = new MemoryStream();
        Write(memory, model);
        return memory.ToArray();
    }

    /// <summary>A TOC field over heading levels 1–3 with links (\h), without page numbers on the web view (\z), using outline levels (\u).</summary>
    private static Paragraph TableOfContents(string placeholder) => new(
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
        new Run(new FieldCode(@" TOC \o ""1-3"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text(Clean(placeholder))),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    /// <summary>The widest an image may be: the text width of A4 with 2 cm margins, in pixels at 96 dpi.</summary>
    private const int MaxImageWidthPx = 640;

    private const long EmuPerPixel = 9525;

    /// <summary>An inline PNG in its own paragraph, scaled to the text width when wider, with its description as alt text.</summary>
    private static Paragraph Image(MainDocumentPart main, ImageBlock image, uint id)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(image.Png, writable: false))
        {
            part.FeedData(data);
        }
        var relationship = main.GetIdOfPart(part);
        var width = Math.Min(image.WidthPx, MaxImageWidthPx);
        var height = (long)Math.Round(image.HeightPx * (double)width / Math.Max(1, image.WidthPx));
        long cx = width * EmuPerPixel, cy = Math.Max(1, height) * EmuPerPixel;
        var name = $"Chart {id}";
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = Clean(image.Description) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = Clean(image.Description) },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(new ParagraphProperties(new KeepNext()), new Run(new Drawing(inline)));
    }

    private static Paragraph Paragraph(string text, string? style, bool bold = false, bool right = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }
        if (right)
        {
            properties.Append(new Justification { Val = JustificationValues.Right });
        }
        var paragraph = new Paragraph(properties);
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        var lines = Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static Table Table(TableBlock model)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
            new TableLayout { Type = TableLayoutValues.Autofit },
            new TableCaption { Val = Clean(model.Caption) }));
        table.Append(new TableGrid(model.Headers.Select(_ => new GridColumn())));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < model.Headers.Count; i++)
        {
            header.Append(Cell(model.Headers[i], bold: true, right: model.IsNumeric(i), shaded: true));
        }
        table.Append(header);
        foreach (var row in model.Rows)
        {
            if (row.Count > model.Headers.Count)
            {
                throw new ArgumentException($"A row of table '{model.Caption}' has more cells than headers.", nameof(model));
            }
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < model.Headers.Count; i++)
            {
                tr.Append(Cell(i < row.Count ? row[i] : "", bold: false, right: model.IsNumeric(i), shaded: false));
            }
            table.Append(tr);
        }
        return table;
    }

    private static TableCell Cell(string text, bool bold, bool right, bool shaded)
    {
        var properties = new TableCellProperties();
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7EEF0" });
        }
        var paragraph = Paragraph(text, "TableText", bold, right);
        return new TableCell(properties, paragraph);
    }

    /// <summary>XML 1.0 cannot carry most control characters; tabs and line breaks stay.</summary>
    private static string Clean(string text) =>
        text.Any(IsIllegal) ? new string([.. text.Where(c => !IsIllegal(c))]) : text;

    private static bool IsIllegal(char c) => c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF';

    private static Numbering Bullets() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });

    private static Styles Styles(string language)
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(ParagraphStyle("Normal", "Normal", null, isDefault: true));
        styles.Append(ParagraphStyle("Title", "Title", new StyleRunProperties(new Bold(), new Color { Val = "1F4E5A" }, new FontSize { Val = "40" }), keepNext: true, spacingAfter: 240));
        styles.Append(ParagraphStyle("Heading1", "heading 1", new StyleRunProperties(new Bold(), new Color { Val = "1F4E5A" }, new FontSize { Val = "32" }), keepNext: true, outline: 0, spacingBefore: 360));
        styles.Append(ParagraphStyle("Heading2", "heading 2", new StyleRunProperties(new Bold(), new Color { Val = "1F4E5A" }, new FontSize { Val = "26" }), keepNext: true, outline: 1, spacingBefore: 240));
        styles.Append(ParagraphStyle("Heading3", "heading 3", new StyleRunProperties(new Bold(), new FontSize { Val = "22" }), keepNext: true, outline: 2, spacingBefore: 200));
        styles.Append(ParagraphStyle("Caption", "caption", new StyleRunProperties(new Bold(), new FontSize { Val = "20" }), keepNext: true, spacingBefore: 120));
        styles.Append(ParagraphStyle("Quiet", "Quiet", new StyleRunProperties(new Color { Val = "505050" }, new FontSize { Val = "20" })));
        styles.Append(ParagraphStyle("ListParagraph", "List Paragraph", null, spacingAfter: 60));
        styles.Append(ParagraphStyle("TableText", "Table Text", new StyleRunProperties(new FontSize { Val = "20" }), spacingAfter: 0));
        styles.Append(ParagraphStyle("TOCHeading", "TOC Heading", new StyleRunProperties(new Bold(), new Color { Val = "1F4E5A" }, new FontSize { Val = "32" }), keepNext: true, spacingBefore: 240));
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, StyleRunProperties? run, bool isDefault = false, bool keepNext = false, int? outline = null, int? spacingBefore = null, int? spacingAfter = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }
        if (spacingBefore is not null || spacingAfter is not null)
        {
            // Only the attributes given: a null in an initializer would write an empty (invalid) attribute.
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is { } before)
            {
                spacing.Before = before.ToString(CultureInfo.InvariantCulture);
            }
            if (spacingAfter is { } after)
            {
                spacing.After = after.ToString(CultureInfo.InvariantCulture);
            }
            paragraph.Append(spacing);
        }
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }
}
