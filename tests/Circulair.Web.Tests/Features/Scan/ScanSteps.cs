using System.Globalization;
using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Circulair.Organisations;
using Circulair.Reference;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Page = Circulair.TestKit.Page;
using Scenario = Circulair.TestKit.Scenario;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>The answer to an upload, which AppClient cannot post (it has no multipart form support).</summary>
public sealed record UploadResult(HttpStatusCode Status, string? Location, IHtmlDocument Document)
{
    public string Error(string id) => Document.QuerySelector($"#{id}-error")?.TextContent.Replace("Fout:", "", StringComparison.Ordinal).Trim() ?? "";

    public IReadOnlyList<string> ErrorSummary => [.. Document.QuerySelectorAll(".cx-error-summary__list li").Select(li => li.TextContent.Trim())];
}

/// <summary>The steps of the scan a person walks through, as a browser without JavaScript does them.</summary>
public static class ScanSteps
{
    private static readonly HtmlParser Parser = new();

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Features", "Scan", "Fixtures", name));

    /// <summary>An organisation of the municipality Aalst (41002) with a member of the given role, logged in.</summary>
    public static async Task<(TestOrganisation Organisation, TestUser User, AppClient Client)> AalstAsync(CirculairFactory app, OrganisationRole role = OrganisationRole.Coordinator)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(role);
        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.SingleAsync(x => x.Id == organisation.Id);
            o.PickMunicipality(MunicipalityRegistry.Instance.FindByNisCode("41002")!);
            await db.SaveChangesAsync();
        });
        return (organisation, user, await app.LoggedInClientAsync(user));
    }

    public static async Task<int> NewDatasetAsync(AppClient client, TestOrganisation org, string kind = "Tewerkstelling", string scheme = "NaceBel2008", string source = "Provincies in Cijfers", string? name = null)
    {
        var form = await client.OpenAsync(org.Url("/scan/datasets/new"));
        var created = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Dataset.Name"] = name ?? Scenario.Unique("Tewerkstelling"),
            ["Dataset.Kind"] = kind,
            ["Dataset.Scheme"] = scheme,
            ["Dataset.SourceName"] = source,
            ["Dataset.SourceUrl"] = "https://provincies.incijfers.be/",
            ["Dataset.Licence"] = "Modellicentie gratis hergebruik",
            ["Dataset.RetrievedOn"] = "2026-02-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        return int.Parse(created.Location!.Split("dataset=")[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Posts the upload form like a browser: antiforgery token first, then the dataset, then the file.</summary>
    public static async Task<UploadResult> UploadAsync(AppClient client, TestOrganisation org, int datasetId, string fileName, byte[] content)
    {
        var form = await client.OpenAsync(org.Url("/scan/import"));
        using var multipart = new MultipartFormDataContent();
        multipart.Add(new StringContent(form.AntiforgeryToken), "__RequestVerificationToken");
        multipart.Add(new StringContent(datasetId.ToString(CultureInfo.InvariantCulture)), "dataset");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        multipart.Add(file, "file", fileName);
        using var response = await client.Http.PostAsync(org.Url("/scan/import"), multipart);
        var html = await response.Content.ReadAsStringAsync();
        return new UploadResult(response.StatusCode, response.Headers.Location?.OriginalString, Parser.ParseDocument(html));
    }

    /// <summary>Upload → "Lezen" as detected → "Kolommen" as suggested (or with <paramref name="mapping"/>) → check. Returns the import's page.</summary>
    public static async Task<Page> ImportUntilCheckedAsync(AppClient client, TestOrganisation org, int datasetId, string fileName, byte[] content, IDictionary<string, string?>? mapping = null)
    {
        var upload = await UploadAsync(client, org, datasetId, fileName, content);
        Assert.True(upload.Status == HttpStatusCode.Redirect, $"upload answered {(int)upload.Status}: {string.Join(" | ", upload.ErrorSummary)}");
        var format = await client.OpenAsync(upload.Location!);
        var read = await client.SubmitAsync(format, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, read.Status);
        var columns = await client.OpenAsync(read.Location!);
        var checkedPage = await client.SubmitAsync(columns, mapping ?? new Dictionary<string, string?>());
        Assert.True(checkedPage.Status == HttpStatusCode.Redirect, $"mapping answered {(int)checkedPage.Status}: {string.Join(" | ", checkedPage.ErrorSummary)}");
        return await client.OpenAsync(checkedPage.Location!);
    }

    public static async Task<Page> ConfirmAsync(AppClient client, Page ready)
    {
        var done = await client.SubmitAsync(ready, "form[action*='handler=Confirm']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        return await client.OpenAsync(done.Location!);
    }

    public static Dictionary<string, string?> LongMapping() => new()
    {
        ["Input.Layout"] = "Long",
        ["Input.AreaColumn"] = "1",
        ["Input.YearColumn"] = "2",
        ["Input.CategoryColumn"] = "3",
        ["Input.CategoryLabelColumn"] = "",
        ["Input.ValueColumn"] = "4",
        ["Input.UnitColumn"] = "",
    };

    public static int ImportId(Page page) => int.Parse(page.Url.Split("/imports/")[1].Split('/', '?')[0], CultureInfo.InvariantCulture);

    public static Task<int> ObservationCountAsync(CirculairFactory app, int organisationId) =>
        app.WithDbAsync((db, _) => db.Set<Circulair.Scan.ScanObservation>().CountAsync(o => o.OrganisationId == organisationId));

    /// <summary>A small workbook: the rows as given (strings or numbers, "=…" for a formula), optionally with merged cells.</summary>
    public static byte[] Workbook(IReadOnlyList<object?[]> rows, string? merge = null)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = Circulair.Scan.Columns.Name(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    var cell = rows[r][c] switch
                    {
                        null => null,
                        string s when s.StartsWith('=') => new Cell { CellReference = reference, CellFormula = new CellFormula(s[1..]), CellValue = new CellValue("0") },
                        string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) },
                        double d => new Cell { CellReference = reference, CellValue = new CellValue(d) },
                        int i => new Cell { CellReference = reference, CellValue = new CellValue(i) },
                        var other => throw new ArgumentException(other.ToString()),
                    };
                    if (cell is not null)
                    {
                        row.Append(cell);
                    }
                }
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (merge is not null)
            {
                worksheet.Append(new MergeCells(new MergeCell { Reference = merge }));
            }
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Blad1" }));
        }
        return stream.ToArray();
    }

    /// <summary>A zip that inflates to 50 MB of zeros from a few kilobytes, named like a workbook.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var s = entry.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++)
            {
                s.Write(zeros);
            }
        }
        return stream.ToArray();
    }
}
