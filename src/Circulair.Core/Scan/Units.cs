namespace Circulair.Scan;

/// <summary>
/// The units the scan knows how to add up and divide by population. A unit is free text on each observation;
/// these rules read it tolerantly. Counts and masses (jobs, euro, tonnes) add up across areas and categories;
/// rates (per inhabitant, percentages) add up across the categories of one area but not across areas.
/// </summary>
public static class Units
{
    public const string Jobs = "banen";
    public const string Euro = "EUR";
    public const string Tonnes = "ton";
    public const string TonnesCo2 = "ton CO2";
    public const string KgPerInhabitant = "kg/inwoner";

    public static string Normalise(string? unit) => (unit ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("₂", "2", StringComparison.Ordinal);

    public static bool IsRate(string? unit)
    {
        var u = Normalise(unit);
        return u.Contains("/inw", StringComparison.Ordinal) || u.Contains("perinw", StringComparison.Ordinal) || u.Contains("/inh", StringComparison.Ordinal)
            || u.Contains("percapita", StringComparison.Ordinal) || u.Contains('%') || u.Contains("/hh", StringComparison.Ordinal);
    }

    public static bool IsTonnes(string? unit) => Normalise(unit) is "ton" or "tonnes" or "tonne" or "t" or "tonco2" or "tco2" or "tonco2e" or "tco2e" or "tonco2-eq";

    /// <summary>
    /// A value per inhabitant in a readable scale: tonnes become kg per inhabitant, tonnes of CO2 stay tonnes
    /// per inhabitant, jobs become jobs per 1,000 inhabitants. Null for rates (already per something).
    /// </summary>
    public static PerInhabitantValue? PerInhabitant(double value, string? unit, double population)
    {
        if (population <= 0 || IsRate(unit))
        {
            return null;
        }
        var u = Normalise(unit);
        if (u is "ton" or "tonnes" or "tonne" or "t")
        {
            return new PerInhabitantValue(value * 1000 / population, KgPerInhabitant, 1);
        }
        if (u.StartsWith("tonco2", StringComparison.Ordinal) || u.StartsWith("tco2", StringComparison.Ordinal))
        {
            return new PerInhabitantValue(value / population, "ton CO2/inwoner", 1);
        }
        if (u is "banen" or "jobs" or "werkplaatsen" or "arbeidsplaatsen" or "aantal" or "loontrekkenden")
        {
            return new PerInhabitantValue(value * 1000 / population, "banen per 1.000 inwoners", 1000);
        }
        return new PerInhabitantValue(value / population, (unit ?? "").Trim() + "/inwoner", 1);
    }
}

/// <param name="PerInhabitants">1 when the value is per inhabitant, 1000 when per 1,000 inhabitants.</param>
public sealed record PerInhabitantValue(double Value, string Unit, int PerInhabitants);

/// <summary>
/// What a value in a unit can plausibly be for one area, category and year: a bound far above any real Flemish
/// figure (Flanders has about three million jobs and produces a few hundred million tonnes of materials), so that
/// only a broken file (a cell read as 1e24, a shifted column) is refused, never a large real figure. Counts and
/// masses cannot be negative whatever the dataset's kind says.
/// </summary>
public readonly record struct PlausibleRange(double Maximum, bool RefusesNegative)
{
    public const double Jobs = 1e8;
    public const double Tonnes = 1e11;
    public const double Euro = 1e14;
    public const double Any = 1e15;

    public static PlausibleRange Of(string? unit)
    {
        var u = Units.Normalise(unit);
        if (Units.IsRate(unit))
        {
            return new PlausibleRange(Any, false);
        }
        if (u is "banen" or "jobs" or "werkplaatsen" or "arbeidsplaatsen" or "loontrekkenden" or "aantal" or "werknemers" or "vestigingen" or "bedrijven")
        {
            return new PlausibleRange(Jobs, true);
        }
        if (Units.IsTonnes(unit) || u is "kg" or "kilogram")
        {
            return new PlausibleRange(Tonnes * (u is "kg" or "kilogram" ? 1000 : 1), true);
        }
        if (u is "eur" or "euro" or "€" or "keur" or "k€" or "meur" or "m€")
        {
            return new PlausibleRange(Euro, false);
        }
        return new PlausibleRange(Any, false);
    }
}
