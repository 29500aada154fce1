namespace Circulair.Reference;

public enum ActionDomainKind
{
    /// <summary>One of the five action domains of the guide's Figure 3.</summary>
    Domain = 1,

    /// <summary>A supporting sector with leverage on the others (logistics, education, ICT, public administration).</summary>
    Supporting = 2,
}

public sealed record ActionSubdomain(string Code, LocalText Label);

/// <summary>An action domain (<i>actiedomein</i>) or supporting sector, with its sub-domains.</summary>
public sealed record ActionDomain(string Code, ActionDomainKind Kind, int Number, LocalText Label, IReadOnlyList<ActionSubdomain> Subdomains);

/// <summary>
/// The five action domains of "Lokale besturen en de circulaire economie in Vlaanderen" (2024), Figure 3, with
/// their sub-domains, and the supporting sectors of the opportunity scan (chapter 5, phase 1). Shipped as
/// reference data (Reference/Data/action_domains.csv, action_subdomains.csv); shared by the scan and the strategy.
/// </summary>
public static class ActionDomains
{
    private static readonly Lazy<IReadOnlyList<ActionDomain>> Shared = new(Load);

    public static IReadOnlyList<ActionDomain> All => Shared.Value;

    public static ActionDomain? Find(string? code) => All.FirstOrDefault(d => d.Code == code);

    private static List<ActionDomain> Load()
    {
        var subs = MunicipalityRegistry.ReadCsv("action_subdomains.csv");
        return MunicipalityRegistry.ReadCsv("action_domains.csv")
            .Select(r => new ActionDomain(
                r["code"],
                r["kind"] == "domain" ? ActionDomainKind.Domain : ActionDomainKind.Supporting,
                int.Parse(r["number"], System.Globalization.CultureInfo.InvariantCulture),
                new LocalText(r["label_nl"], r["label_en"]),
                subs.Where(s => s["domain"] == r["code"]).Select(s => new ActionSubdomain(s["code"], new LocalText(s["label_nl"], s["label_en"]))).ToList()))
            .OrderBy(d => d.Number)
            .ToList();
    }
}

/// <summary>A step of the R-ladder (PBL, Potting et al. 2017), R0 Refuse … R9 Recover.</summary>
public sealed record RStrategy(string Code, LocalText Name, LocalText Group);

public static class RLadder
{
    private static readonly Lazy<IReadOnlyList<RStrategy>> Shared = new(() => MunicipalityRegistry.ReadCsv("r_ladder.csv")
        .Select(r => new RStrategy(r["code"], new LocalText(r["strategy_nl"], r["strategy_en"]), new LocalText(r["group_nl"], r["group_en"])))
        .ToList());

    public static IReadOnlyList<RStrategy> All => Shared.Value;

    public static RStrategy? Find(string? code) => All.FirstOrDefault(r => r.Code == code);

    /// <summary>The inner circles of the guide's scan step 2: keep products in use (maintenance, repair, sharing), R0–R5.</summary>
    public static bool IsInnerCircle(string code) => code is "R0" or "R1" or "R2" or "R3" or "R4" or "R5";
}
