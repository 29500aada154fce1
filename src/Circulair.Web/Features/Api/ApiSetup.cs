using System.Threading.RateLimiting;
using Circulair.Web.Platform.Forms;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Circulair.Web.Features.Api;

/// <summary>
/// The REST API under <c>/api/v1</c> (issue 19 items 3 and 4, decision 0330): personal access tokens as the only way
/// in, a rate limit per token, problem details for every error, and an OpenAPI document at <c>/openapi/v1.json</c>.
/// The endpoints call the same checks and domain methods as the pages; each resource's endpoints live in their own
/// file beside this one.
/// </summary>
public static class ApiSetup
{
    public const string Prefix = "/api";

    /// <summary>The largest body an API request may carry; JSON resources are small.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddCirculairApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true || d.RelativePath == "api/v1";
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Circulair API",
                    Version = "v1",
                    Description = "Read and change an organisation's strategy with a personal access token (Authorization: Bearer ctk_…). Errors are RFC 9457 problem details in Dutch or English (Accept-Language).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["token"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal access token, created under /o/{organisation}/tokens.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("token", document)] = [] }];
                return Task.CompletedTask;
            });
        });
        // One limiter for the endpoints and for the answers given from memory (decision 0331).
        services.AddSingleton<ApiRateLimiter>();
        services.AddSingleton<ApiResponseCache>();
        return services;
    }

    /// <summary>Status code pages for the API: problem details, where the pages re-execute the HTML error page.</summary>
    public static void UseCirculairStatusCodePages(this WebApplication app, string pagesPath)
    {
        app.UseWhen(http => !ApiRequestMiddleware.IsApi(http), b => b.UseStatusCodePagesWithReExecute(pagesPath));
        app.UseWhen(ApiRequestMiddleware.IsApi, b => b.UseStatusCodePages(ApiProblems.StatusCodePageAsync));
    }

    public static void MapCirculairApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().DisableRateLimiting();
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(new AuthorizationPolicyBuilder(ApiTokenHandler.SchemeName).RequireAuthenticatedUser().Build())
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .AddEndpointFilter<ApiRateLimitFilter>()
            .AddEndpointFilter<ApiScopeFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        OrganisationsApi.Map(api);
        var org = api.MapGroup("/organisations/{org}")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        StakeholdersApi.Map(org);
        StrategyApi.Map(org);
        StrategyWritesApi.Map(org);
        FollowUpApi.Map(org);
        MonitoringApi.Map(org);
        IndicatorWritesApi.Map(org);
    }
}
