using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Circulair.Web.Features.Help;

/// <summary>
/// The help texts for every phase and tool, one structured file per language (Content/help.nl.json and help.en.json,
/// embedded in the assembly; decision 0290 says why not resx). Read once, kept for the life of the process.
/// Dutch is the neutral language; English is chosen when the UI culture is English.
/// </summary>
public static class HelpCatalog
{
    public const string Dutch = "nl";
    public const string English = "en";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<IReadOnlyList<HelpEntry>> Nl = new(() => Load(Dutch));
    private static readonly Lazy<IReadOnlyList<HelpEntry>> En = new(() => Load(English));

    /// <summary>The language of the help for a UI culture.</summary>
    public static string LanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName == English ? English : Dutch;

    public static IReadOnlyList<HelpEntry> All(string language) => language == English ? En.Value : Nl.Value;

    public static IReadOnlyList<HelpEntry> Current => All(LanguageOf(CultureInfo.CurrentUICulture));

    public static HelpEntry? Find(string? id) => Find(id, LanguageOf(CultureInfo.CurrentUICulture));

    public static HelpEntry? Find(string? id, string language) =>
        id is null ? null : All(language).FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>The phase entries in the method's order, each with its tools in the order of the file.</summary>
    public static IReadOnlyList<(HelpEntry Phase, IReadOnlyList<HelpEntry> Tools)> ByPhase(string language)
    {
        var all = All(language);
        return [.. all.Where(e => e.IsPhase).Select(p => (p, (IReadOnlyList<HelpEntry>)[.. all.Where(e => !e.IsPhase && e.PhaseId == p.Id)]))];
    }

    /// <summary>
    /// Entries whose texts contain every word of the query (ignoring case and accents), those with a word in the
    /// title first. An empty query finds nothing.
    /// </summary>
    public static IReadOnlyList<HelpEntry> Search(string? query, string language)
    {
        var terms = Normalise(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (terms.Count == 0)
        {
            return [];
        }
        return [.. All(language)
            .Select(e => (Entry: e, Title: Normalise(e.Title), Body: Normalise(string.Join(' ', e.Texts))))
            .Where(x => terms.All(t => x.Body.Contains(t, StringComparison.Ordinal)))
            .OrderByDescending(x => terms.Count(t => x.Title.Contains(t, StringComparison.Ordinal)))
            .Select(x => x.Entry)];
    }

    /// <summary>Lower case, accents stripped, everything but letters and digits a space.</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString();
    }

    private static IReadOnlyList<HelpEntry> Load(string language)
    {
        var name = $"Circulair.Web.Help.help.{language}.json";
        using var stream = typeof(HelpCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The help texts {name} are not embedded.");
        var file = JsonSerializer.Deserialize<HelpFile>(stream, Options) ?? throw new InvalidOperationException($"{name} is empty.");
        return file.Entries;
    }

    private sealed record HelpFile(string Language, IReadOnlyList<HelpEntry> Entries);
}
