namespace Circulair.Web.Features.Reports;

/// <summary>The reports' services: the comparison with the adopted version (swap it for the field-by-field diff).</summary>
public static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<IAdoptedComparison, AdoptionMarkings>();
        return services;
    }
}
