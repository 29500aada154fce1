namespace Circulair.Library;

/// <summary>
/// Scales the benefits of Figure 2 of "Lokale besturen en de circulaire economie in Vlaanderen" (2024, chapter 2) to
/// a local government's population. The guide's figures are a rough extrapolation for a Flemish centre city of about
/// 120,000 inhabitants, not a prediction; scaling them in proportion to population is a further simplification, so
/// every result is rounded outward to two significant figures (low down, high up) to avoid false precision.
/// </summary>
public static class BenefitsEstimator
{
    /// <summary>The size of the city the guide's figures were computed for.</summary>
    public const int ReferencePopulation = 120_000;

    public static readonly EstimateRange Co2Kton = new(245, 255);
    public static readonly EstimateRange WindTurbines = new(31, 33);
    public static readonly EstimateRange MaterialsKton = new(101, 517);
    public static readonly EstimateRange Trucks = new(3_342, 17_040);
    public static readonly EstimateRange Jobs2020 = new(7_557, 7_557);
    public static readonly EstimateRange ExtraJobs2030 = new(40, 1_733);

    public const int MaxPopulation = 10_000_000;

    public static BenefitsEstimate For(int population)
    {
        if (population is <= 0 or > MaxPopulation)
        {
            throw new DomainException("Library.Estimator.PopulationOutOfRange");
        }
        var factor = (double)population / ReferencePopulation;
        return new BenefitsEstimate(population, factor,
            Scale(Co2Kton, factor), Scale(WindTurbines, factor), Scale(MaterialsKton, factor), Scale(Trucks, factor),
            Scale(Jobs2020, factor), Scale(ExtraJobs2030, factor));
    }

    public static EstimateRange Scale(EstimateRange range, double factor)
    {
        if (range.IsSingle)
        {
            var v = RoundSignificant(range.Low * factor, MidpointRounding.AwayFromZero);
            return new EstimateRange(v, v);
        }
        return new EstimateRange(RoundSignificant(range.Low * factor, MidpointRounding.ToNegativeInfinity), RoundSignificant(range.High * factor, MidpointRounding.ToPositiveInfinity));
    }

    /// <summary>Rounds to two significant figures in the given direction; 0 stays 0.</summary>
    public static double RoundSignificant(double value, MidpointRounding direction, int digits = 2)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return 0;
        }
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var scale = Math.Pow(10, magnitude - digits + 1);
        var scaled = value / scale;
        // Guard against representation noise (e.g. 2.0000000001 must not round up to 2.1).
        var nearest = Math.Round(scaled);
        if (Math.Abs(scaled - nearest) < 1e-9)
        {
            scaled = nearest;
        }
        var rounded = direction switch
        {
            MidpointRounding.ToNegativeInfinity => Math.Floor(scaled),
            MidpointRounding.ToPositiveInfinity => Math.Ceiling(scaled),
            _ => Math.Round(scaled, MidpointRounding.AwayFromZero),
        };
        var result = rounded * scale;
        // Multiplying back may leave noise (0.30000000000000004): round to the digits that matter.
        return magnitude - digits + 1 < 0 ? Math.Round(result, -(magnitude - digits + 1)) : Math.Round(result);
    }
}
