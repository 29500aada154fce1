using System.Net;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Trajectory;
using Circulair.Web.Tests.Features.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Audit;

/// <summary>
/// The audit interceptor on the app's real database (these cannot be Core tests: they need I/O). Changes
/// are made through the pages, so "who" is the signed-in person and "when" the test clock.
/// </summary>
public sealed class AuditTrailTests(SharedApp app)
{
    private static Task<List<AuditEntry>> RowsAsync(SharedApp app, string entityType, int id) =>
        app.WithDbAsync(async (db, _) => await db.AuditEntries.Where(e => e.EntityType == entityType && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task Inserting_a_session_records_who_when_and_each_field_with_the_real_trajectory_id()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];

        var rows = await RowsAsync(app, nameof(TrajectorySession), sessionId);

        Assert.All(rows, r => Assert.Equal(AuditAction.Added, r.Action));
        Assert.All(rows, r => Assert.Equal((s.Organisation.Id, s.User.Id, s.User.Name), (r.OrganisationId, r.UserId!.Value, r.UserName!)));
        Assert.All(rows, r => Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, r.At));
        Assert.Single(rows.Select(r => r.ChangeId).Distinct());
        var fields = rows.ToDictionary(r => r.Field, r => r.NewValue);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[nameof(TrajectorySession.TrajectoryId)]);
        Assert.Equal("Kernteam", fields[nameof(TrajectorySession.Kind)]);
        Assert.Equal("Fase1", fields[nameof(TrajectorySession.Phase)]);
        Assert.Equal("1", fields[nameof(TrajectorySession.Position)]);
        Assert.DoesNotContain(nameof(TrajectorySession.Minutes), fields.Keys);
        Assert.DoesNotContain(nameof(TrajectorySession.OrganisationId), fields.Keys);
    }

    [Fact]
    public async Task Updating_a_session_records_only_the_changed_fields_old_to_new_at_the_clocks_time()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[1];
        var first = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        await s.Client.SubmitAsync(first, new Dictionary<string, string?> { ["Input.Place"] = "Raadzaal", ["Input.Date"] = "2026-04-14" });
        var editedAt = app.Clock.GetUtcNow().UtcDateTime;
        var second = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));

        await s.Client.SubmitAsync(second, new Dictionary<string, string?> { ["Input.Place"] = "Bibliotheek", ["Input.Date"] = "2026-04-14" });

        var modified = (await RowsAsync(app, nameof(TrajectorySession), sessionId)).Where(r => r.Action == AuditAction.Modified).ToList();
        Assert.Equal(3, modified.Count);
        Assert.Contains(modified, r => (r.Field, r.OldValue, r.NewValue) == ("Date", null, "2026-04-14"));
        Assert.Contains(modified, r => (r.Field, r.OldValue, r.NewValue) == ("Place", null, "Raadzaal"));
        Assert.Contains(modified, r => (r.Field, r.OldValue, r.NewValue) == ("Place", "Raadzaal", "Bibliotheek"));
        Assert.All(modified, r => Assert.Equal(editedAt, r.At));
        Assert.All(modified, r => Assert.Equal(s.User.Id, r.UserId));
    }

    [Fact]
    public async Task The_history_on_the_session_page_shows_the_change_in_Dutch_labels_and_Belgian_dates()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[1];
        var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        await s.Client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Date"] = "2026-04-14", ["Input.Phase"] = "Fase2" });

        var page = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}"));

        var changes = page.Document.QuerySelectorAll(".cx-history__change").ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains("gewijzigd", changes[0].QuerySelector(".cx-history__who")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(s.User.Name, changes[0].QuerySelector(".cx-history__who")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("aangemaakt", changes[1].QuerySelector(".cx-history__who")!.TextContent, StringComparison.Ordinal);
        var rows = changes[0].QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains("Datum | — | 14/04/2026", rows);
        Assert.Contains("Fase | Fase 1 – Stakeholders, visie en kansenscan | Fase 2 – Strategie en acties", rows);
    }

    [Fact]
    public async Task Removing_a_session_records_its_deletion_with_the_old_values_and_the_renumbering_of_the_others()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var ids = await s.SessionIdsAsync(id);
        var edit = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{ids[0]}/edit"));
        await s.Client.SubmitAsync(edit, new Dictionary<string, string?> { ["Input.Minutes"] = "Verslag dat weg moet" });
        var confirm = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{ids[0]}/delete"));

        await s.Client.SubmitAsync(confirm, new Dictionary<string, string?>());

        var deleted = (await RowsAsync(app, nameof(TrajectorySession), ids[0])).Where(r => r.Action == AuditAction.Deleted).ToList();
        Assert.Contains(deleted, r => (r.Field, r.OldValue, r.NewValue) == ("Minutes", "Verslag dat weg moet", null));
        Assert.Contains(deleted, r => (r.Field, r.OldValue) == ("Kind", "Kernteam"));
        Assert.All(deleted, r => Assert.Equal(s.User.Id, r.UserId));
        var next = (await RowsAsync(app, nameof(TrajectorySession), ids[1])).Where(r => r.Action == AuditAction.Modified).ToList();
        Assert.Contains(next, r => (r.Field, r.OldValue, r.NewValue) == ("Position", "2", "1"));
    }

    [Fact]
    public async Task Deleting_a_trajectory_records_the_deletion_of_each_of_its_sessions()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var ids = await s.SessionIdsAsync(id);
        var confirm = await s.Client.OpenAsync(s.Url($"/{id}/delete"));

        await s.Client.SubmitAsync(confirm, new Dictionary<string, string?>());

        Assert.Contains((await RowsAsync(app, nameof(StrategyTrajectory), id)), r => r.Action == AuditAction.Deleted && r.Field == "Title" && r.OldValue == "Circulair 2030");
        foreach (var sessionId in ids)
        {
            Assert.Contains((await RowsAsync(app, nameof(TrajectorySession), sessionId)), r => r.Action == AuditAction.Deleted);
        }
    }

    [Fact]
    public async Task Erasing_personal_values_blanks_the_participants_and_the_history_says_they_were_erased()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var edit = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        await s.Client.SubmitAsync(edit, new Dictionary<string, string?> { ["Input.Participants"] = "Griet Vermeulen", ["Input.Place"] = "Raadzaal" });
        edit = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        await s.Client.SubmitAsync(edit, new Dictionary<string, string?> { ["Input.Participants"] = "Kernteam" });
        var before = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}"));
        Assert.Contains("Griet Vermeulen", before.Text(".cx-history"), StringComparison.Ordinal);

        var erased = await app.WithDbAsync((db, _) => AuditTrail.ErasePersonalValuesAsync(db, s.Organisation.Id, nameof(TrajectorySession), sessionId));

        Assert.Equal(2, erased);
        var rows = await RowsAsync(app, nameof(TrajectorySession), sessionId);
        Assert.All(rows.Where(r => r.Field == "Participants"), r => Assert.True(r.IsPersonal && r.IsErased && r.OldValue is null && r.NewValue is null));
        Assert.Contains(rows, r => r.Field == "Place" && r.NewValue == "Raadzaal" && !r.IsErased);
        var after = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}"));
        Assert.DoesNotContain("Griet Vermeulen", after.Text(".cx-history"), StringComparison.Ordinal);
        var participantRows = after.Document.QuerySelectorAll(".cx-history tbody tr").Where(r => r.QuerySelector("th")!.TextContent.Trim() == "Deelnemers").ToList();
        Assert.Equal(2, participantRows.Count);
        Assert.All(participantRows, r => Assert.Equal("gewist op verzoek (persoonsgegevens)", r.QuerySelector("td")!.TextContent.Trim()));
    }

    [Fact]
    public async Task A_beheerder_erases_a_sessions_personal_history_after_a_confirm_step_and_a_team_member_cannot()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var edit = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/edit"));
        await s.Client.SubmitAsync(edit, new Dictionary<string, string?> { ["Input.Participants"] = "Griet Vermeulen" });
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, member, OrganisationRole.Teamlid);
        using var memberClient = await app.LoggedInClientAsync(member);
        var memberPage = await memberClient.OpenAsync(s.Url($"/{id}/sessions/{sessionId}"));
        Assert.Null(memberPage.Document.QuerySelector(".cx-erase a"));
        Assert.Equal(HttpStatusCode.Forbidden, (await memberClient.GetAsync(s.Url($"/{id}/sessions/{sessionId}/erase-personal"))).Status);
        var forged = await memberClient.PostAsync(s.Url($"/{id}/sessions/{sessionId}/erase-personal"), [new("__RequestVerificationToken", memberPage.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);

        var page = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}"));
        var confirm = await s.Client.OpenAsync(page.Document.QuerySelector(".cx-erase a")!.GetAttribute("href")!);
        Assert.Contains("1 waarde met", confirm.Text(".cx-warning"), StringComparison.Ordinal);
        Assert.DoesNotContain((await RowsAsync(app, nameof(TrajectorySession), sessionId)), r => r.IsErased);
        var done = await s.Client.SubmitAsync(confirm, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(s.Url($"/{id}/sessions/{sessionId}"), done.Location);
        var rows = await RowsAsync(app, nameof(TrajectorySession), sessionId);
        Assert.All(rows.Where(r => r.Field == "Participants"), r => Assert.True(r.IsErased));
        Assert.DoesNotContain("Griet Vermeulen", (await s.Client.OpenAsync(done.Location!)).Text(".cx-history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_is_scoped_to_the_organisation_and_the_item()
    {
        using var a = await TrajectoryScenario.StartAsync(app);
        var id = await a.NewTrajectoryAsync();
        var ids = await a.SessionIdsAsync(id);
        foreach (var sessionId in ids.Take(2))
        {
            var edit = await a.Client.OpenAsync(a.Url($"/{id}/sessions/{sessionId}/edit"));
            await a.Client.SubmitAsync(edit, new Dictionary<string, string?> { ["Input.Participants"] = "Griet Vermeulen" });
        }
        var otherOrganisation = await app.NewOrganisationAsync();

        Assert.Equal(0, await app.WithDbAsync((db, _) => AuditTrail.ErasePersonalValuesAsync(db, otherOrganisation.Id, nameof(TrajectorySession), ids[0])));
        Assert.Equal(1, await app.WithDbAsync((db, _) => AuditTrail.ErasePersonalValuesAsync(db, a.Organisation.Id, nameof(TrajectorySession), ids[0])));

        Assert.Contains(await RowsAsync(app, nameof(TrajectorySession), ids[1]), r => r.Field == "Participants" && r.NewValue == "Griet Vermeulen");
    }

    [Fact]
    public async Task Personal_fields_such_as_an_invitations_email_are_marked_and_erasable()
    {
        var organisation = await app.NewOrganisationAsync();
        var inviter = await app.NewUserAsync();
        var invitationId = await app.WithDbAsync(async (db, _) =>
        {
            var (invitation, _) = Invitation.Create(organisation.Id, "griet@example.test", OrganisationRole.Teamlid, inviter.Id, app.Clock.GetUtcNow().UtcDateTime);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Id;
        });

        var rows = await RowsAsync(app, nameof(Invitation), invitationId);
        Assert.Contains(rows, r => r.Field == "Email" && r.IsPersonal && r.NewValue == "griet@example.test");
        Assert.DoesNotContain(rows, r => r.Field == "TokenHash");

        await app.WithDbAsync((db, _) => AuditTrail.ErasePersonalValuesAsync(db, organisation.Id, nameof(Invitation), invitationId));

        rows = await RowsAsync(app, nameof(Invitation), invitationId);
        Assert.Contains(rows, r => r.Field == "Email" && r.IsErased && r.NewValue is null);
        Assert.Contains(rows, r => r.Field == "Role" && r.NewValue == "Teamlid");
    }

    [Fact]
    public async Task No_audited_text_field_is_longer_than_the_trail_can_hold()
    {
        var tooLong = await app.WithDbAsync((db, _) => Task.FromResult(db.Model.GetEntityTypes()
            .Where(e => typeof(Circulair.Persistence.IOrganisationScoped).IsAssignableFrom(e.ClrType) || e.ClrType == typeof(Organisation))
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo?.GetCustomAttributes(typeof(NotAuditedAttribute), true).Length is null or 0).Select(p => (Entity: e.ClrType.Name, p.Name, Max: p.GetMaxLength())))
            .Where(p => p.Max is null || p.Max > AuditEntry.ValueMaxLength)
            .Select(p => $"{p.Entity}.{p.Name}")
            .ToList()));

        Assert.Empty(tooLong);
    }
}
