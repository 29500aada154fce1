using System.Text;
using System.Text.Encodings.Web;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Html;

namespace Circulair.Web.Features.Vision;

/// <summary>
/// One side of a word-level difference as HTML: the left side shows what was removed, the right side what was
/// added, each in &lt;del&gt;/&lt;ins&gt; with a visible label (and strike-through/underline in CSS), never by
/// colour alone. Built in code so the white space between words is exactly one space (the text is shown with
/// pre-wrap to keep line breaks).
/// </summary>
public sealed record DiffSide(IReadOnlyList<DiffSegment> Segments, bool IsLeft)
{
    public IHtmlContent Render(Text t)
    {
        var shown = Segments.Where(s => s.Kind == DiffKind.Same || s.Kind == (IsLeft ? DiffKind.Removed : DiffKind.Added)).ToList();
        if (shown.Count == 0)
        {
            return new HtmlString($"<span class=\"cx-empty\">{Encode(t["Vision.Compare.Empty"])}</span>");
        }
        var html = new StringBuilder("<span class=\"cx-prose\">");
        for (var i = 0; i < shown.Count; i++)
        {
            var s = shown[i];
            if (i > 0 && !s.Text.StartsWith('\n') && !shown[i - 1].Text.EndsWith('\n'))
            {
                html.Append(' ');
            }
            switch (s.Kind)
            {
                case DiffKind.Removed:
                    html.Append($"<del class=\"cx-diff cx-diff--del\"><span class=\"cx-diff__label\">{Encode(t["Vision.Compare.RemovedLabel"])}</span> {Encode(s.Text)}</del>");
                    break;
                case DiffKind.Added:
                    html.Append($"<ins class=\"cx-diff cx-diff--ins\"><span class=\"cx-diff__label\">{Encode(t["Vision.Compare.AddedLabel"])}</span> {Encode(s.Text)}</ins>");
                    break;
                default:
                    html.Append(Encode(s.Text));
                    break;
            }
        }
        return new HtmlString(html.Append("</span>").ToString());
    }

    private static string Encode(string s) => HtmlEncoder.Default.Encode(s);
}
