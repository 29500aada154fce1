using System.Globalization;
using System.Text;

namespace Circulair.Organisations;

/// <summary>Turns an organisation name into a readable URL segment: "Stad Sint-Niklaas" → "stad-sint-niklaas".</summary>
public static class Slug
{
    public const int MaxLength = 60;

    public static string From(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].Trim('-');
        }
        return slug.Length == 0 ? "organisatie" : slug;
    }

    /// <summary>Picks the first of "slug", "slug-2", "slug-3"… that is not taken.</summary>
    public static string Unique(string name, IReadOnlySet<string> taken)
    {
        var baseSlug = From(name);
        if (!taken.Contains(baseSlug))
        {
            return baseSlug;
        }
        for (var i = 2; ; i++)
        {
            var candidate = $"{baseSlug}-{i}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
