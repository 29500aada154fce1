using System.Globalization;
using Circulair.Stakeholders.Import;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>A feature's own message keys for the three upload refusals that name the feature.</summary>
public sealed record SheetUploadMessages(string NoFile, string TooLarge, string TooManyRows);

/// <summary>The outcome of reading an uploaded table: the file name and sheet, or the one message that refuses the file.</summary>
public sealed record SheetUploadResult(string? FileName, SheetContent? Sheet, string? Error);

/// <summary>
/// Reads an uploaded workbook or CSV for an import page (register, initiatives, action table): refuses a missing,
/// empty or too large file, anything <see cref="TableFile"/> refuses, and more rows than the feature allows, each
/// with a message; otherwise gives the sheet for the feature's pure import check.
/// </summary>
public static class SheetUpload
{
    public static async Task<SheetUploadResult> ReadAsync(IFormFile? upload, string sheetName, int maxRows, long maxBytes,
        SheetUploadMessages messages, Text t, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            return new(null, null, t[upload is null ? messages.NoFile : "Spreadsheet.Empty"]);
        }
        var fileName = Path.GetFileName(upload.FileName);
        if (upload.Length > maxBytes)
        {
            return new(fileName, null, t[messages.TooLarge, maxBytes / (1024 * 1024)]);
        }
        byte[] bytes;
        using (var memory = new MemoryStream((int)upload.Length))
        {
            await upload.CopyToAsync(memory, ct);
            bytes = memory.ToArray();
        }
        SheetTable table;
        try
        {
            table = TableFile.Read(bytes, fileName, sheetName, maxRows);
        }
        catch (TableFileException e)
        {
            return new(fileName, null, t[e.MessageKey, [.. e.Arguments]]);
        }
        if (table.HasMoreRows)
        {
            return new(fileName, null, t[messages.TooManyRows, $"{maxRows:N0}+", maxRows.ToString("N0", CultureInfo.CurrentCulture)]);
        }
        return new(fileName, new SheetContent(table.Headers, [.. table.Rows.Select(r => new SheetRow(r.Number, r.Cells))]), null);
    }
}
