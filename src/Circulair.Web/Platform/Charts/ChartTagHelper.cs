using System.Net;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Circulair.Web.Platform.Charts;

/// <summary>
/// A chart with its data table: <c>&lt;cx-chart model="@chart" /&gt;</c> renders a figure with the SVG, the
/// source line and a table (caption, header cells with scope) holding every number the chart shows.
/// </summary>
[HtmlTargetElement("cx-chart", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChartTagHelper(SvgChartRenderer renderer) : TagHelper
{
    public required ChartModel Model { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "figure";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "cx-chart");
        output.Attributes.SetAttribute("aria-labelledby", Model.Id + "-caption");
        output.Content.AppendHtml($"<figcaption class=\"cx-chart__caption\" id=\"{E(Model.Id)}-caption\">{E(Model.Title)}</figcaption>");
        output.Content.AppendHtml("<div class=\"cx-chart__body\">");
        output.Content.AppendHtml("<div class=\"cx-chart__graphic\">" + renderer.Render(Model) + "</div>");
        output.Content.AppendHtml(Table(Model));
        output.Content.AppendHtml("</div>");
        if (Model.Source is { Length: > 0 } source)
        {
            output.Content.AppendHtml($"<p class=\"cx-source cx-chart__source\">{E(source)}</p>");
        }
    }

    public static string Table(ChartModel m)
    {
        var sb = new StringBuilder();
        // The table scrolls inside its box when long: a named region in the tab order, so that keyboard users can
        // scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
        sb.Append($"<div class=\"cx-table-wrap cx-chart__data\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{E(m.Id)}-data-caption\"><table class=\"cx-table cx-table--compact\">");
        sb.Append($"<caption class=\"cx-chart__table-caption\" id=\"{E(m.Id)}-data-caption\">{E(m.Title)}{(m.Unit.Length > 0 ? " (" + E(m.Unit) + ")" : "")}</caption>");
        sb.Append($"<thead><tr><th scope=\"col\">{E(m.CategoryHeader)}</th>");
        foreach (var s in m.Series)
        {
            sb.Append($"<th scope=\"col\" class=\"cx-table__num\">{E(s.Name)}</th>");
        }
        sb.Append("</tr></thead><tbody>");
        for (var i = 0; i < m.Categories.Count; i++)
        {
            sb.Append($"<tr><th scope=\"row\">{E(m.Categories[i])}</th>");
            foreach (var s in m.Series)
            {
                sb.Append($"<td class=\"cx-table__num\">{E(m.Format(i < s.Values.Count ? s.Values[i] : null))}</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table></div>");
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
