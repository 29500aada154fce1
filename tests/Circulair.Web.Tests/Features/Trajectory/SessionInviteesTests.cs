using System.Net;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Trajectory;

/// <summary>Sessions take their participants from the stakeholder register: invited, and present or not.</summary>
public sealed class SessionInviteesTests(SharedApp app)
{
    private Task<int> StakeholderAsync(TestOrganisation org, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var s = new Stakeholder(org.Id, new StakeholderDetails { Name = name, Group = StakeholderGroup.Bedrijven }, app.Clock.GetUtcNow().UtcDateTime);
            db.Stakeholders.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });

    [Fact]
    public async Task Invites_stakeholders_from_the_register_marks_who_came_and_shows_it_on_the_session()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Teamlid);
        var bakery = await StakeholderAsync(s.Organisation, "Bakkerij Demoland");
        var shop = await StakeholderAsync(s.Organisation, "Kringwinkel Demoland");
        var school = await StakeholderAsync(s.Organisation, "Hogeschool Demoland");
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[1];
        var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/participants"));
        var rows = form.Document.QuerySelectorAll("#invitees-form tbody tr").Select(tr => tr.GetAttribute("data-stakeholder")).ToList();
        Assert.Equal([$"{bakery}", $"{school}", $"{shop}"], rows);

        // Bakery invited only; shop present (which counts as invited); school not invited.
        var done = await s.Client.SubmitAsync(form, "#invitees-form", new Dictionary<string, string?> { ["Rows[0].Invited"] = "true", ["Rows[2].Present"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var stored = await app.WithDbAsync(async (db, _) => await db.SessionParticipants.Where(p => p.TrajectorySessionId == sessionId).OrderBy(p => p.StakeholderId).Select(p => new { p.StakeholderId, p.Present }).ToListAsync());
        Assert.Equal([(bakery, false), (shop, true)], stored.Select(p => (p.StakeholderId, p.Present)));
        var page = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}"));
        Assert.Contains("2 uitgenodigd, 1 aanwezig", page.Text("#invitees"), StringComparison.Ordinal);
        Assert.Equal("true", page.Document.QuerySelector($"#invitee-list li[data-stakeholder='{shop}']")?.GetAttribute("data-present"));
        Assert.Contains("Bakkerij Demoland", page.Text("#invitee-list"), StringComparison.Ordinal);

        // The form shows what is stored; unticking removes the invitation.
        form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/participants"));
        Assert.True(form.Document.GetElementById("Rows_0__Invited")!.HasAttribute("checked"));
        Assert.False(form.Document.GetElementById("Rows_1__Invited")!.HasAttribute("checked"));
        await s.Client.SubmitAsync(form, "#invitees-form", new Dictionary<string, string?> { ["Rows[0].Invited"] = null });
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.SessionParticipants.CountAsync(p => p.TrajectorySessionId == sessionId)));
    }

    [Fact]
    public async Task A_stakeholder_of_another_organisation_cannot_be_invited()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Teamlid);
        var other = await app.NewOrganisationAsync();
        var foreign = await StakeholderAsync(other, "Elders");
        await StakeholderAsync(s.Organisation, "Eigen");
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var form = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/participants"));

        var refused = await s.Client.SubmitAsync(form, "#invitees-form", new Dictionary<string, string?> { ["Rows[0].StakeholderId"] = $"{foreign}", ["Rows[0].Invited"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.SessionParticipants.CountAsync(p => p.TrajectorySessionId == sessionId)));
    }

    [Fact]
    public async Task Pages_the_register_by_fifty_and_a_save_on_page_two_keeps_the_invitations_of_page_one()
    {
        using var s = await TrajectoryScenario.StartAsync(app, OrganisationRole.Teamlid);
        var ids = await app.WithDbAsync(async (db, _) =>
        {
            var list = Enumerable.Range(1, 60).Select(n => new Stakeholder(s.Organisation.Id, new StakeholderDetails { Name = $"Partij {n:00}", Group = StakeholderGroup.Bedrijven }, app.Clock.GetUtcNow().UtcDateTime)).ToList();
            db.Stakeholders.AddRange(list);
            await db.SaveChangesAsync();
            return list.Select(x => x.Id).ToList();
        });
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var first = await s.Client.OpenAsync(s.Url($"/{id}/sessions/{sessionId}/participants"));
        Assert.Equal(50, first.Document.QuerySelectorAll("#invitees-form tbody tr").Length);
        await s.Client.SubmitAsync(first, "#invitees-form", new Dictionary<string, string?> { ["Rows[0].Invited"] = "true" });

        var second = await s.Client.OpenAsync(first.Document.QuerySelector("nav#invitees-pages a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(ids[50..].Select(i => $"{i}"), second.Document.QuerySelectorAll("#invitees-form tbody tr").Select(tr => tr.GetAttribute("data-stakeholder")));
        Assert.Equal("2", second.Document.QuerySelector("nav#invitees-pages a[aria-current=page]")!.TextContent.Replace("Pagina", "", StringComparison.Ordinal).Trim());
        var saved = await s.Client.SubmitAsync(second, "#invitees-form", new Dictionary<string, string?> { ["Rows[4].Present"] = "true" });

        Assert.Equal(s.Url($"/{id}/sessions/{sessionId}/participants?p=2"), saved.Location);
        var stored = await app.WithDbAsync(async (db, _) => await db.SessionParticipants.Where(p => p.TrajectorySessionId == sessionId).OrderBy(p => p.StakeholderId).Select(p => new { p.StakeholderId, p.Present }).ToListAsync());
        Assert.Equal([(ids[0], false), (ids[54], true)], stored.Select(p => (p.StakeholderId, p.Present)));
    }
}
