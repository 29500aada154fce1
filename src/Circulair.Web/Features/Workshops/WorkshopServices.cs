using Circulair.Web.Features.Workshops.Activities;
using Circulair.Workshops;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The workshop feature's services. The receivers of results (ideas backlog, domain support, idea ranking,
/// Tool 6) default to <see cref="KeepInWorkshop"/>; Phase 2 registers its own before this call
/// (<c>AddStrategyWorkshopLinks</c>), so the TryAdd here leaves them in place. Voting-item sources (the strategy's
/// domains, ideas and actions) are collected from every registered <see cref="IVotingItemSource"/>.
/// </summary>
public static class WorkshopServices
{
    public static IServiceCollection AddCirculairWorkshops(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<IIdeaSink, KeepInWorkshop>();
        services.TryAddScoped<IDomainSupportSink, KeepInWorkshop>();
        services.TryAddScoped<IIdeaRankingSink, KeepInWorkshop>();
        services.TryAddScoped<IImpactEffortSink, KeepInWorkshop>();
        services.AddScoped<WorkshopFeed>();
        // Every activity kind in this assembly (Features/Workshops/Activities/<Kind>): adding a kind is adding its folder.
        foreach (var kind in typeof(IActivityKind).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActivityKind).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IActivityKind), kind);
        }
        services.AddScoped<ActivityKinds>();
        services.AddSingleton(new ParticipantLimits(
            configuration.GetValue("RateLimits:WorkshopJoinMissesPerWindow", 20),
            configuration.GetValue("RateLimits:WorkshopPostsPerParticipantPerMinute", 60),
            configuration.GetValue("RateLimits:WorkshopPostsPerAddressPerMinute", 3000)));
        return services;
    }
}
