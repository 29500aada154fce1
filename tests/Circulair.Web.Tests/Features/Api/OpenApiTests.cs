using System.Net;
using System.Text.Json;
using Circulair.Web.Tests.Security;

namespace Circulair.Web.Tests.Features.Api;

/// <summary>The OpenAPI document at /openapi/v1.json, parsed and held against the endpoints the app registers.</summary>
public sealed class OpenApiTests(SharedApp app)
{
    [Fact]
    public async Task The_document_describes_every_api_endpoint_and_nothing_else()
    {
        using var client = app.ApiClient(null);
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        Assert.Equal("http", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("token").GetProperty("type").GetString());

        var described = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            Assert.StartsWith("/api/v1/", path.Name + "/");
            foreach (var operation in path.Value.EnumerateObject())
            {
                described.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                Assert.True(operation.Value.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(), $"{operation.Name} {path.Name} has no responses");
            }
        }

        var registered = RouteSweep.ApiRoutes(app)
            .SelectMany(r => r.Methods.Select(m => $"{m} /{System.Text.RegularExpressions.Regex.Replace(r.Route.RawText!.Trim('/'), ":[a-z]+}", "}")}"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(registered);
        Assert.Empty(registered.Except(described));
        Assert.Empty(described.Except(registered));
    }

    [Fact]
    public async Task A_write_operation_describes_its_body_and_its_precondition_answers()
    {
        using var client = app.ApiClient(null);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var put = document.RootElement.GetProperty("paths").GetProperty("/api/v1/organisations/{org}/stakeholders/{stakeholderId}").GetProperty("put");
        Assert.True(put.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var responses = put.GetProperty("responses");
        foreach (var status in new[] { "200", "412", "422", "428" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"PUT stakeholder does not describe {status}");
        }
    }
}
