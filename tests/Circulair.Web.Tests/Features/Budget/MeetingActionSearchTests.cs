using System.Globalization;
using System.Net;
using Circulair.Governance;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Budget;

/// <summary>
/// A meeting's decisions for a strategy of many actions: each drop-down offers the chosen actions and at most 50 others,
/// and a search above them posts the form back with everything typed, nothing saved.
/// </summary>
public sealed class MeetingActionSearchTests(SharedApp app)
{
    [Fact]
    public async Task The_decisions_offer_fifty_actions_and_a_search_finds_another_that_a_decision_then_points_at()
    {
        var s = await NewAsync(app);
        var actions = new List<int>();
        for (var n = 1; n <= 55; n++)
        {
            actions.Add(await app.ActionAsync(s, null, $"A{n:00}", $"Actie {n:00}"));
        }
        using var client = await app.LoggedInClientAsync(s.User);
        var created = await client.SubmitAsync(await client.OpenAsync(s.Organisation.Url("/followup/governance/platforms/new")), "#platform-form", Form(("Input.Name", "Platform Circulair"), ("Input.Kind", nameof(PlatformKind.EigenPlatform))));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var platformId = await app.WithDbAsync((db, _) => db.GovernancePlatforms.Where(p => p.OrganisationId == s.Organisation.Id).Select(p => p.Id).SingleAsync());
        var form = await client.OpenAsync(s.Organisation.Url($"/followup/governance/platforms/{platformId}/meetings/new"));
        Assert.Equal(1 + 50, form.Document.QuerySelectorAll("#Input_Decisions_0__PlannedActionId option").Length);

        var found = await client.SubmitAsync(form, "#meeting-form", Form(("Input.Date", ""), ("Input.Agenda", "1. Stand van zaken"), ("ActionSearch", "a55")), "button[name=FindActions]");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Empty(found.ErrorSummary);
        Assert.Equal("1. Stand van zaken", found.ValueOf("Input_Agenda"));
        Assert.Equal(["A55 Actie 55"], found.Document.QuerySelectorAll("#Input_Decisions_0__PlannedActionId option").Skip(1).Select(o => o.TextContent.Trim()));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PlatformMeetings.CountAsync(m => m.OrganisationId == s.Organisation.Id)));

        var saved = await client.SubmitAsync(found, "#meeting-form", Form(("Input.Date", "2026-03-02"), ("Input.Decisions[0].Text", "Starten"), ("Input.Decisions[0].PlannedActionId", actions[54].ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var meeting = await app.WithDbAsync((db, _) => db.PlatformMeetings.Include(m => m.Decisions).SingleAsync(m => m.OrganisationId == s.Organisation.Id));
        Assert.Equal(actions[54], Assert.Single(meeting.Decisions).PlannedActionId);
    }
}
