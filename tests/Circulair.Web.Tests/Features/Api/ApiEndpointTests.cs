using System.Net;
using System.Text.Json;
using Circulair.Audit;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Tokens;
using Circulair.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Api;

/// <summary>
/// Every endpoint of /api/v1 on the demo organisation (it holds stakeholders, goals, lines, actions with sheets,
/// updates, indicators and measurements), with a Teamlid's write token; then the round trip and the bad input.
/// </summary>
public sealed class ApiEndpointTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    private async Task<(HttpClient Client, TestUser User, string Token)> TeamlidAsync(TokenScope scope = TokenScope.Write, string? language = null)
    {
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(app.Demo, user, OrganisationRole.Teamlid);
        var token = await app.IssueTokenAsync(app.Demo, user, scope, "sync-" + Guid.NewGuid().ToString("N")[..6]);
        return (app.ApiClient(token, language), user, token);
    }

    private string Url(string rest = "") => $"/api/v1/organisations/{app.Demo.Slug}{rest}";

    private Task<int> FirstAsync<T>(Func<IQueryable<T>, IQueryable<int>> pick) where T : class =>
        app.WithDbAsync((db, _) => pick(db.Set<T>()).OrderBy(i => i).FirstAsync());

    [Fact]
    public async Task Organisations_list_holds_only_the_tokens_organisation_and_needs_a_token()
    {
        var (client, _, _) = await TeamlidAsync();
        using var _c = client;
        var list = await client.GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var body = await list.BodyAsync();
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        var org = body.GetProperty("items")[0];
        Assert.Equal(app.Demo.Slug, org.GetProperty("slug").GetString());
        Assert.Equal("Teamlid", org.GetProperty("role").GetString());
        Assert.Equal("Write", org.GetProperty("scope").GetString());

        var single = await client.GetAsync(Url());
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.NotNull(single.Headers.ETag);

        using var anonymous = app.ApiClient(null);
        var refused = await anonymous.GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Api.Token.Missing", await refused.ProblemCodeAsync());
        Assert.Contains("Bearer", refused.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Every_read_endpoint_answers_with_the_demo_organisations_data()
    {
        var (client, _, _) = await TeamlidAsync(TokenScope.Read);
        using var _c = client;
        var demo = app.Demo.Id;
        var stakeholder = await FirstAsync<Stakeholder>(q => q.Where(s => s.OrganisationId == demo).Select(s => s.Id));
        var goal = await FirstAsync<Circulair.Strategy.StrategyGoal>(q => q.Where(s => s.OrganisationId == demo).Select(s => s.Id));
        var line = await FirstAsync<Circulair.Strategy.ActionLine>(q => q.Where(s => s.OrganisationId == demo).Select(s => s.Id));
        var action = await FirstAsync<Circulair.FollowUp.ProgressUpdate>(q => q.Where(s => s.OrganisationId == demo).Select(s => s.PlannedActionId));
        var indicator = await FirstAsync<Measurement>(q => q.Where(s => s.OrganisationId == demo).Select(s => s.IndicatorId));
        var measurement = await FirstAsync<Measurement>(q => q.Where(s => s.OrganisationId == demo && s.IndicatorId == indicator).Select(s => s.Id));

        foreach (var (path, isList) in new[]
        {
            ("/stakeholders", true), ($"/stakeholders/{stakeholder}", false),
            ("/goals", true), ($"/goals/{goal}", false),
            ("/action-lines", true), ($"/action-lines/{line}", false),
            ("/actions", true), ($"/actions/{action}", false), ($"/actions/{action}/sheet", false), ($"/actions/{action}/updates", true),
            ("/indicators", true), ($"/indicators/{indicator}", false), ($"/indicators/{indicator}/measurements", true),
            ($"/indicators/{indicator}/measurements/{measurement}", false),
        })
        {
            var response = await client.GetAsync(Url(path));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
            var body = await response.BodyAsync();
            if (isList)
            {
                Assert.True(body.GetProperty("total").GetInt32() > 0, $"GET {path} is empty");
                Assert.True(body.GetProperty("items").GetArrayLength() > 0, $"GET {path} has no items");
            }
            else
            {
                Assert.True(response.Headers.ETag is not null, $"GET {path} has no ETag");
                // The same version again: 304, no body.
                using var again = new HttpRequestMessage(HttpMethod.Get, Url(path));
                again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
                Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
            }
            Assert.False(response.Headers.Contains("Set-Cookie"), $"GET {path} set a cookie");
        }
    }

    [Fact]
    public async Task Lists_page_and_filter()
    {
        var (client, _, _) = await TeamlidAsync(TokenScope.Read);
        using var _c = client;
        var all = await (await client.GetAsync(Url("/actions?pageSize=200"))).BodyAsync();
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 2);

        var page2 = await (await client.GetAsync(Url("/actions?page=2&pageSize=1"))).BodyAsync();
        Assert.Equal(total, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(all.GetProperty("items")[1].GetProperty("id").GetInt32(), page2.GetProperty("items")[0].GetProperty("id").GetInt32());

        var status = all.GetProperty("items")[0].GetProperty("status").GetString();
        var filtered = await (await client.GetAsync(Url($"/actions?status={status}&pageSize=200"))).BodyAsync();
        Assert.All(filtered.GetProperty("items").EnumerateArray(), a => Assert.Equal(status, a.GetProperty("status").GetString()));
        Assert.True(filtered.GetProperty("total").GetInt32() <= total);

        var stakeholders = await (await client.GetAsync(Url("/stakeholders?pageSize=200"))).BodyAsync();
        var name = stakeholders.GetProperty("items")[0].GetProperty("name").GetString()!;
        var found = await (await client.GetAsync(Url($"/stakeholders?q={Uri.EscapeDataString(name)}"))).BodyAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), s => s.GetProperty("name").GetString() == name);

        var badPage = await client.GetAsync(Url("/actions?page=0"));
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Equal("Api.Problem.Paging", await badPage.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Url("/actions?pageSize=1000"))).StatusCode);
    }

    [Fact]
    public async Task A_stakeholder_round_trip_GET_PUT_with_If_Match_GET_and_a_stale_ETag_answers_412()
    {
        var (client, _, _) = await TeamlidAsync();
        using var _c = client;
        var created = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json(new { name = Scenario.Unique("Repair Café"), group = "Bedrijven", power = "Hoog", interest = "Middel" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.BodyAsync()).GetProperty("id").GetInt32();

        var get = await client.GetAsync(Url($"/stakeholders/{id}"));
        var etag = get.Headers.ETag!.ToString();
        var body = await get.BodyAsync();
        Assert.Equal("Hoog", body.GetProperty("power").GetString());

        var update = new { name = body.GetProperty("name").GetString(), group = "Bedrijven", notes = "Vraagt een herstelplek in de bib." };
        var put = await client.SendAsync(HttpMethod.Put, Url($"/stakeholders/{id}"), ApiTestKit.Json(update), etag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEqual(etag, put.Headers.ETag!.ToString());

        var after = await (await client.GetAsync(Url($"/stakeholders/{id}"))).BodyAsync();
        Assert.Equal("Vraagt een herstelplek in de bib.", after.GetProperty("notes").GetString());
        Assert.Equal("Hoog", after.GetProperty("power").GetString());

        var stale = await client.SendAsync(HttpMethod.Put, Url($"/stakeholders/{id}"), ApiTestKit.Json(update with { }), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Api.Problem.Stale", await stale.ProblemCodeAsync());

        var missing = await client.SendAsync(HttpMethod.Put, Url($"/stakeholders/{id}"), ApiTestKit.Json(update));
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal("Api.Problem.IfMatchRequired", await missing.ProblemCodeAsync());

        var current = (await client.GetAsync(Url($"/stakeholders/{id}"))).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, Url($"/stakeholders/{id}"), null, current)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url($"/stakeholders/{id}"))).StatusCode);
    }

    [Fact]
    public async Task Writes_are_audited_with_the_tokens_name()
    {
        var (client, user, _) = await TeamlidAsync();
        using var _c = client;
        var tokenName = await app.WithDbAsync((db, _) => db.Set<PersonalAccessToken>().Where(t => t.UserId == user.Id).Select(t => t.Name).SingleAsync());
        var created = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json(new { name = Scenario.Unique("Kringwinkel"), group = "Kringwinkel" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.BodyAsync()).GetProperty("id").GetInt32();

        var author = await app.WithDbAsync((db, _) => db.AuditEntries.For(app.Demo.Id, nameof(Stakeholder), id).Select(e => new { e.UserId, e.UserName }).FirstAsync());
        Assert.Equal(user.Id, author.UserId);
        Assert.Contains(user.Name, author.UserName);
        Assert.Contains(tokenName, author.UserName);
    }

    [Fact]
    public async Task The_sheet_round_trip_and_a_progress_update_and_a_measurement_go_through_the_pages_rules()
    {
        var (client, _, _) = await TeamlidAsync();
        using var _c = client;
        var demo = app.Demo.Id;
        var action = await FirstAsync<Circulair.Strategy.PlannedAction>(q => q.Where(a => a.OrganisationId == demo).Select(a => a.Id));

        var sheet = await client.GetAsync(Url($"/actions/{action}/sheet"));
        var etag = sheet.Headers.ETag!.ToString();
        var node = System.Text.Json.Nodes.JsonNode.Parse(await sheet.Content.ReadAsStringAsync())!;
        node["firstSteps"] = "Eerst de trekker en de partners samenbrengen.";
        var put = await client.SendAsync(HttpMethod.Put, Url($"/actions/{action}/sheet"), ApiTestKit.Json(node.ToJsonString()), etag);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        Assert.Equal("Eerst de trekker en de partners samenbrengen.", (await (await client.GetAsync(Url($"/actions/{action}/sheet"))).BodyAsync()).GetProperty("firstSteps").GetString());

        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var update = await client.PostAsync(Url($"/actions/{action}/updates"), ApiTestKit.Json(new { date = today, status = "Lopend", percent = 40, text = "Eerste overleg gehouden." }));
        Assert.True(update.StatusCode == HttpStatusCode.Created, await update.Content.ReadAsStringAsync());
        Assert.Equal("Lopend", (await (await client.GetAsync(Url($"/actions/{action}"))).BodyAsync()).GetProperty("status").GetString());

        var future = await client.PostAsync(Url($"/actions/{action}/updates"), ApiTestKit.Json(new { date = today.AddDays(3), status = "Lopend" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Equal("Api.Problem.Validation", await future.ProblemCodeAsync());
        Assert.True((await future.BodyAsync()).GetProperty("errors").TryGetProperty("date", out _));

        var indicator = await FirstAsync<Indicator>(q => q.Where(i => i.OrganisationId == demo).Select(i => i.Id));
        var measured = await app.WithDbAsync((db, _) => db.Set<Measurement>().Where(m => m.IndicatorId == indicator).Select(m => m.Year).ToListAsync());
        var year = Enumerable.Range(IndicatorRules.FirstYear, today.Year - IndicatorRules.FirstYear + 1).Reverse().First(y => !measured.Contains(y));
        var measurement = await client.PostAsync(Url($"/indicators/{indicator}/measurements"), ApiTestKit.Json(new { year, value = 12.5, source = "Eigen telling" }));
        Assert.True(measurement.StatusCode == HttpStatusCode.Created, await measurement.Content.ReadAsStringAsync());
        var twice = await client.PostAsync(Url($"/indicators/{indicator}/measurements"), ApiTestKit.Json(new { year, value = 13.0 }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
    }

    [Fact]
    public async Task An_action_and_a_measurement_change_with_If_Match_through_the_edit_forms_checks()
    {
        var (client, _, _) = await TeamlidAsync();
        using var _c = client;
        var demo = app.Demo.Id;
        var ids = await app.WithDbAsync((db, _) => db.Set<Circulair.Strategy.PlannedAction>().Where(a => a.OrganisationId == demo)
            .OrderBy(a => a.TrajectoryId).ThenBy(a => a.Id).Select(a => new { a.Id, a.TrajectoryId }).Take(2).ToListAsync());
        Assert.Equal(ids[0].TrajectoryId, ids[1].TrajectoryId);
        var get = await client.GetAsync(Url($"/actions/{ids[0].Id}"));
        var action = System.Text.Json.Nodes.JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject();
        var other = await (await client.GetAsync(Url($"/actions/{ids[1].Id}"))).BodyAsync();
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["number"] = action["number"]!.GetValue<string>(), ["title"] = "Hersteltoer langs de scholen", ["actionLineId"] = action["actionLineId"]?.DeepClone(),
            ["owner"] = action["owner"]?.DeepClone(), ["status"] = action["status"]!.GetValue<string>(),
        };
        var put = await client.SendAsync(HttpMethod.Put, Url($"/actions/{ids[0].Id}"), ApiTestKit.Json(body.ToJsonString()), get.Headers.ETag!.ToString());
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        Assert.Equal("Hersteltoer langs de scholen", (await (await client.GetAsync(Url($"/actions/{ids[0].Id}"))).BodyAsync()).GetProperty("title").GetString());

        body["number"] = other.GetProperty("number").GetString();
        var taken = await client.SendAsync(HttpMethod.Put, Url($"/actions/{ids[0].Id}"), ApiTestKit.Json(body.ToJsonString()), put.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.True((await taken.BodyAsync()).GetProperty("errors").TryGetProperty("number", out _));

        var measurement = await app.WithDbAsync((db, _) => db.Set<Measurement>().Where(m => m.OrganisationId == demo).OrderBy(m => m.Id).Select(m => new { m.Id, m.IndicatorId, m.Year }).FirstAsync());
        var path = Url($"/indicators/{measurement.IndicatorId}/measurements/{measurement.Id}");
        var etag = (await client.GetAsync(path)).Headers.ETag!.ToString();
        var corrected = await client.SendAsync(HttpMethod.Put, path, ApiTestKit.Json(new { year = measurement.Year, value = 77.5, note = "Gecorrigeerd" }), etag);
        Assert.True(corrected.StatusCode == HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        Assert.Equal(77.5, (await (await client.GetAsync(path)).BodyAsync()).GetProperty("value").GetDouble());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(HttpMethod.Delete, path, null, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, path, null, corrected.Headers.ETag!.ToString())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_answers_400_413_415_422_with_problem_details_and_writes_nothing()
    {
        var (client, _, _) = await TeamlidAsync(language: "en");
        using var _c = client;
        var before = await app.AuditCountAsync(app.Demo);

        var unknown = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json("""{"name":"Nieuw","group":"Bedrijven","colour":"rood"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Api.Problem.UnknownField", await unknown.ProblemCodeAsync());
        Assert.Contains("colour", (await unknown.BodyAsync()).GetProperty("detail").GetString());

        var wrongType = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json("""{"name":42,"group":"Bedrijven"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("Api.Problem.WrongType", await wrongType.ProblemCodeAsync());

        var wrongEnum = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json("""{"name":"Nieuw","group":"Bedrijven","power":"enorm"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, wrongEnum.StatusCode);

        var notJson = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json("{name:"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        var form = await client.PostAsync(Url("/stakeholders"), new FormUrlEncodedContent([new("name", "x")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);

        var invalid = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json(new { name = "", group = "Bedrijven", power = "Hoog" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var problem = await invalid.BodyAsync();
        Assert.Equal("en", invalid.Content.Headers.ContentLanguage.Single());
        Assert.Equal("Validation failed", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("interest", out _));

        var huge = await client.PostAsync(Url("/stakeholders"), ApiTestKit.Json("{\"notes\":\"" + new string('x', 10 * 1024 * 1024) + "\"}"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("Api.Problem.TooLarge", await huge.ProblemCodeAsync());

        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }

    [Fact]
    public async Task Problems_are_Dutch_unless_English_is_asked_for()
    {
        using var dutch = app.ApiClient("ctk_000000000000_nope");
        var nl = await (await dutch.GetAsync("/api/v1/organisations")).BodyAsync();
        Assert.Equal("Niet aangemeld", nl.GetProperty("title").GetString());
        Assert.Equal("Api.Token.Invalid", nl.GetProperty("code").GetString());

        using var english = app.ApiClient("ctk_000000000000_nope", "en-GB,en;q=0.9,nl;q=0.5");
        var en = await (await english.GetAsync("/api/v1/organisations")).BodyAsync();
        Assert.Equal("Not authenticated", en.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_API_ignores_a_signed_in_browsers_cookie()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var browser = await app.LoggedInClientAsync(user);
        var response = await browser.Http.GetAsync($"/api/v1/organisations/{org.Slug}/stakeholders");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Api.Token.Missing", await response.ProblemCodeAsync());
    }
}
