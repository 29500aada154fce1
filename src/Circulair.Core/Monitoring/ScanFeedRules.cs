using Circulair.Scan;

namespace Circulair.Monitoring;

/// <summary>One figure of a scan dataset for the organisation's own area: a year, a category, a value and its unit.</summary>
public readonly record struct ScanFigure(int Year, string CategoryCode, double Value, string Unit);

/// <summary>
/// How the scan's datasets feed the standard indicators other than residual waste (issue 15 item 4; residual waste is
/// <see cref="ResidualWasteFeed"/>). Pure; each returns one value per year, oldest first, and skips a year it cannot
/// compute rather than guess.
/// <list type="bullet">
/// <item><b>SELECTIEF-AANDEEL</b> (household-waste dataset): separately collected ÷ (separately collected + residual), in
/// %. Separately collected is the file's <c>totaal-selectief</c> when it gives one, else the sum of every fraction that
/// is not residual waste and not an aggregate; residual is <c>restafval</c>, else <c>huisvuil</c> + <c>grofvuil</c>, else
/// <c>totaal-restafval</c>. Tonnes and kilograms are added as kilograms; figures per inhabitant only with each other.</item>
/// <item><b>CO2-TOTAAL</b> (CO2 dataset): the sum of the territory's sectors in tonnes (the organisation's own buildings
/// and fleet are left out: they are a part of the tertiary sector and transport, not a sector beside them).</item>
/// <item><b>CO2-INWONER</b>: that total divided by the year's population (else the organisation's fixed figure).</item>
/// <item><b>CIRCULAIRE-JOBS</b> (employment dataset in NACE): jobs in the divisions that are circular at their core
/// (<see cref="CircularDivisions"/>: repair and maintenance, waste collection and recovery, remediation, renting and
/// leasing, repair of goods) as a % of all jobs, counted over divisions (sections when a file has no divisions is not
/// enough to tell, and the year is skipped). Our choice, after the core activities of the Circular Jobs Monitor.</item>
/// </list>
/// </summary>
public static class ScanFeedRules
{
    public const string SeparateShare = "SELECTIEF-AANDEEL";
    public const string Co2Total = "CO2-TOTAAL";
    public const string Co2PerInhabitant = "CO2-INWONER";
    public const string CircularJobs = "CIRCULAIRE-JOBS";

    /// <summary>The standard indicators a scan dataset can feed, with the kind of dataset each reads.</summary>
    public static readonly IReadOnlyDictionary<string, DatasetKind> Feeds = new Dictionary<string, DatasetKind>(StringComparer.Ordinal)
    {
        [StandardIndicatorSet.ResidualWaste] = DatasetKind.Huishoudafval,
        [SeparateShare] = DatasetKind.Huishoudafval,
        [Co2Total] = DatasetKind.Co2Uitstoot,
        [Co2PerInhabitant] = DatasetKind.Co2Uitstoot,
        [CircularJobs] = DatasetKind.Tewerkstelling,
    };

    private static readonly string[] Residual = ["restafval", "huisvuil", "grofvuil", "totaal-restafval"];
    private static readonly string[] Aggregates = ["totaal-selectief", "totaal-restafval", "eindtotaal"];
    public const string OwnBuildingsAndFleet = "eigen-gebouwen-vloot";

    /// <summary>NACE-BEL divisions counted as circular at their core: 33 repair and installation of machinery, 38 waste collection, treatment and material recovery, 39 remediation, 77 renting and leasing, 95 repair of computers and personal and household goods.</summary>
    public static readonly IReadOnlyList<string> CircularDivisions = ["33", "38", "39", "77", "95"];

    public static IReadOnlyList<FedValue> SeparatelyCollectedShare(IEnumerable<ScanFigure> figures)
    {
        var result = new List<FedValue>();
        foreach (var year in figures.GroupBy(f => f.Year).OrderBy(g => g.Key))
        {
            foreach (var perInhabitant in new[] { false, true })
            {
                var rows = year.Select(f => (f.CategoryCode, Kg: Kilograms(f, perInhabitant))).Where(f => f.Kg is not null).Select(f => (f.CategoryCode, Kg: f.Kg!.Value)).ToList();
                double Sum(string code) => rows.Where(r => r.CategoryCode == code).Sum(r => r.Kg);
                bool Has(string code) => rows.Any(r => r.CategoryCode == code);
                var residual = Has("restafval") ? Sum("restafval")
                    : Has("huisvuil") || Has("grofvuil") ? Sum("huisvuil") + Sum("grofvuil")
                    : Sum("totaal-restafval");
                var separate = Has("totaal-selectief") ? Sum("totaal-selectief")
                    : rows.Where(r => !Residual.Contains(r.CategoryCode) && !Aggregates.Contains(r.CategoryCode)).Sum(r => r.Kg);
                if (residual > 0 && separate > 0)
                {
                    result.Add(new FedValue(year.Key, Math.Round(100 * separate / (separate + residual), 1), false));
                    break;
                }
            }
        }
        return result;
    }

    public static IReadOnlyList<FedValue> Co2Tonnes(IEnumerable<ScanFigure> figures) =>
        [.. figures.Where(f => f.CategoryCode != OwnBuildingsAndFleet && !Units.IsRate(f.Unit))
            .GroupBy(f => f.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, Tonnes: g.Sum(f => Tonnes(f))))
            .Where(y => double.IsFinite(y.Tonnes) && y.Tonnes > 0)
            .Select(y => new FedValue(y.Key, Math.Round(y.Tonnes, 0), false))];

    public static IReadOnlyList<FedValue> Co2PerInhabitantOf(IEnumerable<ScanFigure> figures, IReadOnlyDictionary<int, int> populationByYear, int? fixedPopulation)
    {
        var result = new List<FedValue>();
        foreach (var total in Co2Tonnes(figures))
        {
            var (people, isFixed) = populationByYear.TryGetValue(total.Year, out var p) ? (p, false) : (fixedPopulation ?? 0, true);
            if (people > 0)
            {
                result.Add(new FedValue(total.Year, Math.Round(total.Value / people, 2), isFixed));
            }
        }
        return result;
    }

    public static IReadOnlyList<FedValue> CircularJobsShare(IEnumerable<ScanFigure> figures)
    {
        var result = new List<FedValue>();
        foreach (var year in figures.Where(f => f.CategoryCode.Length == 2 && f.CategoryCode.All(char.IsAsciiDigit) && !Units.IsRate(f.Unit)).GroupBy(f => f.Year).OrderBy(g => g.Key))
        {
            var all = year.Sum(f => f.Value);
            var circular = year.Where(f => CircularDivisions.Contains(f.CategoryCode)).Sum(f => f.Value);
            if (all > 0)
            {
                result.Add(new FedValue(year.Key, Math.Round(100 * circular / all, 1), false));
            }
        }
        return result;
    }

    private static double? Kilograms(ScanFigure f, bool perInhabitant)
    {
        if (Units.IsRate(f.Unit))
        {
            return perInhabitant && Units.Normalise(f.Unit).StartsWith("kg", StringComparison.Ordinal) ? f.Value : null;
        }
        if (perInhabitant)
        {
            return null;
        }
        return Units.IsTonnes(f.Unit) ? f.Value * 1000 : Units.Normalise(f.Unit) == "kg" ? f.Value : null;
    }

    private static double Tonnes(ScanFigure f)
    {
        var u = Units.Normalise(f.Unit);
        return Units.IsTonnes(f.Unit) ? f.Value : u.StartsWith("kton", StringComparison.Ordinal) || u.StartsWith("kt", StringComparison.Ordinal) ? f.Value * 1000 : double.NaN;
    }
}
