namespace Circulair.Web.Features.Reports;

/// <summary>The reports' services: the comparison with the adopted version, field by field (<see cref="StrategyDiffComparison"/>).</summary>
public static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<IAdoptedComparison, StrategyDiffComparison>();
        return services;
    }
}
