using System.Net;
using System.Text.Json;
using Circulair.Audit;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Tokens;
using Circulair.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Api;

/// <summary>
/// The API's writes of goals, action lines, actions and indicators (decision 0370) on the demo organisation: created
/// with 201 and a Location, changed with If-Match (412 when stale, 428 without), removed by a Coördinator only, through
/// the pages' checks (Dutch problem details) and audited with the token's name; another organisation's ids answer 404.
/// </summary>
public sealed class ApiWriteTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    private sealed record Member(HttpClient Client, string TokenName) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }

    private async Task<Member> MemberAsync(OrganisationRole role, TokenScope scope = TokenScope.Write, string? language = null)
    {
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(app.Demo, user, role);
        var name = "koppeling-" + Guid.NewGuid().ToString("N")[..8];
        return new Member(app.ApiClient(await app.IssueTokenAsync(app.Demo, user, scope, name), language), name);
    }

    private string Url(string rest = "") => $"/api/v1/organisations/{app.Demo.Slug}{rest}";

    private Task<T> DbAsync<T>(Func<CirculairDbContext, Task<T>> query) => app.WithDbAsync((db, _) => query(db));

    private async Task<(int Id, int TrajectoryId)> RetainedDomainAsync()
    {
        var demo = app.Demo.Id;
        var domain = await DbAsync(db => db.StrategyDomains.Where(d => d.OrganisationId == demo && d.Decision == DomainDecision.Behouden)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.TrajectoryId }).FirstAsync());
        return (domain.Id, domain.TrajectoryId);
    }

    private Task<int> GoalOfRetainedDomainAsync()
    {
        var demo = app.Demo.Id;
        return DbAsync(db => db.StrategyGoals.Where(g => g.OrganisationId == demo && g.Domain.Decision == DomainDecision.Behouden).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
    }

    private Task<string?> AuditAuthorAsync(string entityType, int id)
    {
        var demo = app.Demo.Id;
        return DbAsync(db => db.AuditEntries.For(demo, entityType, id).OrderBy(e => e.Id).Select(e => e.UserName).FirstOrDefaultAsync());
    }

    private static async Task<(int Id, string ETag)> CreatedAsync(HttpResponseMessage response, string expectedLocationStart)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var id = (await response.BodyAsync()).GetProperty("id").GetInt32();
        Assert.Equal($"{expectedLocationStart}/{id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        return (id, response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_goal_round_trip_POST_GET_PUT_with_If_Match_GET_then_DELETE_by_a_Coordinator()
    {
        using var teamlid = await MemberAsync(OrganisationRole.Teamlid);
        var domain = await RetainedDomainAsync();
        var statement = Scenario.Unique("Minder restafval per inwoner");
        var post = await teamlid.Client.PostAsync(Url("/goals"), ApiTestKit.Json(new
        {
            strategyDomainId = domain.Id, statement, indicator = "Restafval", targetValue = 120.5, unit = "kg/inw/jaar", baselineValue = 151.25, baselineYear = 2023,
        }));
        var (id, createdTag) = await CreatedAsync(post, Url("/goals"));

        var get = await teamlid.Client.GetAsync(Url($"/goals/{id}"));
        Assert.Equal(createdTag, get.Headers.ETag!.ToString());
        var goal = await get.BodyAsync();
        Assert.Equal(domain.TrajectoryId, goal.GetProperty("trajectoryId").GetInt32());
        Assert.Equal(120.5, goal.GetProperty("targetValue").GetDouble());
        Assert.Equal(151.25, goal.GetProperty("baselineValue").GetDouble());
        Assert.Equal(statement, goal.GetProperty("statement").GetString());

        var change = new { statement, targetValue = 99.75, unit = "kg/inw/jaar", baselineValue = 151.25, baselineYear = 2023, realismNote = "Haalbaar met de nieuwe inzameling." };
        // English figures are read as English: 99.75 stays 99.75 whatever the request's language.
        using var english = app.ApiClient(null, "en");
        english.DefaultRequestHeaders.Authorization = teamlid.Client.DefaultRequestHeaders.Authorization;
        var put = await english.SendAsync(HttpMethod.Put, Url($"/goals/{id}"), ApiTestKit.Json(change), createdTag);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var changedTag = put.Headers.ETag!.ToString();
        Assert.NotEqual(createdTag, changedTag);
        var after = await (await teamlid.Client.GetAsync(Url($"/goals/{id}"))).BodyAsync();
        Assert.Equal(99.75, after.GetProperty("targetValue").GetDouble());
        Assert.Equal("Haalbaar met de nieuwe inzameling.", after.GetProperty("realismNote").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("indicator").ValueKind);

        var stale = await teamlid.Client.SendAsync(HttpMethod.Put, Url($"/goals/{id}"), ApiTestKit.Json(change), createdTag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Api.Problem.Stale", await stale.ProblemCodeAsync());
        var missing = await teamlid.Client.SendAsync(HttpMethod.Put, Url($"/goals/{id}"), ApiTestKit.Json(change));
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal("Api.Problem.IfMatchRequired", await missing.ProblemCodeAsync());

        Assert.Contains(teamlid.TokenName, await AuditAuthorAsync(nameof(StrategyGoal), id));

        // Removing a goal is a Coördinator's decision, as on the page.
        var refused = await teamlid.Client.SendAsync(HttpMethod.Delete, Url($"/goals/{id}"), null, changedTag);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var coordinator = await MemberAsync(OrganisationRole.Coordinator);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await coordinator.Client.SendAsync(HttpMethod.Delete, Url($"/goals/{id}"), null, createdTag)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.Client.SendAsync(HttpMethod.Delete, Url($"/goals/{id}"), null, changedTag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Client.GetAsync(Url($"/goals/{id}"))).StatusCode);
        Assert.False(await DbAsync(db => db.StrategyGoals.AnyAsync(g => g.Id == id)));
    }

    [Fact]
    public async Task An_action_line_round_trip_and_removing_it_keeps_its_actions_without_a_line()
    {
        using var teamlid = await MemberAsync(OrganisationRole.Teamlid);
        var goalId = await GoalOfRetainedDomainAsync();
        var (id, createdTag) = await CreatedAsync(
            await teamlid.Client.PostAsync(Url("/action-lines"), ApiTestKit.Json(new { goalId, title = Scenario.Unique("Herstel en hergebruik"), description = "Eerst de scholen." })),
            Url("/action-lines"));
        var line = await (await teamlid.Client.GetAsync(Url($"/action-lines/{id}"))).BodyAsync();
        Assert.Equal(goalId, line.GetProperty("goalId").GetInt32());

        var put = await teamlid.Client.SendAsync(HttpMethod.Put, Url($"/action-lines/{id}"), ApiTestKit.Json(new { title = "Herstelpunten in elke deelgemeente" }), createdTag);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var after = await (await teamlid.Client.GetAsync(Url($"/action-lines/{id}"))).BodyAsync();
        Assert.Equal("Herstelpunten in elke deelgemeente", after.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("description").ValueKind);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await teamlid.Client.SendAsync(HttpMethod.Put, Url($"/action-lines/{id}"), ApiTestKit.Json(new { title = "Nog anders" }), createdTag)).StatusCode);
        Assert.Contains(teamlid.TokenName, await AuditAuthorAsync(nameof(ActionLine), id));

        var trajectoryId = line.GetProperty("trajectoryId").GetInt32();
        var action = await CreatedAsync(
            await teamlid.Client.PostAsync(Url("/actions"), ApiTestKit.Json(new { trajectoryId, actionLineId = id, title = "Repair café in de bib" })), Url("/actions"));

        using var coordinator = await MemberAsync(OrganisationRole.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await teamlid.Client.SendAsync(HttpMethod.Delete, Url($"/action-lines/{id}"), null, put.Headers.ETag!.ToString())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.Client.SendAsync(HttpMethod.Delete, Url($"/action-lines/{id}"), null, put.Headers.ETag!.ToString())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Client.GetAsync(Url($"/action-lines/{id}"))).StatusCode);
        var kept = await (await coordinator.Client.GetAsync(Url($"/actions/{action.Id}"))).BodyAsync();
        Assert.Equal(JsonValueKind.Null, kept.GetProperty("actionLineId").ValueKind);
    }

    [Fact]
    public async Task An_action_is_created_with_the_next_free_number_and_removed_by_a_Coordinator_only()
    {
        using var teamlid = await MemberAsync(OrganisationRole.Teamlid);
        var (_, trajectoryId) = await RetainedDomainAsync();
        var first = await CreatedAsync(await teamlid.Client.PostAsync(Url("/actions"), ApiTestKit.Json(new { trajectoryId, title = "Deelkast aan het gemeentehuis" })), Url("/actions"));
        var second = await CreatedAsync(await teamlid.Client.PostAsync(Url("/actions"), ApiTestKit.Json(new { trajectoryId, title = "Tweedehandsmarkt" })), Url("/actions"));
        var a = await (await teamlid.Client.GetAsync(Url($"/actions/{first.Id}"))).BodyAsync();
        var b = await (await teamlid.Client.GetAsync(Url($"/actions/{second.Id}"))).BodyAsync();
        Assert.Equal("Idee", a.GetProperty("status").GetString());
        Assert.Equal(trajectoryId, a.GetProperty("trajectoryId").GetInt32());
        Assert.False(string.IsNullOrEmpty(a.GetProperty("number").GetString()));
        Assert.NotEqual(a.GetProperty("number").GetString(), b.GetProperty("number").GetString());

        // A number already taken in the trajectory: the form's message, in Dutch, under the field.
        var taken = await teamlid.Client.PostAsync(Url("/actions"), ApiTestKit.Json(new { trajectoryId, number = a.GetProperty("number").GetString(), title = "Dubbel" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Equal("nl-BE", taken.Content.Headers.ContentLanguage.Single());
        Assert.True((await taken.BodyAsync()).GetProperty("errors").TryGetProperty("number", out _));
        Assert.Contains(teamlid.TokenName, await AuditAuthorAsync(nameof(PlannedAction), first.Id));

        Assert.Equal(HttpStatusCode.Forbidden, (await teamlid.Client.SendAsync(HttpMethod.Delete, Url($"/actions/{first.Id}"), null, first.ETag)).StatusCode);
        using var coordinator = await MemberAsync(OrganisationRole.Coordinator);
        var stale = await coordinator.Client.SendAsync(HttpMethod.Delete, Url($"/actions/{first.Id}"), null, "\"0123456789abcdef0123456789abcdef\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal((HttpStatusCode)428, (await coordinator.Client.SendAsync(HttpMethod.Delete, Url($"/actions/{first.Id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.Client.SendAsync(HttpMethod.Delete, Url($"/actions/{first.Id}"), null, first.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Client.GetAsync(Url($"/actions/{first.Id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Client.GetAsync(Url($"/actions/{second.Id}"))).StatusCode);
    }

    [Fact]
    public async Task An_indicator_round_trip_keeps_its_links_when_left_out_and_its_removal_takes_the_measurements()
    {
        using var teamlid = await MemberAsync(OrganisationRole.Teamlid);
        var goalId = await GoalOfRetainedDomainAsync();
        var name = Scenario.Unique("Hersteld textiel");
        var (id, createdTag) = await CreatedAsync(await teamlid.Client.PostAsync(Url("/indicators"), ApiTestKit.Json(new
        {
            level = "Output", name, unit = "kg", direction = "HigherIsBetter", instrument = "Bevraging", frequency = "Maandelijks",
            baselineValue = 10.0, baselineYear = 2023, targets = new[] { new { year = 2030, value = 100.0 } }, goalIds = new[] { goalId },
        })), Url("/indicators"));
        var indicator = await (await teamlid.Client.GetAsync(Url($"/indicators/{id}"))).BodyAsync();
        Assert.Equal(2030, indicator.GetProperty("targets")[0].GetProperty("year").GetInt32());
        Assert.Equal(100.0, indicator.GetProperty("targets")[0].GetProperty("value").GetDouble());
        Assert.Equal([goalId], await DbAsync(db => db.IndicatorGoalLinks.Where(l => l.IndicatorId == id).Select(l => l.StrategyGoalId).ToListAsync()));

        var change = new
        {
            level = "Output", name, unit = "kg", direction = "HigherIsBetter", instrument = "Bevraging", frequency = "Maandelijks",
            targets = new[] { new { year = 2030, value = 120.0 }, new { year = 2035, value = 200.0 } },
        };
        var put = await teamlid.Client.SendAsync(HttpMethod.Put, Url($"/indicators/{id}"), ApiTestKit.Json(change), createdTag);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var after = await (await teamlid.Client.GetAsync(Url($"/indicators/{id}"))).BodyAsync();
        Assert.Equal(2, after.GetProperty("targets").GetArrayLength());
        Assert.Equal(120.0, after.GetProperty("targets")[0].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("baselineValue").ValueKind);
        Assert.Equal([goalId], await DbAsync(db => db.IndicatorGoalLinks.Where(l => l.IndicatorId == id).Select(l => l.StrategyGoalId).ToListAsync()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await teamlid.Client.SendAsync(HttpMethod.Put, Url($"/indicators/{id}"), ApiTestKit.Json(change), createdTag)).StatusCode);
        Assert.Contains(teamlid.TokenName, await AuditAuthorAsync(nameof(Indicator), id));

        var measured = await teamlid.Client.PostAsync(Url($"/indicators/{id}/measurements"), ApiTestKit.Json(new { year = 2024, value = 12.0 }));
        Assert.Equal(HttpStatusCode.Created, measured.StatusCode);
        var current = (await teamlid.Client.GetAsync(Url($"/indicators/{id}"))).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.Forbidden, (await teamlid.Client.SendAsync(HttpMethod.Delete, Url($"/indicators/{id}"), null, current)).StatusCode);
        using var coordinator = await MemberAsync(OrganisationRole.Coordinator);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.Client.SendAsync(HttpMethod.Delete, Url($"/indicators/{id}"), null, current)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Client.GetAsync(Url($"/indicators/{id}"))).StatusCode);
        Assert.False(await DbAsync(db => db.Measurements.AnyAsync(m => m.IndicatorId == id)));
        Assert.False(await DbAsync(db => db.IndicatorGoalLinks.AnyAsync(l => l.IndicatorId == id)));
    }

    [Fact]
    public async Task Bad_input_answers_Dutch_problem_details_and_writes_nothing()
    {
        using var teamlid = await MemberAsync(OrganisationRole.Teamlid);
        var domain = await RetainedDomainAsync();
        var goalId = await GoalOfRetainedDomainAsync();
        var existing = await DbAsync(db => db.Indicators.Where(i => i.OrganisationId == app.Demo.Id).OrderBy(i => i.Id).Select(i => i.Name).FirstAsync());
        var before = await app.AuditCountAsync(app.Demo);

        var noStatement = await teamlid.Client.PostAsync(Url("/goals"), ApiTestKit.Json(new { strategyDomainId = domain.Id, statement = " " }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noStatement.StatusCode);
        Assert.Equal("Api.Problem.Validation", await noStatement.ProblemCodeAsync());
        var problem = await noStatement.BodyAsync();
        Assert.Equal("Ongeldige gegevens", problem.GetProperty("title").GetString());
        Assert.Equal("Schrijf op wat het doel is.", problem.GetProperty("errors").GetProperty("statement")[0].GetString());

        var noDomain = await (await teamlid.Client.PostAsync(Url("/goals"), ApiTestKit.Json(new { statement = "Een doel" }))).BodyAsync();
        Assert.Equal("Vul strategyDomainId in.", noDomain.GetProperty("errors").GetProperty("strategyDomainId")[0].GetString());

        var noTitle = await teamlid.Client.PostAsync(Url("/action-lines"), ApiTestKit.Json(new { goalId }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTitle.StatusCode);
        Assert.Equal("Geef de actielijn een naam.", (await noTitle.BodyAsync()).GetProperty("errors").GetProperty("title")[0].GetString());

        var sameName = await teamlid.Client.PostAsync(Url("/indicators"), ApiTestKit.Json(new
        {
            level = "Output", name = existing, unit = "kg", direction = "HigherIsBetter", instrument = "Bevraging", frequency = "Maandelijks",
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameName.StatusCode);
        Assert.Equal($"Er is al een indicator die ‘{existing}’ heet.", (await sameName.BodyAsync()).GetProperty("errors").GetProperty("name")[0].GetString());

        var unknown = await teamlid.Client.PostAsync(Url("/indicators"), ApiTestKit.Json("""{"name":"Nieuw","colour":"rood"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Api.Problem.UnknownField", await unknown.ProblemCodeAsync());
        Assert.Equal("Het veld ‘colour’ bestaat niet voor dit onderdeel.", (await unknown.BodyAsync()).GetProperty("detail").GetString());

        var wrongType = await teamlid.Client.PostAsync(Url("/action-lines"), ApiTestKit.Json("""{"goalId":"drie","title":"x"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("Api.Problem.WrongType", await wrongType.ProblemCodeAsync());

        var wrongEnum = await teamlid.Client.PostAsync(Url("/actions"), ApiTestKit.Json(new { trajectoryId = domain.TrajectoryId, title = "x", status = "Klaar-ish" }));
        Assert.Equal(HttpStatusCode.BadRequest, wrongEnum.StatusCode);

        var noTrajectory = await teamlid.Client.PostAsync(Url("/actions"), ApiTestKit.Json(new { title = "Zonder traject" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTrajectory.StatusCode);
        Assert.True((await noTrajectory.BodyAsync()).GetProperty("errors").TryGetProperty("trajectoryId", out _));

        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }

    [Fact]
    public async Task Another_organisations_ids_answer_404_in_the_address_and_in_the_body()
    {
        var (own, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = app.ApiClient(await app.IssueTokenAsync(own, outsider));
        var domain = await RetainedDomainAsync();
        var goalId = await GoalOfRetainedDomainAsync();
        var demo = app.Demo.Id;
        var actionId = await DbAsync(db => db.PlannedActions.Where(a => a.OrganisationId == demo).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var indicatorId = await DbAsync(db => db.Indicators.Where(i => i.OrganisationId == demo).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var lineId = await DbAsync(db => db.ActionLines.Where(l => l.OrganisationId == demo).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());
        var before = await app.AuditCountAsync(app.Demo);
        string Own(string rest) => $"/api/v1/organisations/{own.Slug}{rest}";

        foreach (var (path, body, field) in new[]
        {
            ("/goals", (object)new { strategyDomainId = domain.Id, statement = "Overgenomen doel" }, "strategyDomainId"),
            ("/action-lines", new { goalId, title = "Overgenomen lijn" }, "goalId"),
            ("/actions", new { trajectoryId = domain.TrajectoryId, title = "Overgenomen actie" }, "trajectoryId"),
        })
        {
            var response = await client.PostAsync(Own(path), ApiTestKit.Json(body));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Api.Problem.ReferenceNotFound", await response.ProblemCodeAsync());
            Assert.Contains(field, (await response.BodyAsync()).GetProperty("detail").GetString());
        }
        foreach (var path in new[] { $"/goals/{goalId}", $"/action-lines/{lineId}", $"/actions/{actionId}", $"/indicators/{indicatorId}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Delete, Own(path), null, "*")).StatusCode);
            if (!path.StartsWith("/actions", StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Put, Own(path), ApiTestKit.Json("{}"), "*")).StatusCode);
            }
        }
        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }

    [Theory]
    [InlineData(OrganisationRole.Beheerder, TokenScope.Read, "Api.Token.ReadOnly")]
    [InlineData(OrganisationRole.Lezer, TokenScope.Write, "Api.Problem.Forbidden")]
    public async Task A_read_token_or_a_Lezer_cannot_create_anything(OrganisationRole role, TokenScope scope, string code)
    {
        using var member = await MemberAsync(role, scope);
        var domain = await RetainedDomainAsync();
        var goalId = await GoalOfRetainedDomainAsync();
        var before = await app.AuditCountAsync(app.Demo);
        foreach (var (path, body) in new[]
        {
            ("/goals", (object)new { strategyDomainId = domain.Id, statement = "Nieuw doel" }),
            ("/action-lines", new { goalId, title = "Nieuwe lijn" }),
            ("/actions", new { trajectoryId = domain.TrajectoryId, title = "Nieuwe actie" }),
            ("/indicators", new { level = "Output", name = Scenario.Unique("Nieuw"), unit = "kg", direction = "HigherIsBetter", instrument = "Bevraging", frequency = "Maandelijks" }),
        })
        {
            var response = await member.Client.PostAsync(Url(path), ApiTestKit.Json(body));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(code, await response.ProblemCodeAsync());
        }
        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_new_writes_with_their_bodies_and_answers()
    {
        using var client = app.ApiClient(null);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        const string Org = "/api/v1/organisations/{org}";
        foreach (var (path, method, statuses) in new[]
        {
            ($"{Org}/goals", "post", new[] { "201", "404", "409", "422" }),
            ($"{Org}/goals/{{strategyGoalId}}", "put", ["200", "412", "422", "428"]),
            ($"{Org}/goals/{{strategyGoalId}}", "delete", ["204", "403", "412", "428"]),
            ($"{Org}/action-lines", "post", ["201", "422"]),
            ($"{Org}/action-lines/{{actionLineId}}", "put", ["200", "412", "422", "428"]),
            ($"{Org}/action-lines/{{actionLineId}}", "delete", ["204", "412"]),
            ($"{Org}/actions", "post", ["201", "422"]),
            ($"{Org}/actions/{{plannedActionId}}", "delete", ["204", "412"]),
            ($"{Org}/indicators", "post", ["201", "422"]),
            ($"{Org}/indicators/{{indicatorId}}", "put", ["200", "412", "422", "428"]),
            ($"{Org}/indicators/{{indicatorId}}", "delete", ["204", "412"]),
        })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            if (method != "delete")
            {
                Assert.True(operation.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _), $"{method} {path} has no JSON body");
            }
            foreach (var status in statuses)
            {
                Assert.True(operation.GetProperty("responses").TryGetProperty(status, out _), $"{method} {path} does not describe {status}");
            }
        }
    }

    [Fact]
    public async Task A_goal_in_a_dropped_domain_is_refused_with_409_as_the_domain_refuses_it()
    {
        using var teamlid = await MemberAsync(OrganisationRole.Teamlid);
        var demo = app.Demo.Id;
        var dropped = await DbAsync(db => db.StrategyDomains.Where(d => d.OrganisationId == demo && d.Decision == DomainDecision.LatenVallen).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var before = await app.AuditCountAsync(app.Demo);
        var response = await teamlid.Client.PostAsync(Url("/goals"), ApiTestKit.Json(new { strategyDomainId = dropped, statement = "Een doel in een afgevallen domein" }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Strategy.Error.GoalNeedsRetainedDomain", await response.ProblemCodeAsync());
        Assert.Equal("Doelen horen bij een actiedomein dat behouden is.", (await response.BodyAsync()).GetProperty("detail").GetString());
        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }
}
