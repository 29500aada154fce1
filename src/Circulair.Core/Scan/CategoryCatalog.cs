using System.Globalization;
using Circulair.Reference;

namespace Circulair.Scan;

public enum CategoryLevel
{
    /// <summary>A NACE section (letter).</summary>
    Section = 1,

    /// <summary>A NACE division (two digits).</summary>
    Division = 2,

    /// <summary>An item of a flat list (a waste fraction, a CO2 sector, a free category).</summary>
    Item = 3,

    /// <summary>A total of other items (e.g. "Eindtotaal huishoudelijk afval"): kept, but never counted in shares.</summary>
    Aggregate = 4,
}

/// <param name="Parent">For a division: its section. For a waste fraction that is part of another (huisvuil and grofvuil of
/// restafval): that fraction, which is left out of shares when its parts are present.</param>
public sealed record Category(string Code, LocalText Label, CategoryLevel Level, string? Parent);

/// <summary>
/// The reference list of one <see cref="CategoryScheme"/>, with the tolerant matching an import needs:
/// "41", "41 - Bouw van gebouwen", "F", "F Bouwnijverheid", "NACE 41", or a label (accents and case ignored,
/// plus the synonyms shipped with the waste fractions and CO2 sectors). Free lists accept any code.
/// </summary>
public sealed class CategoryCatalog
{
    private static readonly Dictionary<CategoryScheme, Lazy<CategoryCatalog>> Shared = new()
    {
        [CategoryScheme.NaceBel2008] = new(() => LoadNace(CategoryScheme.NaceBel2008, "nace_bel_2008_sections_divisions.csv")),
        [CategoryScheme.NaceBel2025] = new(() => LoadNace(CategoryScheme.NaceBel2025, "nace_bel_2025_sections_divisions.csv")),
        [CategoryScheme.OvamWasteFractions] = new(LoadWaste),
        [CategoryScheme.VekaCo2Sectors] = new(LoadCo2),
        [CategoryScheme.Free] = new(() => new CategoryCatalog(CategoryScheme.Free, [], [])),
    };

    private readonly Dictionary<string, Category> _byCode;
    private readonly Dictionary<string, Category> _byLabel;

    private CategoryCatalog(CategoryScheme scheme, List<Category> all, IEnumerable<(string Synonym, Category Category)> synonyms)
    {
        Scheme = scheme;
        All = all;
        _byCode = all.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _byLabel = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            _byLabel.TryAdd(Key(c.Label.Nl), c);
            _byLabel.TryAdd(Key(c.Label.En), c);
        }
        foreach (var (synonym, category) in synonyms)
        {
            _byLabel.TryAdd(Key(synonym), category);
        }
    }

    public static CategoryCatalog For(CategoryScheme scheme) => Shared[scheme].Value;

    public CategoryScheme Scheme { get; }

    public IReadOnlyList<Category> All { get; }

    public bool IsOpen => Scheme == CategoryScheme.Free;

    public Category? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var c) ? c : null;

    /// <summary>The reference category a cell means, or null when the list has no such category.</summary>
    public Category? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        if (Find(t) is { } exact)
        {
            return exact;
        }
        if (Scheme.IsNace())
        {
            var s = t;
            if (s.StartsWith("nace", StringComparison.OrdinalIgnoreCase))
            {
                s = s[4..].TrimStart(' ', '-', ':');
            }
            // "41 - Bouw…", "41. Bouw", "F Bouwnijverheid", "F - BOUWNIJVERHEID", "41.1" is not a division.
            var head = new string(s.TakeWhile(ch => char.IsLetterOrDigit(ch)).ToArray());
            var rest = s[head.Length..];
            if (head.Length is 1 or 2 && (rest.Length == 0 || rest[0] is ' ' or '-' or ':' or '–' or ')') && Find(head.Length == 1 && char.IsAsciiDigit(head[0]) ? "0" + head : head) is { } byHead)
            {
                return byHead;
            }
        }
        return _byLabel.TryGetValue(Key(t), out var byLabel) ? byLabel : null;
    }

    internal static string Key(string s) => MunicipalityRegistry.Normalise(s).Replace(",", "", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);

    private static CategoryCatalog LoadNace(CategoryScheme scheme, string file)
    {
        var rows = MunicipalityRegistry.ReadCsv(file);
        var all = rows.Select(r => new Category(
            r["code"],
            new LocalText(Sentence(r["label_nl"], r["level"]), Sentence(r["label_en"], r["level"])),
            r["level"] == "1" ? CategoryLevel.Section : CategoryLevel.Division,
            r["level"] == "1" ? null : r["section"])).ToList();
        return new CategoryCatalog(scheme, all, []);
    }

    /// <summary>Section labels are upper case in the nomenclature; shown in sentence case.</summary>
    private static string Sentence(string label, string level)
    {
        if (level != "1" || label.Length == 0)
        {
            return label;
        }
        var lower = label.ToLower(CultureInfo.GetCultureInfo("nl-BE"));
        return char.ToUpper(lower[0], CultureInfo.GetCultureInfo("nl-BE")) + lower[1..];
    }

    private static CategoryCatalog LoadWaste()
    {
        var rows = MunicipalityRegistry.ReadCsv("ovam_household_waste_fractions.csv");
        var all = rows.Select(r => new Category(r["code"], new LocalText(r["fraction_nl"], r["fraction_en"]),
            r["aggregate"] == "yes" ? CategoryLevel.Aggregate : CategoryLevel.Item, r["parent"] is { Length: > 0 } parent ? parent : null)).ToList();
        var synonyms = rows.SelectMany(r => r["synonyms_nl"].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => (s, all.First(c => c.Code == r["code"]))));
        return new CategoryCatalog(CategoryScheme.OvamWasteFractions, all, synonyms);
    }

    private static CategoryCatalog LoadCo2()
    {
        var rows = MunicipalityRegistry.ReadCsv("veka_co2_sectors.csv");
        var all = rows.Select(r => new Category(r["code"], new LocalText(r["label_nl"], r["label_en"]), CategoryLevel.Item, null)).ToList();
        var synonyms = rows.SelectMany(r => r["synonyms_nl"].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => (s, all.First(c => c.Code == r["code"]))));
        return new CategoryCatalog(CategoryScheme.VekaCo2Sectors, all, synonyms);
    }
}
