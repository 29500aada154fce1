using System.Globalization;
using Circulair.Reference;

namespace Circulair.Monitoring;

/// <summary>
/// The standard local indicator set Circulair ships (guide ch. 7 asks Flanders for one set that every local government
/// uses the same way): built from ce_indicator_candidates.csv, completed with the chain examples of Figure 10, texts in
/// our own words (Reference/Data/standard_indicators.csv). Also reads the Flemish reference values and the 2030
/// residual-waste targets per cluster that go with it. Loaded once from the embedded files.
/// </summary>
public sealed class StandardIndicatorSet
{
    public const string ResidualWaste = "RESTAFVAL";
    public const int ResidualWasteTargetYear = 2030;
    public const string GuideOrigin = "Lokale besturen en de circulaire economie in Vlaanderen (2024), hoofdstuk 5, figuur 10";

    private static readonly Lazy<StandardIndicatorSet> Shared = new(Load);

    private StandardIndicatorSet(IReadOnlyList<StandardIndicator> all, IReadOnlyList<FlemishReferenceValue> references, IReadOnlyList<ResidualWasteTarget> clusters)
    {
        All = all;
        References = references;
        Clusters = clusters;
    }

    public static StandardIndicatorSet Instance => Shared.Value;

    public IReadOnlyList<StandardIndicator> All { get; }

    public IReadOnlyList<FlemishReferenceValue> References { get; }

    /// <summary>The clusters of municipalities with their 2030 residual-waste target (without the Flemish average).</summary>
    public IReadOnlyList<ResidualWasteTarget> Clusters { get; }

    public StandardIndicator? Find(string? code) => All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    public ResidualWasteTarget? Cluster(string? code) => Clusters.FirstOrDefault(c => c.Cluster == code);

    /// <summary>The Flemish reference figures for a standard indicator, oldest first.</summary>
    public IReadOnlyList<FlemishReferenceValue> ReferencesFor(string? code) =>
        Find(code)?.FlemishReference is { } name ? [.. References.Where(r => r.Indicator == name).OrderBy(r => r.Year)] : [];

    /// <summary>The targets an adopted copy starts with: for residual waste, the cluster's 2030 target.</summary>
    public IReadOnlyList<TargetValue> StartingTargets(StandardIndicator indicator, ResidualWasteTarget? cluster) =>
        indicator.Code == ResidualWaste && cluster is not null ? [new TargetValue(ResidualWasteTargetYear, cluster.KgPerInhabitant)] : [];

    public static StandardIndicatorSet Parse(IReadOnlyList<Dictionary<string, string>> rows, IReadOnlyList<Dictionary<string, string>> candidates)
    {
        var byName = candidates.ToDictionary(c => c["indicator"], StringComparer.Ordinal);
        var all = new List<StandardIndicator>();
        foreach (var r in rows)
        {
            var candidate = Blank(r["candidate"]);
            string origin;
            if (candidate is null)
            {
                origin = GuideOrigin;
            }
            else if (byName.TryGetValue(candidate, out var c))
            {
                origin = c["framework_or_source"];
            }
            else
            {
                throw new InvalidOperationException($"Standard indicator {r["code"]} names an unknown candidate '{candidate}'.");
            }
            all.Add(new StandardIndicator(
                r["code"], Enum.Parse<IndicatorLevel>(r["level"]), Enum.Parse<IndicatorDirection>(r["direction"]),
                Enum.Parse<MeasurementInstrument>(r["instrument"]), Enum.Parse<MeasurementFrequency>(r["frequency"]),
                r["unit"], r["name_nl"], r["name_en"], r["definition_nl"], r["definition_en"], r["source"], origin, candidate, Blank(r["flemish_reference"])));
        }
        if (all.GroupBy(s => s.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Standard indicator code {twice.Key} occurs twice.");
        }
        return new StandardIndicatorSet(all, [], []);
    }

    private static StandardIndicatorSet Load()
    {
        var parsed = Parse(MunicipalityRegistry.ReadCsv("standard_indicators.csv"), MunicipalityRegistry.ReadCsv("ce_indicator_candidates.csv"));
        var references = MunicipalityRegistry.ReadCsv("flanders_reference_values.csv")
            .Select(r => new FlemishReferenceValue(r["indicator"], double.Parse(r["value"], CultureInfo.InvariantCulture), r["unit"],
                int.Parse(r["year"], CultureInfo.InvariantCulture), r["geography"], r["source"]))
            .ToList();
        // "idem" in the source column means "the same source as the row above".
        for (var i = 1; i < references.Count; i++)
        {
            if (references[i].Source.StartsWith("idem", StringComparison.Ordinal))
            {
                references[i] = references[i] with { Source = references[i - 1].Source + references[i].Source[4..] };
            }
        }
        var clusters = MunicipalityRegistry.ReadCsv("residual_waste_targets_2030.csv")
            .Where(t => t["cluster"] != "Flanders")
            .Select(t => new ResidualWasteTarget(t["cluster"], t["cluster_nl"], double.Parse(t["target_residual_waste_kg_per_inhabitant_2030"], CultureInfo.InvariantCulture)))
            .ToList();
        return new StandardIndicatorSet(parsed.All, references, clusters);
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
