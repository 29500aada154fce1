using System.Net;
using Circulair.Organisations;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Security;

/// <summary>
/// The reader sweep: a Lezer opens every route below /o/{org} of the demo organisation (enumerated like the
/// tenant-isolation sweep). A page that answers 200 shows no form posting to a page whose writing needs more
/// than a Lezer: an edit or create page a reader cannot save answers 403 instead, and read pages leave out the
/// controls a reader may not use.
/// </summary>
public sealed class ReaderAccessTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    [Fact]
    public async Task A_reader_is_never_shown_a_form_that_only_a_writer_may_send()
    {
        var (_, reader) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        await app.AddMemberAsync(app.Demo, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "org")).ToList();
        var failures = new List<string>();
        var opened = 0;

        foreach (var route in RouteSweep.OrganisationRoutes(app))
        {
            if (Pending.Contains(route.RawText!.TrimStart('/')))
            {
                continue;
            }
            var url = await RouteSweep.UrlAsync(app, route, app.Demo.Slug, app.Demo.Id);
            // Headers first: a live stream (text/event-stream) never ends, and only HTML pages hold forms.
            using var response = await client.Http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            opened++;
            foreach (var form in document.QuerySelectorAll("form[method=post]"))
            {
                var target = new Uri(new Uri("http://localhost" + url), form.GetAttribute("action") ?? "").AbsolutePath;
                if (!target.StartsWith("/o/", StringComparison.Ordinal))
                {
                    continue;
                }
                var endpoint = Match(endpoints, target);
                var access = endpoint?.Metadata.GetMetadata<OrganisationAccessAttribute>() ?? OrganisationAccessAttribute.Default;
                if (!OrganisationRole.Lezer.Includes(access.Write))
                {
                    failures.Add($"GET {url} shows a form (#{form.Id}) posting to {target}, which needs {access.Write}");
                }
            }
        }

        Assert.True(opened > 20, $"The reader opened only {opened} pages.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Distinct()));
    }

    // Pages other work was changing when the sweep came: each still shows a reader a form only a writer may send.
    private static readonly HashSet<string> Pending = new(StringComparer.Ordinal);

    // Pages where a Lezer writes only their own things, never the organisation's content: API tokens (a Lezer makes
    // read-only tokens for themselves, decision 0330). The sweep still posts to them: an empty form must be refused
    // without a 5xx, and the audit trail must not grow.
    private static readonly HashSet<string> PersonalWrites = new(StringComparer.Ordinal) { "o/{org}/tokens" };

    /// <summary>
    /// The role sweep: a Lezer posts to every route below /o/{org} of the demo organisation and to each of its named
    /// handlers (<c>?handler=…</c>), with a valid antiforgery token and an empty form. No page lets a Lezer write
    /// (none lowers <see cref="OrganisationAccessAttribute.Write"/> to Lezer), so every one must answer 403 and the
    /// organisation's audit trail must not grow.
    /// </summary>
    [Fact]
    public async Task Every_write_by_a_reader_answers_403_named_handlers_included()
    {
        var (_, reader) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        await app.AddMemberAsync(app.Demo, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);
        var token = (await client.OpenAsync("/account/profile")).AntiforgeryToken;
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var before = await app.WithDbAsync(async (db, _) => await db.AuditEntries.CountAsync(e => e.OrganisationId == app.Demo.Id));
        var failures = new List<string>();
        int posts = 0, named = 0;

        foreach (var route in RouteSweep.OrganisationRoutes(app))
        {
            var access = endpoints.First(e => e.RoutePattern.RawText == route.RawText).Metadata.GetMetadata<OrganisationAccessAttribute>() ?? OrganisationAccessAttribute.Default;
            var personal = PersonalWrites.Contains(route.RawText!.TrimStart('/'));
            Assert.False(!personal && OrganisationRole.Lezer.Includes(access.Write), $"{route.RawText} lets a Lezer write; the sweep expects none to.");
            var url = await RouteSweep.UrlAsync(app, route, app.Demo.Slug, app.Demo.Id);
            foreach (var target in RouteSweep.PostTargets(app, route, url))
            {
                var post = await client.PostAsync(target, [new("__RequestVerificationToken", token)]);
                posts++;
                named += target.Contains("?handler=", StringComparison.Ordinal) ? 1 : 0;
                if (personal ? (int)post.Status >= 500 : post.Status != HttpStatusCode.Forbidden)
                {
                    failures.Add($"POST {target} answered {(int)post.Status}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Role sweep (Lezer): {posts} POST ({named} to named handlers), {failures.Count} not 403.");
        Assert.True(posts > 100, $"The sweep sent only {posts} writes.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await app.WithDbAsync(async (db, _) => await db.AuditEntries.CountAsync(e => e.OrganisationId == app.Demo.Id)));
    }

    [Theory]
    [InlineData("/stakeholders/new")]
    [InlineData("/initiatives/new")]
    [InlineData("/trajectories/new")]
    [InlineData("/scan/datasets/new")]
    [InlineData("/scan/import")]
    [InlineData("/scan/mappings")]
    public async Task A_reader_gets_403_on_a_create_page(string path)
    {
        var (_, reader) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        await app.AddMemberAsync(app.Demo, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);

        var page = await client.GetAsync(app.Demo.Url(path));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    /// <summary>The endpoint a path reaches: literal segments win over parameters, as routing does.</summary>
    private static RouteEndpoint? Match(IEnumerable<RouteEndpoint> endpoints, string path)
    {
        foreach (var endpoint in endpoints.OrderBy(e => e.RoutePattern.Parameters.Count))
        {
            var values = new RouteValueDictionary();
            var matcher = new TemplateMatcher(TemplateParser.Parse(endpoint.RoutePattern.RawText!.TrimStart('/')), []);
            if (matcher.TryMatch(path, values) && endpoint.RoutePattern.Parameters.All(p => Fits(p, values)))
            {
                return endpoint;
            }
        }
        return null;
    }

    private static bool Fits(RoutePatternParameterPart parameter, RouteValueDictionary values) =>
        !parameter.ParameterPolicies.Any(p => p.Content == "int") || int.TryParse(values[parameter.Name]?.ToString(), out _);
}
