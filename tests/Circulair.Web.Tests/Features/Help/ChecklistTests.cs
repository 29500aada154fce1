using System.Net;
using Circulair.Audit;
using Circulair.Guidance;
using Circulair.Organisations;
using Circulair.Web.Tests.Features.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Help;

/// <summary>The method's checklists on a trajectory: derived from the sessions and register as they are filled in, the internal conditions ticked by a Coördinator.</summary>
public sealed class ChecklistTests(SharedApp app)
{
    private static string StateOf(Page page, string item) =>
        page.Document.QuerySelector($"#trajectory-checklists [data-item='{item}']")?.GetAttribute("data-state")
        ?? page.Document.QuerySelector($"#checklists [data-item='{item}']")?.GetAttribute("data-state")
        ?? throw new InvalidOperationException($"No checklist item {item} on {page.Url}.");

    [Fact]
    public async Task Sessions_and_diversity_follow_the_session_forms_and_the_register()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);
        var id = await s.NewTrajectoryAsync();
        var longlist = await s.Client.OpenAsync(s.Organisation.Url("/stakeholders/longlist"));
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.SubmitAsync(longlist, new Dictionary<string, string?> { ["Longlist.Names"] = "Kringwinkel Zuid\nOndernemersraad" })).Status);

        var detail = await s.Client.OpenAsync(s.Url($"/{id}"));
        Assert.Equal("Open", StateOf(detail, "Sessions.CoreTeam"));
        Assert.Equal("Open", StateOf(detail, "Diversity.Varied"));
        Assert.Equal("(0 van 3)", detail.Text("[data-item='Sessions.Stakeholders'] .cx-hint"));

        var sessions = await s.SessionIdsAsync(id);
        async Task Describe(int session, string date, string? minutes, string? participants)
        {
            var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{session}/edit"));
            var saved = await s.Client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Date"] = date, ["Input.Minutes"] = minutes, ["Input.Participants"] = participants });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }
        await Describe(sessions[0], "2026-03-02", null, null);
        detail = await s.Client.OpenAsync(s.Url($"/{id}"));
        Assert.Equal("Partly", StateOf(detail, "Sessions.CoreTeam"));

        await Describe(sessions[0], "2026-03-02", "Aanpak afgesproken.", null);
        await Describe(sessions[1], "2026-03-20", "Visie besproken.", "Kringwinkel Zuid, An (ondernemersraad)");
        await Describe(sessions[2], "2026-04-20", "Domeinen getoetst.", "Kringwinkel Zuid\nOndernemersraad");
        detail = await s.Client.OpenAsync(s.Url($"/{id}"));
        Assert.Equal("Done", StateOf(detail, "Sessions.CoreTeam"));
        Assert.Equal("Partly", StateOf(detail, "Sessions.Stakeholders"));
        Assert.Equal("(2 van 3)", detail.Text("[data-item='Sessions.Stakeholders'] .cx-hint"));
        // The same two stakeholders both times: not yet varied.
        Assert.Equal("Partly", StateOf(detail, "Diversity.Varied"));

        await Describe(sessions[3], "2026-05-20", "Acties gekozen.", "Kringwinkel Zuid");
        detail = await s.Client.OpenAsync(s.Url($"/{id}"));
        Assert.Equal("Done", StateOf(detail, "Sessions.Stakeholders"));
        Assert.Equal("Done", StateOf(detail, "Diversity.Varied"));
        Assert.Equal("Open", StateOf(detail, "Politics.MandaatOmTeStarten"));
    }

    [Fact]
    public async Task A_coordinator_ticks_the_internal_conditions_with_a_note_and_the_change_is_audited()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);
        var id = await s.NewTrajectoryAsync();
        var page = await s.Client.OpenAsync(s.Url($"/{id}/checklists"));
        Assert.Equal("Open", StateOf(page, "Conditions.Mandaat"));

        var saved = await s.Client.SubmitAsync(page, "#conditions-form", new Dictionary<string, string?>
        {
            ["Input.Conditions[0].Ticked"] = "true",
            ["Input.Conditions[0].Note"] = "Collegebesluit van 12 februari",
            ["Input.Conditions[2].Ticked"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        page = await s.Client.OpenAsync(saved.Location!);
        Assert.Equal("Done", StateOf(page, "Conditions.Mandaat"));
        Assert.Equal("Open", StateOf(page, "Conditions.Tijd"));
        Assert.Equal("Done", StateOf(page, "Conditions.Budget"));
        Assert.Contains("Collegebesluit van 12 februari", page.Text("[data-item='Conditions.Mandaat']"), StringComparison.Ordinal);
        Assert.Equal("Collegebesluit van 12 februari", page.ValueOf("Input_Conditions_0__Note"));
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.OrganisationId == s.Organisation.Id && e.EntityType == nameof(InternalCondition) && e.Action == AuditAction.Added).Select(e => e.EntityId).Distinct().CountAsync()));

        // Unticking removes the condition again.
        saved = await s.Client.SubmitAsync(page, "#conditions-form", new Dictionary<string, string?> { ["Input.Conditions[0].Ticked"] = "false" });
        page = await s.Client.OpenAsync(saved.Location!);
        Assert.Equal("Open", StateOf(page, "Conditions.Mandaat"));
        Assert.Equal("Done", StateOf(page, "Conditions.Budget"));
        var detail = await s.Client.OpenAsync(s.Url($"/{id}"));
        Assert.Equal("Done", StateOf(detail, "Conditions.Budget"));
    }

    [Fact]
    public async Task A_note_that_is_too_long_is_refused_with_the_error_pattern_and_the_typed_text_kept()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Coordinator);
        var id = await s.NewTrajectoryAsync();
        var page = await s.Client.OpenAsync(s.Url($"/{id}/checklists"));
        var note = new string('x', InternalCondition.NoteMaxLength + 1);

        var refused = await s.Client.SubmitAsync(page, "#conditions-form", new Dictionary<string, string?> { ["Input.Conditions[1].Ticked"] = "true", ["Input.Conditions[1].Note"] = note });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.NotEmpty(refused.ErrorSummary);
        Assert.Equal(note, refused.ValueOf("Input_Conditions_1__Note"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.InternalConditions.CountAsync(c => c.OrganisationId == s.Organisation.Id)));
    }

    [Fact]
    public async Task A_teamlid_sees_the_checklists_without_the_form_and_may_not_post_it()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Teamlid);
        var id = await s.NewTrajectoryAsync();

        var page = await s.Client.OpenAsync(s.Url($"/{id}/checklists"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("#conditions-form"));
        Assert.Equal("Open", StateOf(page, "Conditions.Cultuur"));
        var posted = await s.Client.PostAsync(s.Url($"/{id}/checklists"), [new("Input.Conditions[0].Kind", "Mandaat"), new("__RequestVerificationToken", page.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
    }
}
