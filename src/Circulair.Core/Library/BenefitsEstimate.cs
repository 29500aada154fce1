namespace Circulair.Library;

/// <summary>The guide's Figure 2 scaled to one population, each range already rounded for showing.</summary>
public sealed record BenefitsEstimate(
    int Population,
    double Factor,
    EstimateRange Co2Kton,
    EstimateRange WindTurbines,
    EstimateRange MaterialsKton,
    EstimateRange Trucks,
    EstimateRange Jobs2020,
    EstimateRange ExtraJobs2030);
