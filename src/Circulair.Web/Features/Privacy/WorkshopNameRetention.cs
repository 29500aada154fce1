using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Privacy;

/// <summary>Privacy:WorkshopNameMonths (default 12; 0 keeps names), Privacy:IntervalMinutes (60), Privacy:Background (true).</summary>
public sealed class PrivacyOptions
{
    public int WorkshopNameMonths { get; set; } = 12;
    public int IntervalMinutes { get; set; } = 60;
    public bool Background { get; set; } = true;
}

/// <summary>
/// Removes the self-chosen names of workshop participants who joined more than <see cref="PrivacyOptions.WorkshopNameMonths"/>
/// months ago (decision 0244). Their input stays, without a name. One UPDATE statement, idempotent: run by every
/// instance, a name is removed once and a second run finds nothing, so no lease or claim is needed (unlike the owner
/// mails of decision 0251, whose side effect, a mail, cannot be repeated harmlessly).
/// </summary>
public sealed class WorkshopNameRetention(CirculairDbContext db, PrivacyOptions options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (options.WorkshopNameMonths <= 0)
        {
            return 0;
        }
        var cutoff = clock.GetUtcNow().UtcDateTime.AddMonths(-options.WorkshopNameMonths);
        var old = db.WorkshopParticipants.Where(p => p.DisplayName != null && p.JoinedAt < cutoff);
        var organisations = await old.Select(p => p.OrganisationId).Distinct().ToListAsync(ct);
        if (organisations.Count == 0)
        {
            return 0;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = await old.ExecuteUpdateAsync(s => s.SetProperty(p => p.DisplayName, (string?)null), ct);
        await OrganisationDataVersion.RaiseAsync(db, organisations, ct);
        await transaction.CommitAsync(ct);
        return removed;
    }
}

/// <summary>Runs <see cref="WorkshopNameRetention"/> on every instance, every <see cref="PrivacyOptions.IntervalMinutes"/>.</summary>
public sealed class WorkshopNameRetentionService(IServiceScopeFactory scopes, PrivacyOptions options, TimeProvider clock, ILogger<WorkshopNameRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Background || options.WorkshopNameMonths <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.IntervalMinutes)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var removed = await scope.ServiceProvider.GetRequiredService<WorkshopNameRetention>().RunAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Workshop participants' names removed after the retention period: {Removed}", removed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Removing old workshop participants' names failed; the next run tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Privacy").Get<PrivacyOptions>() ?? new PrivacyOptions());
        services.AddScoped<PersonalData>();
        services.AddScoped<WorkshopNameRetention>();
        services.AddHostedService<WorkshopNameRetentionService>();
        return services;
    }
}
