namespace Circulair.Web.Platform.Htmx;

/// <summary>htmx only shortens round trips: a page answers a fragment to htmx and the full page to everyone else.</summary>
public static class HtmxRequest
{
    public static bool IsHtmx(this HttpRequest request) =>
        request.Headers.TryGetValue("HX-Request", out var v) && v == "true" && !request.Headers.ContainsKey("HX-History-Restore-Request");
}
