using System.Text.Encodings.Web;
using QRCoder;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The QR code on the projector and the control room: the workshop's participant address, rendered by QRCoder
/// as SVG (a viewBox, so CSS sizes it; no inline style, so the CSP holds). Marked as an image with the address
/// as its name, since the address is also printed beside it.
/// </summary>
public static class JoinQr
{
    public static string Svg(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..];
        return "<svg role=\"img\" class=\"cx-qr__svg\" aria-label=\"" + HtmlEncoder.Default.Encode(label) + "\"" + svg[4..];
    }
}
