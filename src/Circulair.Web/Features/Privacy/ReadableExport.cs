using System.Globalization;
using System.Net;
using System.Text;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Privacy;

/// <summary>The export as one self-contained HTML file a person can open and read (no scripts, no outside files).</summary>
public static class ReadableExport
{
    public static string Html(PersonalDataReport report, string organisation, Text t)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"nl-BE\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(t["Privacy.Export.Title"])).Append("</title></head><body><main>");
        html.Append("<h1>").Append(E(t["Privacy.Export.Title"])).Append("</h1>");
        html.Append("<p>").Append(E(t["Privacy.Export.Intro", organisation, report.Person.Email ?? "", report.Person.Name ?? ""])).Append("</p>");
        if (report.Account is { } a)
        {
            html.Append("<h2>").Append(E(t["Privacy.Export.Account"])).Append("</h2><dl>")
                .Append("<dt>").Append(E(t["Privacy.Field.Name"])).Append("</dt><dd>").Append(E(a.Name)).Append("</dd>")
                .Append("<dt>").Append(E(t["Privacy.Field.Email"])).Append("</dt><dd>").Append(E(a.Email)).Append("</dd>")
                .Append("<dt>").Append(E(t["Privacy.Export.Role"])).Append("</dt><dd>").Append(E(a.Role)).Append("</dd>")
                .Append("<dt>").Append(E(t["Privacy.Export.MemberSince"])).Append("</dt><dd>").Append(a.MemberSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</dd>")
                .Append("</dl>");
        }
        html.Append("<h2>").Append(E(t["Privacy.Export.Places", report.Places.Count])).Append("</h2>");
        foreach (var place in report.Places)
        {
            html.Append("<h3>").Append(E(place.Table)).Append(" #").Append(E(place.Id)).Append("</h3><table><tbody>");
            foreach (var (column, value) in place.Values)
            {
                html.Append("<tr><th scope=\"row\">").Append(E(column)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }
}
