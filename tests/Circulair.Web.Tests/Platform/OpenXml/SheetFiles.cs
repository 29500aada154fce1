using Circulair.Web.Platform.OpenXml;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Platform.OpenXml;

/// <summary>Spreadsheets for the import tests: one sheet built from headers and rows, and its upload through an import page's form.</summary>
internal static class SheetFiles
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An .xlsx with one sheet: a header row, then the rows (null leaves a cell out).</summary>
    public static byte[] Sheet(string sheetName, string[] headers, params string?[][] rows) =>
        XlsxTableWriter.ToBytes(new WorkbookModel([new SheetModel(sheetName, [.. headers.Select(h => new ColumnModel(h))], rows.Select(r => (IReadOnlyList<CellModel>)[.. r.Select(c => CellModel.Of(c))]))]));

    /// <summary>Posts the file through the page's upload form (<c>#upload-form</c>, field <c>Upload</c>).</summary>
    public static Task<Page> Upload(AppClient client, Page page, string name, byte[] bytes, string type = Xlsx) =>
        client.UploadAsync(page, "#upload-form", "Upload", name, bytes, type);
}
