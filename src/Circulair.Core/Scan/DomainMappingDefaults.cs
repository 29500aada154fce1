using Circulair.Reference;

namespace Circulair.Scan;

/// <summary>
/// The shipped mapping from categories (NACE divisions and sections, waste fractions, CO2 sectors) to action
/// domains and supporting sectors (Reference/Data/scan_domain_mapping.csv). Our own reading of the guide's
/// Figure 3 and its scan chapter; every organisation can change it (<see cref="ScanDomainMapping"/>).
/// </summary>
public static class DomainMappingDefaults
{
    private static readonly Lazy<Dictionary<(CategoryScheme, string), IReadOnlyList<string>>> Shared = new(() =>
        MunicipalityRegistry.ReadCsv("scan_domain_mapping.csv").ToDictionary(
            r => (Enum.Parse<CategoryScheme>(r["scheme"]), r["code"]),
            r => (IReadOnlyList<string>)r["domains"].Split(';', StringSplitOptions.RemoveEmptyEntries)));

    public static IReadOnlyList<string> For(CategoryScheme scheme, string code) =>
        Shared.Value.TryGetValue((scheme, code), out var d) ? d : [];
}

/// <summary>A circular opportunity of the built-in knowledge base; its text lives in the web resources (ScanKb.{Id}.*).</summary>
/// <param name="AppliesTo">Keys "nace:41" (a NACE division, either version), "waste:gft", "co2:transport".</param>
public sealed record Opportunity(string Id, string DomainCode, IReadOnlyList<string> AppliesTo, IReadOnlyList<string> RStrategies);

public static class OpportunityCatalog
{
    private static readonly Lazy<IReadOnlyList<Opportunity>> Shared = new(() => MunicipalityRegistry.ReadCsv("scan_opportunities.csv")
        .Select(r => new Opportunity(r["id"], r["domain"],
            r["applies_to"].Split(';', StringSplitOptions.RemoveEmptyEntries),
            r["r_strategies"].Split(';', StringSplitOptions.RemoveEmptyEntries)))
        .ToList());

    public static IReadOnlyList<Opportunity> All => Shared.Value;

    public static Opportunity? Find(string? id) => All.FirstOrDefault(o => o.Id == id);

    public static IEnumerable<Opportunity> ForDomain(string domainCode) => All.Where(o => o.DomainCode == domainCode);

    /// <summary>The opportunities that name this category, in catalogue order.</summary>
    public static IEnumerable<Opportunity> ForCategory(CategoryScheme scheme, string code)
    {
        var key = KeyOf(scheme, code);
        return key is null ? [] : All.Where(o => o.AppliesTo.Contains(key));
    }

    public static string? KeyOf(CategoryScheme scheme, string code) => scheme switch
    {
        CategoryScheme.NaceBel2008 or CategoryScheme.NaceBel2025 when code.Length == 2 => "nace:" + code,
        CategoryScheme.OvamWasteFractions => "waste:" + code,
        CategoryScheme.VekaCo2Sectors => "co2:" + code,
        _ => null,
    };
}
