using Circulair.Scan;

namespace Circulair.Monitoring;

/// <summary>One figure of a household-waste dataset for the organisation's own area.</summary>
public readonly record struct WasteFigure(int Year, string CategoryCode, double Value, string Unit);

/// <summary>A yearly value the scan gives an indicator, with whether the population was the organisation's fixed figure rather than that year's.</summary>
public readonly record struct FedValue(int Year, double Value, bool FixedPopulation);

/// <summary>
/// How a household-waste dataset of the scan feeds the residual-waste indicator: residual waste per inhabitant per year
/// is the year's <c>restafval</c> (or, when a file gives only its parts, <c>huisvuil</c> + <c>grofvuil</c>) for the own
/// area, in kilograms, divided by that year's population (the scan's entered population, else the organisation's
/// population figure). A figure already in kg per inhabitant is taken as it is. Pure; rounded to 0.1 kg.
/// </summary>
public static class ResidualWasteFeed
{
    public const string Total = "restafval";
    public static readonly string[] Parts = ["huisvuil", "grofvuil"];

    public static IReadOnlyList<FedValue> PerInhabitant(IEnumerable<WasteFigure> figures, IReadOnlyDictionary<int, int> populationByYear, int? fixedPopulation)
    {
        var result = new List<FedValue>();
        foreach (var year in figures.GroupBy(f => f.Year).OrderBy(g => g.Key))
        {
            var perInhabitant = year.Where(f => f.CategoryCode == Total && f.Unit == Units.KgPerInhabitant).ToList();
            if (perInhabitant.Count > 0)
            {
                result.Add(new FedValue(year.Key, Math.Round(perInhabitant.Sum(f => f.Value), 1), false));
                continue;
            }
            var totals = year.Where(f => f.CategoryCode == Total).ToList();
            var chosen = totals.Count > 0 ? totals : [.. year.Where(f => Parts.Contains(f.CategoryCode))];
            var kilograms = chosen.Sum(f => f.Unit == Units.Tonnes ? f.Value * 1000 : f.Unit == "kg" ? f.Value : double.NaN);
            if (chosen.Count == 0 || !double.IsFinite(kilograms))
            {
                continue;
            }
            var (people, isFixed) = populationByYear.TryGetValue(year.Key, out var p) ? (p, false) : (fixedPopulation ?? 0, true);
            if (people <= 0)
            {
                continue;
            }
            result.Add(new FedValue(year.Key, Math.Round(kilograms / people, 1), isFixed));
        }
        return result;
    }
}
