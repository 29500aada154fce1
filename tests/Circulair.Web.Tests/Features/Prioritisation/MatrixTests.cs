using System.Net;
using Circulair.Organisations;
using Circulair.Vision;
using Circulair.Web.Tests.Features.Strategy;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Prioritisation;

/// <summary>Tool 6: ratings per member, mean and spread, the matrix with its filters and the mix check.</summary>
public sealed class MatrixTests(SharedApp app)
{
    [Fact]
    public async Task A_member_scores_with_the_form_and_a_second_score_replaces_the_first()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var action = await app.ActionAsync(s, null, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var matrix = await client.OpenAsync(s.Url("/matrix"));

        var first = await client.SubmitAsync(matrix, "#score-form", Form(("Input.PlannedActionId", $"{action}"), ("Input.Impact", "5"), ("Input.Effort", "1")));
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        matrix = await client.OpenAsync(s.Url("/matrix"));
        Assert.Equal("A01", matrix.Document.QuerySelector($"svg g.cx-scatter__point[data-key='{action}']")?.GetAttribute("data-label"));
        await client.SubmitAsync(matrix, "#score-form", Form(("Input.PlannedActionId", $"{action}"), ("Input.Impact", "2"), ("Input.Effort", "4")));

        var a = await app.LoadActionAsync(action);
        var rating = Assert.Single(a.Ratings);
        Assert.Equal((2, 4, RaterKind.Lid), (rating.Impact, rating.Effort, rating.Kind));
        Assert.Equal((2.0, 4.0), (a.ImpactMean!.Value, a.EffortMean!.Value));
        var after = await client.OpenAsync(s.Url("/matrix"));
        Assert.Contains("Vermijden", after.Text($"tr[data-key='{action}']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drag_is_answered_with_the_matrix_as_it_now_stands_without_a_redirect()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var action = await app.ActionAsync(s, null, "A01");
        await app.RateAsync(action, RaterKey.Member(s.User.Id), 5, 1);
        using var client = await app.LoggedInClientAsync(s.User);
        var matrix = await client.OpenAsync(s.Url("/matrix"));
        Assert.Contains("Quick win", matrix.Text($"#matrix tr[data-key='{action}']"), StringComparison.Ordinal);

        // What impact-effort-drag.js sends when a point is dropped at impact 1, effort 5.
        client.Http.DefaultRequestHeaders.Add("HX-Request", "true");
        var dragged = await client.PostAsync(s.Url("/matrix"),
            [new("Input.PlannedActionId", $"{action}"), new("Input.Impact", "1"), new("Input.Effort", "5"), new("__RequestVerificationToken", matrix.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.OK, dragged.Status);
        Assert.Contains("Vermijden", dragged.Text($"#matrix-region tr[data-key='{action}']"), StringComparison.Ordinal);
        var rating = Assert.Single((await app.LoadActionAsync(action)).Ratings);
        Assert.Equal((1, 5), (rating.Impact, rating.Effort));
    }

    [Fact]
    public async Task Shows_the_mean_and_the_spread_over_every_rater()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01", "Materialenbank");
        await app.RateAsync(action, RaterKey.Member(s.User.Id), 1, 5);
        await app.RateAsync(action, RaterKey.Workshop("ws1-tafel2"), 5, 4);
        using var client = await app.LoggedInClientAsync(s.User);

        var matrix = await client.OpenAsync(s.Url("/matrix"));
        var rate = await client.OpenAsync(s.Url($"/actions/{action}/rate"));

        var cells = matrix.Document.QuerySelectorAll($"tr[data-key='{action}'] td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Materialenbank", "3,0 (van 1 tot 5, sd 2,0)", "4,5 (van 4 tot 5, sd 0,5)", "impact 1, effort 5", "sterke onenigheid over de impact", "2", "Vermijden"], cells);
        Assert.Equal("3,0 (van 1 tot 5, sd 2,0)", rate.Text("[data-summary=impact]"));
        Assert.Equal(2, rate.Document.QuerySelectorAll("#ratings tbody tr").Length);
    }

    [Fact]
    public async Task Plots_only_what_the_domain_and_goal_filters_keep()
    {
        var s = await NewAsync(app);
        var built = await app.DomainAsync(s);
        var goods = await app.DomainAsync(s, "consumentengoederen");
        var g1 = await app.GoalAsync(built, "Doel bouw");
        var g2 = await app.GoalAsync(goods, "Doel afval");
        var a1 = await app.ActionAsync(s, await app.LineAsync(g1), "A01");
        var a2 = await app.ActionAsync(s, await app.LineAsync(g2), "A02");
        await app.RateAsync(a1, RaterKey.Member(s.User.Id), 4, 2);
        await app.RateAsync(a2, RaterKey.Member(s.User.Id), 4, 4);
        using var client = await app.LoggedInClientAsync(s.User);

        static IReadOnlyList<string?> Labels(Page p) => [.. p.Document.QuerySelectorAll("svg g.cx-scatter__point").Select(g => g.GetAttribute("data-label"))];
        Assert.Equal(["A01", "A02"], Labels(await client.OpenAsync(s.Url("/matrix"))));
        Assert.Equal(["A02"], Labels(await client.OpenAsync(s.Url($"/matrix?domain={goods}"))));
        Assert.Equal(["A01"], Labels(await client.OpenAsync(s.Url($"/matrix?goal={g1}"))));
    }

    [Fact]
    public async Task The_mix_check_warns_when_there_is_no_large_project_and_when_actions_are_to_be_avoided()
    {
        var s = await NewAsync(app);
        var quickWin = await app.ActionAsync(s, null, "A01");
        var avoid = await app.ActionAsync(s, null, "A02");
        await app.RateAsync(quickWin, RaterKey.Member(s.User.Id), 5, 1);
        await app.RateAsync(avoid, RaterKey.Member(s.User.Id), 1, 5);
        using var client = await app.LoggedInClientAsync(s.User);

        var matrix = await client.OpenAsync(s.Url("/matrix"));

        Assert.Equal(["NoLargeProjects", "ActionsToAvoid"], matrix.Document.QuerySelectorAll("#mix-warnings li").Select(li => li.GetAttribute("data-warning")));
    }

    [Fact]
    public async Task Refuses_a_score_outside_one_to_five_and_saves_nothing()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var matrix = await client.OpenAsync(s.Url("/matrix"));

        var refused = await client.SubmitAsync(matrix, "#score-form", Form(("Input.PlannedActionId", $"{action}"), ("Input.Impact", "6"), ("Input.Effort", "0")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Een score ligt tussen 1 en 5.", refused.FieldError("Input_Impact"));
        Assert.Equal("Een score ligt tussen 1 en 5.", refused.FieldError("Input_Effort"));
        Assert.Equal($"{action}", refused.ValueOf("Input_PlannedActionId"));
        Assert.Empty((await app.LoadActionAsync(action)).Ratings);
    }

    [Fact]
    public async Task A_reader_sees_the_matrix_but_cannot_score()
    {
        var s = await NewAsync(app, OrganisationRole.Lezer);
        var action = await app.ActionAsync(s, null, "A01");
        using var client = await app.LoggedInClientAsync(s.User);

        var matrix = await client.OpenAsync(s.Url("/matrix"));
        var post = await client.PostAsync(s.Url("/matrix"), [new("__RequestVerificationToken", matrix.AntiforgeryToken), new("Input.PlannedActionId", $"{action}"), new("Input.Impact", "3"), new("Input.Effort", "3")]);

        Assert.Null(matrix.Document.QuerySelector("#score-form"));
        Assert.Equal("false", matrix.Document.QuerySelector("#matrix")!.GetAttribute("data-can-drag"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Empty((await app.LoadActionAsync(action)).Ratings);
    }

    [Fact]
    public async Task After_a_drag_the_member_sees_their_own_point_where_they_dropped_it_beside_the_group_mean()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var action = await app.ActionAsync(s, null, "A01");
        await app.RateAsync(action, RaterKey.Workshop("ws1-tafel1"), 1, 5);
        using var client = await app.LoggedInClientAsync(s.User);
        var matrix = await client.OpenAsync(s.Url("/matrix"));
        Assert.Null(matrix.Document.QuerySelector($"svg g.cx-scatter__own[data-key='{action}']"));

        // The drag drops the point at impact 5, effort 1; the mean of both raters is impact 3, effort 3.
        client.Http.DefaultRequestHeaders.Add("HX-Request", "true");
        var dragged = await client.PostAsync(s.Url("/matrix"),
            [new("Input.PlannedActionId", $"{action}"), new("Input.Impact", "5"), new("Input.Effort", "1"), new("__RequestVerificationToken", matrix.AntiforgeryToken)]);

        var own = dragged.Document.QuerySelector($"#matrix svg g.cx-scatter__own[data-key='{action}']");
        Assert.NotNull(own);
        Assert.Equal(("1", "5"), (own.GetAttribute("data-own-x"), own.GetAttribute("data-own-y")));
        // Effort 1 is the left edge (x 80) and impact 5 the top (y 20); the mean 3/3 sits in the middle (320, 260).
        Assert.Equal("translate(80 20)", own.GetAttribute("transform"));
        Assert.Equal("translate(320 260)", dragged.Document.QuerySelector($"#matrix svg g.cx-scatter__point[data-key='{action}']")!.GetAttribute("transform"));
        Assert.Equal("impact 5, effort 1", dragged.Document.QuerySelectorAll($"#matrix tr[data-key='{action}'] td")[3].TextContent.Trim());

        // Another member sees the mean only, not the first member's own point.
        var other = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, other, OrganisationRole.Teamlid);
        using var otherClient = await app.LoggedInClientAsync(other);
        var theirs = await otherClient.OpenAsync(s.Url("/matrix"));
        Assert.NotNull(theirs.Document.QuerySelector($"svg g.cx-scatter__point[data-key='{action}']"));
        Assert.Null(theirs.Document.QuerySelector($"svg g.cx-scatter__own[data-key='{action}']"));
    }

    [Fact]
    public async Task Marks_actions_done_with_neighbouring_governments_on_the_matrix()
    {
        var s = await NewAsync(app);
        var together = await app.ActionAsync(s, null, "A01", "Gedeeld recyclagepark", d => d with { Neighbours = "Voorbeeldegem, Proefdonk" });
        var alone = await app.ActionAsync(s, null, "A02");
        await app.RateAsync(together, RaterKey.Member(s.User.Id), 4, 4);
        await app.RateAsync(alone, RaterKey.Member(s.User.Id), 4, 2);
        using var client = await app.LoggedInClientAsync(s.User);

        var matrix = await client.OpenAsync(s.Url("/matrix"));

        Assert.NotNull(matrix.Document.QuerySelector($"svg g.cx-scatter__point--ringed[data-key='{together}'] circle.cx-scatter__ring"));
        Assert.Null(matrix.Document.QuerySelector($"svg g.cx-scatter__point[data-key='{alone}'] circle.cx-scatter__ring"));
        Assert.Contains("samen met buurgemeenten (Voorbeeldegem, Proefdonk)", matrix.Text($"tr[data-key='{together}']"), StringComparison.Ordinal);
        Assert.Contains("buurgemeenten", matrix.Text("#matrix-legend"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flags_and_lists_actions_whose_raters_disagree_strongly()
    {
        var s = await NewAsync(app);
        var split = await app.ActionAsync(s, null, "A01", "Herstelcafé");
        var close = await app.ActionAsync(s, null, "A02");
        await app.RateAsync(split, RaterKey.Member(s.User.Id), 1, 2);
        await app.RateAsync(split, RaterKey.Workshop("ws1-p1"), 5, 3);
        await app.RateAsync(close, RaterKey.Member(s.User.Id), 2, 2);
        await app.RateAsync(close, RaterKey.Workshop("ws1-p1"), 4, 4);
        using var client = await app.LoggedInClientAsync(s.User);

        var matrix = await client.OpenAsync(s.Url("/matrix"));

        Assert.Equal([$"{split}"], matrix.Document.QuerySelectorAll("#disputed li").Select(li => li.GetAttribute("data-key")));
        Assert.Contains("sterke onenigheid over de impact", matrix.Text("#disputed"), StringComparison.Ordinal);
        Assert.Equal("A01 ≠", matrix.Text($"svg g.cx-scatter__point[data-key='{split}'] text"));
        Assert.Null(matrix.Document.QuerySelector($"svg g.cx-scatter__point[data-key='{close}'] .cx-scatter__badge"));
    }
}
