using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Circulair.Reference;

/// <summary>A Flemish municipality as it exists from 1 January 2025, with the facts the product fills in when an organisation picks it.</summary>
public sealed record Municipality(
    string NisCode,
    string Name,
    string Province,
    string Arrondissement,
    int Population,
    int PopulationYear,
    IReadOnlyList<FormerMunicipality> FormerMunicipalities,
    ResidualWasteTarget ResidualWasteTarget);

/// <summary>A municipality that was merged into or renamed as another on 1 January 2025.</summary>
public sealed record FormerMunicipality(string NisCode, string Name);

/// <summary>The 2030 residual household-waste target of a cluster (Lokaal Materialenplan 2023-2030).</summary>
public sealed record ResidualWasteTarget(string Cluster, string ClusterName, double KgPerInhabitant);

/// <summary>One search hit: the current municipality and, when the query matched an old name or code, that former municipality.</summary>
public sealed record MunicipalityMatch(Municipality Municipality, FormerMunicipality? MatchedFormer);

/// <summary>
/// The shipped list of Flemish municipalities (Statbel REFNIS, population 1 Jan 2020 on 2025 boundaries),
/// the 2025 merger crosswalk and the residual-waste cluster targets. Loaded once from embedded CSV files;
/// see Reference/Data/SOURCES.md for sources and licences.
/// </summary>
public sealed class MunicipalityRegistry
{
    public const int PopulationYear = 2020;
    public const string Source = "Statbel, bevolking op 1 januari 2020 (grenzen van 2025); Lokaal Materialenplan 2023-2030";

    private static readonly Lazy<MunicipalityRegistry> Shared = new(Load);
    private readonly Dictionary<string, Municipality> _byNis;
    private readonly Dictionary<string, (Municipality Current, FormerMunicipality Former)> _byFormerNis;

    private MunicipalityRegistry(IReadOnlyList<Municipality> all)
    {
        All = all;
        _byNis = all.ToDictionary(m => m.NisCode, StringComparer.Ordinal);
        _byFormerNis = new(StringComparer.Ordinal);
        foreach (var m in all)
        {
            foreach (var f in m.FormerMunicipalities)
            {
                _byFormerNis[f.NisCode] = (m, f);
            }
        }
    }

    public static MunicipalityRegistry Instance => Shared.Value;

    /// <summary>All 285 municipalities from 2025, sorted by name.</summary>
    public IReadOnlyList<Municipality> All { get; }

    public Municipality? FindByNisCode(string? nisCode)
    {
        if (string.IsNullOrWhiteSpace(nisCode))
        {
            return null;
        }
        var code = nisCode.Trim();
        if (_byNis.TryGetValue(code, out var m))
        {
            return m;
        }
        return _byFormerNis.TryGetValue(code, out var hit) ? hit.Current : null;
    }

    /// <summary>
    /// Resolves what a user typed or picked: a current name, a former name (merged or renamed in 2025),
    /// a NIS code, or the "Name (NIS)" form the picker shows. Returns null when nothing matches exactly.
    /// </summary>
    public MunicipalityMatch? Resolve(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Trim();
        var open = text.LastIndexOf('(');
        if (open > 0 && text.EndsWith(')'))
        {
            var code = text[(open + 1)..^1].Trim();
            var byCode = ResolveCode(code);
            if (byCode is not null)
            {
                return byCode;
            }
            text = text[..open].Trim();
        }
        var asCode = ResolveCode(text);
        if (asCode is not null)
        {
            return asCode;
        }
        var wanted = Normalise(text);
        var current = All.FirstOrDefault(m => Normalise(m.Name) == wanted);
        if (current is not null)
        {
            return new MunicipalityMatch(current, null);
        }
        foreach (var m in All)
        {
            var former = m.FormerMunicipalities.FirstOrDefault(f => Normalise(f.Name) == wanted);
            if (former is not null)
            {
                return new MunicipalityMatch(m, former);
            }
        }
        return null;
    }

    private MunicipalityMatch? ResolveCode(string code)
    {
        if (_byNis.TryGetValue(code, out var m))
        {
            return new MunicipalityMatch(m, null);
        }
        return _byFormerNis.TryGetValue(code, out var hit) ? new MunicipalityMatch(hit.Current, hit.Former) : null;
    }

    /// <summary>Finds municipalities whose current or former name contains the query (accent- and case-insensitive), or whose NIS code starts with it.</summary>
    public IReadOnlyList<MunicipalityMatch> Search(string? query, int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var q = Normalise(query);
        var hits = new List<MunicipalityMatch>();
        foreach (var m in All)
        {
            if (Normalise(m.Name).Contains(q, StringComparison.Ordinal) || m.NisCode.StartsWith(q, StringComparison.Ordinal))
            {
                hits.Add(new MunicipalityMatch(m, null));
                continue;
            }
            var former = m.FormerMunicipalities.FirstOrDefault(f =>
                !string.Equals(f.Name, m.Name, StringComparison.Ordinal) &&
                (Normalise(f.Name).Contains(q, StringComparison.Ordinal) || f.NisCode.StartsWith(q, StringComparison.Ordinal)));
            if (former is not null)
            {
                hits.Add(new MunicipalityMatch(m, former));
            }
        }
        return hits
            .OrderBy(h => Normalise(h.MatchedFormer?.Name ?? h.Municipality.Name).StartsWith(q, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(h => h.MatchedFormer?.Name ?? h.Municipality.Name, StringComparer.Create(CultureInfo.GetCultureInfo("nl-BE"), true))
            .Take(limit)
            .ToList();
    }

    internal static string Normalise(string s)
    {
        var trimmed = s.Trim();
        if (System.Text.Ascii.IsValid(trimmed))
        {
            // Plain ASCII (most names): no accents to strip, so lower-case and blank hyphens and apostrophes in one pass,
            // the same result as below without the decomposition (the dashboard normalises every stakeholder's name).
            return string.Create(trimmed.Length, trimmed, static (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    span[i] = c is '-' or '\'' ? ' ' : char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
            });
        }
        var d = trimmed.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        var chars = d.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(chars).Replace('-', ' ').Replace('\'', ' ');
    }

    private static MunicipalityRegistry Load()
    {
        var historic = ReadCsv("flemish_municipalities_2019_2024.csv").ToDictionary(r => r["nis_code"], r => r["name_nl"], StringComparer.Ordinal);
        var mergers = ReadCsv("flemish_mergers_2025.csv");
        var targets = ReadCsv("residual_waste_targets_2030.csv");
        var main = targets.Single(t => t["cluster"] == "main");
        var targetByName = new Dictionary<string, ResidualWasteTarget>(StringComparer.Ordinal);
        foreach (var t in targets.Where(t => t["cluster"] is not ("main" or "Flanders")))
        {
            var target = new ResidualWasteTarget(t["cluster"], t["cluster_nl"], double.Parse(t["target_residual_waste_kg_per_inhabitant_2030"], CultureInfo.InvariantCulture));
            foreach (var name in t["municipalities"].Split(';'))
            {
                targetByName[Normalise(name)] = target;
            }
        }
        var mainTarget = new ResidualWasteTarget("main", main["cluster_nl"], double.Parse(main["target_residual_waste_kg_per_inhabitant_2030"], CultureInfo.InvariantCulture));

        var all = new List<Municipality>();
        foreach (var r in ReadCsv("flemish_municipalities_2025.csv"))
        {
            var formerCodes = r["merged_from_nis_codes"].Split(';', StringSplitOptions.RemoveEmptyEntries);
            var formers = formerCodes
                .Select(code => new FormerMunicipality(code, historic.TryGetValue(code, out var n) ? n : mergers.First(x => x["old_nis_code"] == code)["old_name_nl"]))
                .ToList();
            var name = r["name_nl"];
            all.Add(new Municipality(
                r["nis_code"], name, r["province_nl"], r["arrondissement_nl"],
                int.Parse(r["population_2020_01_01_on_2025_boundaries"], CultureInfo.InvariantCulture), PopulationYear,
                formers,
                targetByName.TryGetValue(Normalise(name), out var t) ? t : mainTarget));
        }
        all.Sort((a, b) => string.Compare(a.Name, b.Name, CultureInfo.GetCultureInfo("nl-BE"), CompareOptions.IgnoreCase));
        return new MunicipalityRegistry(all);
    }

    internal static List<Dictionary<string, string>> ReadCsv(string file)
    {
        using var stream = typeof(MunicipalityRegistry).Assembly.GetManifestResourceStream("Circulair.Reference." + file)
            ?? throw new InvalidOperationException($"Embedded reference file {file} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in header)
            {
                row[name] = csv.GetField(name) ?? "";
            }
            rows.Add(row);
        }
        return rows;
    }
}
