using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Tests.Platform;

/// <summary>Every string the UI shows exists in Dutch and English, with the same placeholders.</summary>
public sealed partial class LocalizationTests(SharedApp app)
{
    private static readonly string Resources = Path.Combine(Repository.Root, "src", "Circulair.Web", "Resources");

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    public static TheoryData<string> Areas() =>
        [.. Directory.GetFiles(Resources, "*.resx").Select(Path.GetFileName).Where(f => f!.Count(c => c == '.') == 1).Select(f => f![..^5])];

    [Theory]
    [MemberData(nameof(Areas))]
    public void Dutch_and_English_have_the_same_keys_and_placeholders(string area)
    {
        var dutch = Load(Path.Combine(Resources, area + ".resx"));
        var english = Load(Path.Combine(Resources, area + ".en.resx"));

        Assert.Equal(dutch.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, nl) in dutch)
        {
            Assert.True(key.StartsWith(area + ".", StringComparison.Ordinal), $"{key} belongs in {key.Split('.')[0]}.resx, not {area}.resx");
            Assert.False(string.IsNullOrWhiteSpace(nl), $"{key} is empty in Dutch");
            Assert.False(string.IsNullOrWhiteSpace(english[key]), $"{key} is empty in English");
            Assert.Equal(Placeholders(nl), Placeholders(english[key]));
        }
    }

    [Fact]
    public void Every_key_named_in_the_code_exists()
    {
        var source = Path.Combine(Repository.Root, "src", "Circulair.Web");
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var code = string.Join('\n', File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            foreach (Match m in KeyUse().Matches(code))
            {
                var key = m.Groups["key"].Value;
                if (CirculairLocalizer.Find(key, CultureInfo.GetCultureInfo("nl-BE")) is null || CirculairLocalizer.Find(key, CultureInfo.GetCultureInfo("en")) is null)
                {
                    missing.Add($"{Path.GetRelativePath(source, file)}: {key}");
                }
            }
        }
        Assert.True(missing.Count == 0, "Missing strings:" + Environment.NewLine + string.Join(Environment.NewLine, missing.Distinct()));
    }

    [Fact]
    public async Task A_page_renders_in_English_with_the_right_language_attribute_after_switching()
    {
        using var client = app.NewClient();
        var login = await client.OpenAsync("/login");

        await client.SubmitAsync(login, "form.cx-language-switch", new Dictionary<string, string?> { ["language"] = "en" });
        var english = await client.OpenAsync("/login");

        Assert.Equal("nl-BE", login.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Log in", english.Text("h1"));
    }

    [Theory]
    [InlineData("nl-BE", 0, "0 workshops")]
    [InlineData("nl-BE", 1, "1 workshop")]
    [InlineData("nl-BE", 2, "2 workshops")]
    [InlineData("en", 1, "1 workshop")]
    [InlineData("en", 0, "0 workshops")]
    public void A_count_takes_the_singular_only_for_exactly_one(string culture, int number, string expected)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var summary = Counted.Of("Workshops.Progress.Summary", number, 0, 0, Counted.Of("Workshops.Progress.Held", 1));

            Assert.StartsWith(expected + " (", summary.ToString(), StringComparison.Ordinal);
            Assert.EndsWith(culture == "en" ? "1 activity held" : "1 activiteit gehouden", summary.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void Every_counted_key_named_in_the_code_has_a_singular_and_a_plural()
    {
        var source = Path.Combine(Repository.Root, "src", "Circulair.Web");
        var missing = new List<string>();
        var found = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in CountedKeyUse().Matches(File.ReadAllText(file)))
            {
                found++;
                foreach (var form in new[] { ".One", ".Other" })
                {
                    var key = m.Groups["key"].Value + form;
                    if (CirculairLocalizer.Find(key, CultureInfo.GetCultureInfo("nl-BE")) is null || CirculairLocalizer.Find(key, CultureInfo.GetCultureInfo("en")) is null)
                    {
                        missing.Add($"{Path.GetRelativePath(source, file)}: {key}");
                    }
                }
            }
        }
        Assert.True(found > 20, $"Only {found} counted keys found: has the way of writing them changed?");
        Assert.True(missing.Count == 0, "Missing strings:" + Environment.NewLine + string.Join(Environment.NewLine, missing.Distinct()));
    }

    private static List<string> Placeholders(string s) => [.. PlaceholderPattern().Matches(s).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    // Literal keys as they appear in code: T["Area.Key"], t["Area.Key", …], ErrorMessage = "Area.Key", Name = "Area.Key",
    // hint="Area.Key", label="Area.Key", DomainException("Area.Key"), TempData["Flash"] = "Area.Key".
    [GeneratedRegex(@"(?:\b[Tt]\[""|ErrorMessage\s*=\s*""|Name\s*=\s*""|\bhint=""|\blabel=""|DomainException\(""|\[""Flash""\]\s*=\s*"")(?<key>[A-Z][A-Za-z0-9]*\.[A-Za-z0-9.]+)""")]
    private static partial Regex KeyUse();

    // Counted keys: T.Count("Area.Key", n), Counted.Of("Area.Key", n), Counted.KeyFor("Area.Key", n). An interpolated
    // key ($"…{kind}") is left out here; its forms are checked by the page that shows them.
    [GeneratedRegex(@"(?:\b[Tt]\.Count\(|Counted\.Of\(|Counted\.KeyFor\()""(?<key>[A-Z][A-Za-z0-9]*\.[A-Za-z0-9.]+)""")]
    private static partial Regex CountedKeyUse();
}
