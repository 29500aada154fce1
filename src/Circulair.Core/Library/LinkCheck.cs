namespace Circulair.Library;

/// <summary>The one rule for links in the library's data: an absolute http(s) address with a host.</summary>
public static class LinkCheck
{
    public const int MaxLength = 500;

    public static Uri? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Any(char.IsWhiteSpace))
        {
            return null;
        }
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri
            : null;
    }
}
