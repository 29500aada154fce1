using System.Reflection;
using Circulair.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Security;

/// <summary>
/// The routes below /o/{org}, enumerated from the app's endpoint data source, and real URLs for them: route
/// parameters {xId} are filled with the id of an organisation's first entity whose class name ends with x.
/// </summary>
internal static class RouteSweep
{
    private static readonly Dictionary<string, string> KnownValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "2024",
        // A knowledge-library case is instance data, not the organisation's: any shipped key will do.
        ["caseKey"] = "deelfabriek-kortrijk",
    };

    public static List<RoutePattern> OrganisationRoutes(CirculairFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .Where(p => p.Parameters.Any(x => x.Name == "org") && !IsApi(p))
            .DistinctBy(p => p.RawText)
            .OrderBy(p => p.RawText, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The named POST handlers of the page behind <paramref name="route"/> (<c>OnPost&lt;Name&gt;Async</c>), as Razor Pages
    /// itself found them on the page model: each is reached with <c>?handler=Name</c> and must be guarded like the page.
    /// </summary>
    public static IReadOnlyList<string> NamedPostHandlers(CirculairFactory app, RoutePattern route) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText == route.RawText)
            .Select(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>()
                ?? throw new InvalidOperationException($"{route.RawText} has no compiled page descriptor; the sweep cannot find its handlers."))
            .SelectMany(d => d.HandlerMethods)
            .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(h.Name))
            .Select(h => h.Name!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>The URLs a POST of the sweep goes to: the page itself and each of its named handlers.</summary>
    public static IEnumerable<string> PostTargets(CirculairFactory app, RoutePattern route, string url) =>
        new[] { url }.Concat(NamedPostHandlers(app, route).Select(h => url + "?handler=" + Uri.EscapeDataString(h)));

    /// <summary>
    /// The API's endpoints (token, not cookie; swept by ApiSweepTests), each route with the HTTP methods it answers.
    /// </summary>
    public static List<(RoutePattern Route, string[] Methods)> ApiRoutes(CirculairFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => IsApi(e.RoutePattern))
            .GroupBy(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Select(g => (g.First().RoutePattern, g.SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []).Distinct().Order().ToArray()))
            .OrderBy(r => r.RoutePattern.RawText, StringComparer.Ordinal)
            .ToList();

    private static bool IsApi(RoutePattern p) => p.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal);

    public static async Task<string> UrlAsync(CirculairFactory app, RoutePattern route, string slug, int idsFromOrganisation)
    {
        var segments = new List<string>();
        foreach (var segment in route.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "org" } => slug,
                    RoutePatternParameterPart p => await ValueForAsync(app, p.Name, idsFromOrganisation, route.RawText!),
                    _ => throw new InvalidOperationException($"Unexpected route part in {route.RawText}"),
                };
            }
            segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }

    private static async Task<string> ValueForAsync(CirculairFactory app, string parameter, int organisationId, string route)
    {
        if (KnownValues.TryGetValue(parameter, out var known))
        {
            return known;
        }
        if (!parameter.EndsWith("Id", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The sweep does not know how to fill {{{parameter}}} in {route}; add it to KnownValues.");
        }
        var name = parameter[..^2];
        return await app.WithDbAsync(async (db, _) =>
        {
            var entity = db.Model.GetEntityTypes()
                .Where(t => typeof(IOrganisationScoped).IsAssignableFrom(t.ClrType) && t.ClrType.Name.EndsWith(name, StringComparison.OrdinalIgnoreCase))
                .OrderBy(t => t.ClrType.Name.Length)
                .FirstOrDefault()
                ?? throw new InvalidOperationException($"No organisation-scoped entity class ends with '{name}' (route {route}); name route ids after their entity.");
            var method = typeof(RouteSweep).GetMethod(nameof(FirstIdAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity.ClrType);
            var id = await (Task<int?>)method.Invoke(null, [db, organisationId])!;
            return id?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ?? throw new InvalidOperationException($"The demo organisation has no {entity.ClrType.Name} to fill {{{parameter}}} in {route}; add one to the demo content.");
        });
    }

    private static Task<int?> FirstIdAsync<T>(CirculairDbContext db, int organisationId) where T : class =>
        db.Set<T>()
            .Where(e => EF.Property<int>(e, nameof(IOrganisationScoped.OrganisationId)) == organisationId)
            .OrderBy(e => EF.Property<int>(e, "Id"))
            .Select(e => (int?)EF.Property<int>(e, "Id"))
            .FirstOrDefaultAsync();
}
