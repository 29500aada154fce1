using System.Text;
using Circulair.FollowUp.Owners;

namespace Circulair.Core.Tests.FollowUp.Owners;

public sealed class EvidenceTypesTests
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0];

    [Theory]
    [InlineData("%PDF-1.7\n", "verslag.pdf", "application/pdf")]
    [InlineData("%PDF-1.4", "verslag.txt", "application/pdf")]
    [InlineData("GIF89a....", "foto.gif", "image/gif")]
    [InlineData("RIFF\0\0\0\0WEBPVP8 ", "foto.webp", "image/webp")]
    public void Recognises_documents_and_images_by_their_first_bytes(string head, string name, string expected) =>
        Assert.Equal(expected, EvidenceTypes.Detect(Encoding.Latin1.GetBytes(head), name));

    [Fact]
    public void Recognises_png_and_jpeg()
    {
        Assert.Equal("image/png", EvidenceTypes.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "foto.png"));
        Assert.Equal("image/jpeg", EvidenceTypes.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "foto.JPG"));
    }

    [Theory]
    [InlineData("plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("cijfers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("nota.odt", "application/vnd.oasis.opendocument.text")]
    [InlineData("tabel.ODS", "application/vnd.oasis.opendocument.spreadsheet")]
    [InlineData("archief.zip", null)]
    [InlineData("script.js", null)]
    public void A_zip_is_accepted_only_as_an_office_or_opendocument_file(string name, string? expected) =>
        Assert.Equal(expected, EvidenceTypes.Detect(Zip, name));

    [Theory]
    [InlineData("<html><script>alert(1)</script>", "foto.png")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">", "logo.svg")]
    [InlineData("MZ\u0090\0\u0003\0\0\0", "verslag.pdf")]
    [InlineData("#!/bin/sh\nrm -rf /", "verslag.docx")]
    [InlineData("", "leeg.pdf")]
    public void Refuses_anything_else_whatever_its_name(string head, string name) =>
        Assert.Null(EvidenceTypes.Detect(Encoding.Latin1.GetBytes(head), name));

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\an\\verslag.pdf", "verslag.pdf")]
    [InlineData("ver\"slag\u0001.pdf", "verslag.pdf")]
    [InlineData("", "bestand")]
    public void Keeps_only_a_plain_file_name(string given, string expected) => Assert.Equal(expected, EvidenceTypes.CleanName(given));
}
