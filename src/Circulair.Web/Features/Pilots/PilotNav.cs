namespace Circulair.Web.Features.Pilots;

/// <summary>The tabs of a pilot's pages: its overview and its tools.</summary>
public sealed record PilotNav(string BaseUrl, string Current);
