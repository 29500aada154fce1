using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Demo;

namespace Circulair.Web.Features;

/// <summary>
/// Features plug into the dashboard ("Waar staan we?") and the demo by implementing
/// <see cref="IProgressSource"/> or <see cref="IDemoContent"/>; this finds every implementation in the
/// assembly, so adding a tool never means editing a central list.
/// </summary>
public static class FeatureParts
{
    private static readonly Type[] Contracts = [typeof(IProgressSource), typeof(IDemoContent)];

    public static void Register(IServiceCollection services)
    {
        foreach (var type in typeof(FeatureParts).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in Contracts.Where(c => c.IsAssignableFrom(type)))
            {
                services.AddScoped(contract, type);
            }
        }
    }
}
