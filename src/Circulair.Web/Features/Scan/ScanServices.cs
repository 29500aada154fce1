using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Database;

namespace Circulair.Web.Features.Scan;

/// <summary>The scan's services: import options and folder, the provider's bulk writer, the background import worker.</summary>
public static class ScanServices
{
    public static IServiceCollection AddScan(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Scan:Import").Get<ScanImportOptions>() ?? new ScanImportOptions();
        services.AddSingleton(options);
        services.AddSingleton<UploadStore>();
        services.AddSingleton<ImportQueue>();
        services.AddSingleton<ImportLeases>();
        services.AddHostedService<ImportWorker>();
        services.AddScoped<ImportRunner>();
        services.AddScoped<ScanQueries>();
        services.AddScoped<RankingCalculator>();
        services.AddSingleton<SvgChartRenderer>();
        services.AddScoped<IObservationBulkWriter>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.PostgreSql
            ? new PostgresObservationWriter()
            : new SqliteObservationWriter());
        return services;
    }
}
