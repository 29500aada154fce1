using Circulair.FollowUp.Owners;
using Circulair.Web.Platform.Files;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>Settings of owner links, the cycle's mails and evidence files (section "FollowUp:Owners"; README, decision 0250/0251).</summary>
public sealed class OwnersOptions
{
    /// <summary>How long an update link stays valid.</summary>
    public int LinkDays { get; set; } = (int)OwnerLink.DefaultLifetime.TotalDays;

    /// <summary>Days after the start of a round within which owners are asked to answer (the round's deadline).</summary>
    public int AnswerDays { get; set; } = FollowUpRound.DefaultAnswerDays;

    /// <summary>How many days before the deadline the first reminder goes out.</summary>
    public int RemindDaysBefore { get; set; } = FollowUpRound.DefaultRemindDaysBefore;

    /// <summary>Attempts to send one mail before it counts as failed for the coordinator.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Whether this instance runs the background service; off in tests, which call the use case themselves.</summary>
    public bool Background { get; set; } = true;

    /// <summary>Minutes between two runs of the background service.</summary>
    public double IntervalMinutes { get; set; } = 15;

    /// <summary>Mails one instance claims at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The largest evidence file in megabytes.</summary>
    public double MaxFileMegabytes { get; set; } = 10;

    /// <summary>
    /// The largest request of an update form in megabytes. Above the file limit on purpose: a file that is too large
    /// still reaches the page, which then answers with the form, the typed answers and a message (422) instead of the
    /// bare 413 page.
    /// </summary>
    public double MaxRequestMegabytes { get; set; } = 60;

    public long MaxFileBytes => (long)(MaxFileMegabytes * 1024 * 1024);

    public long MaxRequestBytes => (long)(MaxRequestMegabytes * 1024 * 1024);

    public TimeSpan LinkLifetime => TimeSpan.FromDays(Math.Max(1, LinkDays));
}

public static class OwnersSetup
{
    public static IServiceCollection AddFollowUpOwners(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("FollowUp:Owners").Get<OwnersOptions>() ?? new OwnersOptions();
        services.AddSingleton(options);
        services.AddFileStore(configuration);
        services.AddScoped<EvidenceUpload>();
        services.AddScoped<SendOwnerMails>();
        services.AddHostedService<OwnerMailService>();
        return services;
    }
}

/// <summary>The update forms' explicit request limit: FollowUp:Owners:MaxRequestMegabytes.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EvidenceUploadLimitAttribute : Attribute, Circulair.Web.Platform.Forms.IConfiguredRequestSizeLimit
{
    public long MaxRequestBodySize(IServiceProvider services) => services.GetRequiredService<OwnersOptions>().MaxRequestBytes;
}
