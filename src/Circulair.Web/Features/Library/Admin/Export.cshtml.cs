using System.Globalization;
using System.Text;
using Circulair.Library;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>
/// The library as the import reads it: every case or funding call of the merged catalogue in the file's columns
/// (UTF-8 CSV), so the administrator changes a copy and imports it again.
/// </summary>
public sealed class ExportModel(KnowledgeLibrary library) : LibraryAdminPageModel
{
    [FromRoute]
    public string What { get; set; } = "";

    public IActionResult OnGet()
    {
        var (columns, rows) = What switch
        {
            "cases" => (CaseLibrary.Columns, library.Cases.All.OrderBy(c => c.Key, StringComparer.Ordinal).Select(LibraryFields.Of).ToList()),
            "funding" => (FundingCatalogue.Columns, library.Funding.All.OrderBy(c => c.Key, StringComparer.Ordinal).Select(LibraryFields.Of).ToList()),
            _ => (null!, null!),
        };
        if (columns is null)
        {
            return NotFound();
        }
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(row.TryGetValue(column, out var value) ? value : "");
                }
                csv.NextRecord();
            }
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", $"circulair-{What}.csv");
    }
}
