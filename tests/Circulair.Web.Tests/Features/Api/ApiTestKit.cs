using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Circulair.Tokens;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Circulair.Web.Tests.Features.Api;

/// <summary>Tokens made straight in the database and clients that send them; no cookies.</summary>
internal static class ApiTestKit
{
    public static Task<string> IssueTokenAsync(this CirculairFactory app, TestOrganisation organisation, TestUser user, TokenScope scope = TokenScope.Write,
        string? name = null, TimeSpan? lifetime = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var (token, text) = PersonalAccessToken.Issue(organisation.Id, user.Id, name ?? Scenario.Unique("koppeling"), scope, now + (lifetime ?? TimeSpan.FromDays(30)), now);
            db.Add(token);
            await db.SaveChangesAsync();
            return text;
        });

    public static HttpClient ApiClient(this CirculairFactory app, string? token, string? language = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object value) => Json(JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem's stable code, after checking the answer is problem details.</summary>
    public static async Task<string> ProblemCodeAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.BodyAsync();
        Assert.Equal((int)response.StatusCode, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        return body.GetProperty("code").GetString()!;
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, HttpContent? content = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await client.SendAsync(request);
    }
}
