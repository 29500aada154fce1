using System.Text.RegularExpressions;
using Circulair.Library;

namespace Circulair.Core.Tests.Library;

/// <summary>
/// The shipped case and funding texts must be our own words: no run of 12 words may repeat the guide (the same rule as
/// ../shared/tools/own-words-check, which CI also runs). The guide's text is not part of the repository; the test
/// finds it through CIRCULAIR_GUIDE_TEXT or next to the checkout (../shared/seed), and is skipped where it is absent.
/// </summary>
public sealed partial class OwnWordsTests
{
    private const int RunLength = 12;

    [GeneratedRegex("[0-9A-Za-zÀ-ÿ']+")]
    private static partial Regex Word();

    [Fact]
    public void No_shipped_case_or_funding_text_repeats_the_guide_word_for_word()
    {
        var guide = FindGuide();
        if (guide is null)
        {
            Assert.Skip("The guide's text is not available here; set CIRCULAIR_GUIDE_TEXT to run this check.");
        }
        var words = Words(File.ReadAllText(guide));
        var runs = new HashSet<string>(Enumerable.Range(0, Math.Max(0, words.Count - RunLength + 1)).Select(i => string.Join(' ', words.Skip(i).Take(RunLength))));
        var texts = CaseLibrary.Guide.All.SelectMany(c => new[] { c.Title.Nl, c.Summary.Nl, c.Summary.En })
            .Concat(FundingCatalogue.Guide.All.SelectMany(f => new[] { f.Summary.Nl, f.Summary.En, f.WhoMayApply.Nl }));

        var repeated = texts.SelectMany(text =>
        {
            var w = Words(text);
            return Enumerable.Range(0, Math.Max(0, w.Count - RunLength + 1)).Select(i => string.Join(' ', w.Skip(i).Take(RunLength))).Where(runs.Contains);
        }).ToList();

        Assert.Empty(repeated);
    }

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    private static string? FindGuide()
    {
        if (Environment.GetEnvironmentVariable("CIRCULAIR_GUIDE_TEXT") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seed", "gids-lokale-besturen-circulaire-economie.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
