using System.Net;
using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Web.Tests.Features.Stakeholders;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Budget;

/// <summary>Issue 14 item 2: the coordination role, platforms with members, meetings with decisions linked to actions.</summary>
public sealed class GovernanceTests(SharedApp app)
{
    [Fact]
    public async Task A_coordinator_describes_the_coordination_role_with_Dutch_errors_and_input_kept_and_a_reader_sees_it()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Organisation.Url("/followup/governance/coordination"));

        var refused = await client.SubmitAsync(form, "#coordination-form", Form(("Input.People", ""), ("Input.Fte", "een halve"), ("Input.Tasks", "Overleg met trekkers")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Geef wie de regie opneemt.", refused.FieldError("Input_People"));
        Assert.Equal("Geef de tijd als een getal van 0 tot 100 VTE; ‘een halve’ kunnen we niet lezen.", refused.FieldError("Input_Fte"));
        Assert.Equal("Overleg met trekkers", refused.ValueOf("Input_Tasks"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.CoordinationRoles.CountAsync(c => c.OrganisationId == s.Organisation.Id)));

        var saved = await client.SubmitAsync(refused, "#coordination-form", Form(("Input.People", "Milieucoördinator"), ("Input.Fte", "0,5"), ("Input.Kind", nameof(CoordinationKind.Team))));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var role = await app.WithDbAsync((db, _) => db.CoordinationRoles.SingleAsync(c => c.OrganisationId == s.Organisation.Id));
        Assert.Equal((CoordinationKind.Team, "Milieucoördinator", (double?)0.5), (role.Kind, role.People, role.Fte));

        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var readerClient = await app.LoggedInClientAsync(reader);
        var page = await readerClient.OpenAsync(s.Organisation.Url("/followup/governance"));
        Assert.Contains("Milieucoördinator", page.Text("#coordination-facts"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#edit-coordination"));
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(s.Organisation.Url("/followup/governance/coordination"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(s.Organisation.Url("/followup/governance/platforms/new"))).Status);
    }

    [Fact]
    public async Task A_platform_gets_members_from_the_register_and_typed_in_and_a_meeting_whose_decisions_link_to_actions()
    {
        var s = await NewAsync(app);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        var action = await app.ActionAsync(s, line, "A03", "Materialenbank");
        var stakeholder = await app.AddStakeholderAsync(s.Organisation, "Kringwinkel Demoland");
        using var client = await app.LoggedInClientAsync(s.User);

        var refused = await client.SubmitAsync(await client.OpenAsync(s.Organisation.Url("/followup/governance/platforms/new")), "#platform-form", Form(("Input.Name", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Geef de naam van het platform.", refused.FieldError("Input_Name"));
        var created = await client.SubmitAsync(refused, "#platform-form", Form(("Input.Name", "Platform Circulair"), ("Input.Kind", nameof(PlatformKind.EigenPlatform))));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var platformId = await app.WithDbAsync((db, _) => db.GovernancePlatforms.Where(p => p.OrganisationId == s.Organisation.Id).Select(p => p.Id).SingleAsync());

        var edit = await client.OpenAsync(created.Location!);
        var noMember = await client.SubmitAsync(edit, "#member-form", Form(("Member.StakeholderId", ""), ("Member.Name", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noMember.Status);
        Assert.Equal("Kies een stakeholder uit het register of typ een naam.", noMember.FieldError("Member_StakeholderId"));
        await client.SubmitAsync(noMember, "#member-form", Form(("Member.StakeholderId", stakeholder.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Member.Role", "Voorzitter")));
        edit = await client.SubmitAsync(await client.OpenAsync(created.Location!), "#member-form", Form(("Member.StakeholderId", ""), ("Member.Name", "Vertegenwoordiger milieuraad")));
        edit = await client.OpenAsync(created.Location!);
        Assert.Contains("Kringwinkel Demoland", edit.Text("#member-table"), StringComparison.Ordinal);
        Assert.Contains("Vertegenwoordiger milieuraad", edit.Text("#member-table"), StringComparison.Ordinal);

        var meetingForm = await client.OpenAsync(s.Organisation.Url($"/followup/governance/platforms/{platformId}/meetings/new"));
        var badMeeting = await client.SubmitAsync(meetingForm, "#meeting-form", Form(("Input.Date", ""), ("Input.Agenda", "1. Stand van zaken"),
            ("Input.Decisions[0].Text", ""), ("Input.Decisions[0].PlannedActionId", action.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badMeeting.Status);
        Assert.Equal("Geef de datum van de vergadering.", badMeeting.FieldError("Input_Date"));
        Assert.Equal("Schrijf de beslissing, of kies geen actie.", badMeeting.FieldError("Input_Decisions_0__Text"));
        Assert.Equal("1. Stand van zaken", badMeeting.ValueOf("Input_Agenda"));
        var meeting = await client.SubmitAsync(badMeeting, "#meeting-form", Form(("Input.Date", "2026-03-02"), ("Input.Decisions[0].Text", "Vast verkoopmoment elke maand")));
        Assert.Equal(HttpStatusCode.Redirect, meeting.Status);

        var shown = await client.OpenAsync(meeting.Location!);
        Assert.Equal("1. Stand van zaken", shown.Text("#meeting-agenda"));
        var link = shown.Document.QuerySelector("#decisions .cx-decision__action")!;
        Assert.Equal(s.Url($"/actions/{action}"), link.GetAttribute("href"));
        Assert.Contains("A03 Materialenbank", link.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.OrganisationId == s.Organisation.Id && e.EntityType == nameof(PlatformMeeting))));
    }
}
