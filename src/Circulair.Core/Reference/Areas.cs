namespace Circulair.Reference;

public enum AreaKind
{
    Region = 1,
    Province = 2,
    Municipality = 3,

    /// <summary>A municipality that existed until 31 December 2024 and was merged into another.</summary>
    FormerMunicipality = 4,

    /// <summary>The organisation's own territory when it has no single NIS code (an intercommunale's totals, the demo town).</summary>
    OwnArea = 5,
}

/// <summary>A territory that figures can be about: the Flemish region, a province or a municipality (current or pre-2025).</summary>
/// <param name="Index">Dense number of the area in the registry, for compact keys in large imports.</param>
/// <param name="Population">Legal population on 1 January 2020 (current municipalities: on 2025 boundaries).</param>
/// <param name="ProvinceCode">The province it lies in (null for the region and the own area).</param>
/// <param name="CurrentCode">For a former municipality: the municipality it is part of since 2025.</param>
public sealed record Area(int Index, string Code, string Name, AreaKind Kind, int? Population, string? ProvinceCode, string? CurrentCode);

/// <summary>
/// Every area code an imported figure may carry: the Flemish region (02000), the five Flemish provinces,
/// the 285 municipalities of 2025 and the 300 of 2019–2024 (older series use those codes), and the reserved
/// code 00000 for the organisation's own territory. Codes that exist in both lists (a municipality that kept
/// its code) are one area. Built from the embedded Statbel files; see Reference/Data/SOURCES.md.
/// </summary>
public sealed class AreaRegistry
{
    public const string FlemishRegionCode = "02000";
    public const string OwnAreaCode = "00000";
    public const int PopulationYear = MunicipalityRegistry.PopulationYear;

    private static readonly Lazy<AreaRegistry> Shared = new(Load);
    private readonly Dictionary<string, Area> _byCode;
    private readonly Dictionary<string, Area> _byName;

    private AreaRegistry(List<Area> all)
    {
        All = all;
        _byCode = all.ToDictionary(a => a.Code, StringComparer.Ordinal);
        _byName = new Dictionary<string, Area>(StringComparer.Ordinal);
        // Current municipalities win over former ones with the same name; provinces are reached as "Provincie X".
        foreach (var a in all.Where(a => a.Kind == AreaKind.FormerMunicipality))
        {
            _byName[MunicipalityRegistry.Normalise(a.Name)] = a;
        }
        foreach (var a in all.Where(a => a.Kind == AreaKind.Municipality))
        {
            _byName[MunicipalityRegistry.Normalise(a.Name)] = a;
        }
        foreach (var a in all.Where(a => a.Kind == AreaKind.Province))
        {
            _byName[MunicipalityRegistry.Normalise("provincie " + a.Name)] = a;
            _byName[MunicipalityRegistry.Normalise("prov. " + a.Name)] = a;
        }
        var region = _byCode[FlemishRegionCode];
        foreach (var n in new[] { "Vlaams Gewest", "Vlaanderen", "Vlaams Gewest (totaal)", "Flemish Region", "Flanders" })
        {
            _byName[MunicipalityRegistry.Normalise(n)] = region;
        }
    }

    public static AreaRegistry Instance => Shared.Value;

    public IReadOnlyList<Area> All { get; }

    public Area Region => _byCode[FlemishRegionCode];

    public IEnumerable<Area> Provinces => All.Where(a => a.Kind == AreaKind.Province);

    public Area? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var a) ? a : null;

    public Area ByIndex(int index) => All[index];

    /// <summary>
    /// Reads what a file holds in its area column: a NIS code (also with fewer than five digits when a
    /// spreadsheet dropped the leading zero of 02000), a municipality name (current or former), "Provincie X",
    /// or "Vlaams Gewest". Returns null when nothing matches.
    /// </summary>
    public Area? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        if (t.Length <= 5 && t.All(char.IsAsciiDigit))
        {
            return Find(t.PadLeft(5, '0'));
        }
        // "Aalst (41002)" or "41002 Aalst"
        var open = t.LastIndexOf('(');
        if (open > 0 && t.EndsWith(')') && Find(t[(open + 1)..^1]) is { } inBrackets)
        {
            return inBrackets;
        }
        if (t.Length > 6 && t[..5].All(char.IsAsciiDigit) && t[5] is ' ' or '-' && Find(t[..5]) is { } leading)
        {
            return leading;
        }
        return _byName.TryGetValue(MunicipalityRegistry.Normalise(t), out var byName) ? byName : null;
    }

    /// <summary>The area codes that make up a territory: a municipality with the municipalities merged into it.</summary>
    public IReadOnlyList<string> ConstituentCodes(string code)
    {
        var area = Find(code);
        if (area is null)
        {
            return [code];
        }
        if (area.Kind == AreaKind.Municipality)
        {
            return [code, .. All.Where(a => a.Kind == AreaKind.FormerMunicipality && a.CurrentCode == code).Select(a => a.Code)];
        }
        return [code];
    }

    /// <summary>Municipality codes (current and former) of a province, or of all Flanders for the region code.</summary>
    public IReadOnlyList<string> MunicipalityCodesIn(string code)
    {
        var area = Find(code);
        return area?.Kind switch
        {
            AreaKind.Region => [.. All.Where(a => a.Kind is AreaKind.Municipality or AreaKind.FormerMunicipality).Select(a => a.Code)],
            AreaKind.Province => [.. All.Where(a => a.Kind is AreaKind.Municipality or AreaKind.FormerMunicipality && a.ProvinceCode == code).Select(a => a.Code)],
            _ => [],
        };
    }

    private static AreaRegistry Load()
    {
        var current = MunicipalityRegistry.ReadCsv("flemish_municipalities_2025.csv");
        var historic = MunicipalityRegistry.ReadCsv("flemish_municipalities_2019_2024.csv");
        var all = new List<Area>();
        var regionPopulation = historic.Sum(r => int.Parse(r["population_2020_01_01"], System.Globalization.CultureInfo.InvariantCulture));
        all.Add(new Area(0, FlemishRegionCode, "Vlaams Gewest", AreaKind.Region, regionPopulation, null, null));
        foreach (var p in current.GroupBy(r => r["province_nis"]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var population = p.Sum(r => int.Parse(r["population_2020_01_01_on_2025_boundaries"], System.Globalization.CultureInfo.InvariantCulture));
            all.Add(new Area(all.Count, p.Key, p.First()["province_nl"], AreaKind.Province, population, null, null));
        }
        var currentCodes = current.Select(r => r["nis_code"]).ToHashSet(StringComparer.Ordinal);
        foreach (var r in current.OrderBy(r => r["nis_code"], StringComparer.Ordinal))
        {
            all.Add(new Area(all.Count, r["nis_code"], r["name_nl"], AreaKind.Municipality,
                int.Parse(r["population_2020_01_01_on_2025_boundaries"], System.Globalization.CultureInfo.InvariantCulture), r["province_nis"], null));
        }
        var formerToCurrent = current
            .SelectMany(r => r["merged_from_nis_codes"].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(old => (old, now: r["nis_code"])))
            .ToDictionary(x => x.old, x => x.now, StringComparer.Ordinal);
        foreach (var r in historic.Where(r => !currentCodes.Contains(r["nis_code"])).OrderBy(r => r["nis_code"], StringComparer.Ordinal))
        {
            all.Add(new Area(all.Count, r["nis_code"], r["name_nl"], AreaKind.FormerMunicipality,
                int.Parse(r["population_2020_01_01"], System.Globalization.CultureInfo.InvariantCulture), r["province_nis"],
                formerToCurrent.TryGetValue(r["nis_code"], out var now) ? now : null));
        }
        all.Add(new Area(all.Count, OwnAreaCode, "Eigen gebied", AreaKind.OwnArea, null, null, null));
        return new AreaRegistry(all);
    }
}
