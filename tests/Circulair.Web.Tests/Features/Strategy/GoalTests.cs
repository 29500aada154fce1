using System.Net;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>Phase 2, step 2: SMART goals per retained domain with the assistant's checklist.</summary>
public sealed class GoalTests(SharedApp app)
{
    private Task<List<StrategyGoal>> GoalsAsync(StrategySetup s) =>
        app.WithDbAsync(async (db, _) => await db.StrategyGoals.AsNoTracking().Where(g => g.TrajectoryId == s.TrajectoryId).ToListAsync());

    private static IReadOnlyList<string> OpenGaps(Page page) =>
        [.. page.Document.QuerySelectorAll("#smart li[data-gap]").Where(li => !li.HasAttribute("hidden")).Select(li => li.GetAttribute("data-gap")!)];

    [Fact]
    public async Task Saves_a_goal_with_only_a_statement_and_the_checklist_names_what_is_missing()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/goals/new?domain={domain}"));
        Assert.NotNull(form.Document.QuerySelector("#smart[data-module=smart-checklist]"));

        var saved = await client.SubmitAsync(form, "#goal-form", Form(("Input.Statement", "Minder restafval in de stad")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var goal = Assert.Single(await GoalsAsync(s));
        Assert.Equal("Minder restafval in de stad", goal.Statement);
        var page = await client.OpenAsync(saved.Location!);
        Assert.Equal(["NoIndicator", "NoTarget", "NoUnit", "NoBaseline", "NoOwner", "NoRealismNote", "NoDeadline"], OpenGaps(page));
        Assert.Contains("geen getal (streefwaarde)", page.Text("#smart"), StringComparison.Ordinal);
        Assert.Contains("geen datum", page.Text("#smart"), StringComparison.Ordinal);
        Assert.Contains("geen eigenaar", page.Text("#smart"), StringComparison.Ordinal);
        Assert.Equal("0 van de 5 criteria in orde", page.Text("[data-smart-count]"));
    }

    [Fact]
    public async Task Saves_every_SMART_element_reading_figures_as_written_in_Flanders()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        await app.StakeholderAsync(s, "Dienst Milieu");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/goals/new?domain={domain}"));

        var saved = await client.SubmitAsync(form, "#goal-form", Form(
            ("Input.Statement", "Tegen 2030 daalt het restafval"), ("Input.Indicator", "Restafval per inwoner"), ("Input.TargetValue", "99,5"),
            ("Input.Unit", "kg per inwoner"), ("Input.BaselineValue", "1.250"), ("Input.BaselineYear", "2023"), ("Input.Deadline", "2030-12-31"),
            ("Input.Owner", "Dienst Milieu"), ("Input.RealismNote", "Past in het materialenplan")));

        var goal = Assert.Single(await GoalsAsync(s));
        Assert.Equal((99.5, 1250.0, 2023, new DateOnly(2030, 12, 31)), (goal.TargetValue!.Value, goal.BaselineValue!.Value, goal.BaselineYear!.Value, goal.Deadline!.Value));
        var page = await client.OpenAsync(saved.Location!);
        Assert.Empty(OpenGaps(page));
        Assert.Equal("5 van de 5 criteria in orde", page.Text("[data-smart-count]"));
        var edit = await client.OpenAsync(s.Url($"/goals/{goal.Id}/edit"));
        Assert.Equal("99,5", edit.ValueOf("Input_TargetValue"));
    }

    [Fact]
    public async Task A_goal_with_x_everywhere_and_a_deadline_before_its_baseline_meets_no_criterion_and_each_gap_explains_itself()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/goals/new?domain={domain}"));

        var saved = await client.SubmitAsync(form, "#goal-form", Form(
            ("Input.Statement", "x"), ("Input.Indicator", "x"), ("Input.TargetValue", "1"), ("Input.Unit", "x"), ("Input.BaselineValue", "2"),
            ("Input.BaselineYear", "2024"), ("Input.Deadline", "2020-01-01"), ("Input.Owner", "x"), ("Input.RealismNote", "x")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var page = await client.OpenAsync(saved.Location!);
        Assert.Equal(["VagueStatement", "VagueIndicator", "UnitNotMeasurable", "OwnerUnknown", "VagueRealismNote", "DeadlineNotAfterBaseline", "DeadlinePassed"], OpenGaps(page));
        Assert.Equal("0 van de 5 criteria in orde", page.Text("[data-smart-count]"));
        Assert.All(page.Document.QuerySelectorAll("#smart li[data-gap]:not([hidden])"), li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector(".cx-smart__explain")?.TextContent)));
        Assert.Contains("stakeholderregister", page.Document.QuerySelector("#smart li[data-gap=OwnerUnknown] .cx-smart__explain")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("bijvoorbeeld", page.Document.QuerySelector("#smart li[data-gap=UnitNotMeasurable]")!.TextContent + page.Document.QuerySelector("#smart li[data-gap=DeadlineNotAfterBaseline]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_counts_when_it_names_a_member_of_the_organisation_and_a_refused_form_checks_content_too()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var member = s.User.Name;
        var form = await client.OpenAsync(s.Url($"/goals/new?domain={domain}"));

        var refused = await client.SubmitAsync(form, "#goal-form", Form(
            ("Input.Statement", "Tegen 2030 daalt het restafval"), ("Input.Indicator", "Restafval per inwoner"), ("Input.TargetValue", "veel"),
            ("Input.Unit", "kg per inwoner"), ("Input.BaselineValue", "140"), ("Input.BaselineYear", "2023"), ("Input.Deadline", "2025-12-31"),
            ("Input.Owner", member), ("Input.RealismNote", "Past in het materialenplan")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(["NoTarget", "DeadlinePassed"], OpenGaps(refused));
        Assert.DoesNotContain("OwnerUnknown", OpenGaps(refused));
    }

    [Fact]
    public async Task An_owner_added_to_the_register_counts_at_once_although_the_names_are_kept_in_memory()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/goals/new?domain={domain}"));
        var saved = await client.SubmitAsync(form, "#goal-form", Form(
            ("Input.Statement", "Tegen 2030 daalt het restafval"), ("Input.Indicator", "Restafval per inwoner"), ("Input.TargetValue", "99,5"),
            ("Input.Unit", "kg per inwoner"), ("Input.BaselineValue", "140"), ("Input.BaselineYear", "2023"), ("Input.Deadline", "2030-12-31"),
            ("Input.Owner", "Dienst Circulaire Projecten"), ("Input.RealismNote", "Past in het materialenplan")));

        var before = await client.OpenAsync(saved.Location!);
        Assert.Equal(["OwnerUnknown"], OpenGaps(before));
        var cache = app.Services.GetRequiredService<Circulair.Web.Features.Strategy.Goals.SmartOwnerCache>();
        var version = await app.WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.Id == s.Organisation.Id).Select(o => o.OwnerNamesVersion).SingleAsync());
        Assert.True(cache.Holds(s.Organisation.Id, version));

        var register = await client.OpenAsync(s.Organisation.Url("/stakeholders/new"));
        var added = await client.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["Stakeholder.Name"] = "Dienst Circulaire Projecten", ["Stakeholder.Kind"] = "Organisatie", ["Stakeholder.Group"] = "Bedrijven",
            ["Stakeholder.Side"] = "Intern",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);

        var after = await client.OpenAsync(saved.Location!);
        Assert.Empty(OpenGaps(after));
        Assert.Equal("5 van de 5 criteria in orde", after.Text("[data-smart-count]"));
    }

    [Fact]
    public async Task Refuses_a_goal_without_a_statement_keeping_everything_typed()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/goals/new?domain={domain}"));

        var refused = await client.SubmitAsync(form, "#goal-form", Form(("Input.Statement", "  "), ("Input.Indicator", "Restafval"), ("Input.Owner", "Dienst Milieu")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Schrijf op wat het doel is.", refused.FieldError("Input_Statement"));
        Assert.Equal("Restafval", refused.ValueOf("Input_Indicator"));
        Assert.Equal("Dienst Milieu", refused.ValueOf("Input_Owner"));
        Assert.Contains("NoStatement", OpenGaps(refused));
        Assert.DoesNotContain("NoOwner", OpenGaps(refused));
        Assert.Empty(await GoalsAsync(s));
    }

    [Fact]
    public async Task Refuses_a_target_that_is_not_a_number_and_says_so_at_the_field()
    {
        var s = await NewAsync(app);
        var domain = await app.DomainAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/goals/new?domain={domain}"));

        var refused = await client.SubmitAsync(form, "#goal-form", Form(("Input.Statement", "Minder restafval"), ("Input.TargetValue", "veel minder")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Streefwaarde moet een getal zijn, bv. 100 of 12,5 (nu: “veel minder”).", refused.FieldError("Input_TargetValue"));
        Assert.Equal("veel minder", refused.ValueOf("Input_TargetValue"));
        Assert.Equal("Minder restafval", refused.ValueOf("Input_Statement"));
        Assert.Empty(await GoalsAsync(s));
    }

    [Fact]
    public async Task A_domain_that_was_not_kept_takes_no_goals()
    {
        var s = await NewAsync(app);
        var dropped = await app.DomainAsync(s, "bio-economie", DomainDecision.LatenVallen, "Geen trekker");
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Url($"/goals/new?domain={dropped}"));
        var post = await client.PostAsync(s.Url($"/goals/new?domain={dropped}"), [new("__RequestVerificationToken", page.AntiforgeryToken), new("Input.Statement", "Toch een doel")]);

        Assert.NotNull(page.Document.QuerySelector("#not-retained"));
        Assert.Null(page.Document.QuerySelector("#goal-form"));
        Assert.NotEqual(HttpStatusCode.Redirect, post.Status);
        Assert.Empty(await GoalsAsync(s));
    }

    [Fact]
    public async Task Editing_changes_the_goal_and_the_history_shows_it()
    {
        var s = await NewAsync(app);
        var goal = await app.GoalAsync(await app.DomainAsync(s), "Eerste versie");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/goals/{goal}/edit"));

        await client.SubmitAsync(form, "#goal-form", Form(("Input.Statement", "Tweede versie"), ("Input.Deadline", "2029-06-30")));

        var page = await client.OpenAsync(s.Url($"/goals/{goal}"));
        Assert.Equal("Tweede versie", page.Text("h1"));
        Assert.Contains("Eerste versie", page.Text(".cx-history__list"), StringComparison.Ordinal);
        Assert.DoesNotContain("NoDeadline", OpenGaps(page));
    }
}
