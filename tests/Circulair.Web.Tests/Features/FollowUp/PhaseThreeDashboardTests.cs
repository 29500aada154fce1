using System.Net;
using Circulair.Budget;
using Circulair.FollowUp.Owners;
using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.FollowUp;

/// <summary>
/// "Waar staan we?" in Phase 3 (issue 14 item 7): the cards lead to every instrument of the follow-up (portfolio,
/// owners, budget, governance, monitoring, health check) and each says what still needs doing.
/// </summary>
public sealed class PhaseThreeDashboardTests(SharedApp app)
{
    private int Year => Now(app).Year;

    private static Dictionary<string, string> Cards(AngleSharp.Dom.IElement phase) =>
        phase.QuerySelectorAll(".cx-tool").ToDictionary(li => li.QuerySelector("a.cx-tool__name")!.GetAttribute("href")!, li => li.QuerySelector(".cx-tool__summary")!.TextContent.Trim());

    [Fact]
    public async Task The_phase_3_cards_lead_to_every_instrument_and_say_what_still_needs_doing()
    {
        var s = await NewAsync(app, OrganisationRole.Coordinator);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        await app.ActionAsync(s, line, "A01", "Materialenbank", d => d with { Status = ActionStatus.Lopend });
        await app.ActionAsync(s, line, "A02", "Repaircafé", d => d with { Status = ActionStatus.Gepland });
        await app.ActionAsync(s, line, "A03", "Deelplatform", d => d with { Status = ActionStatus.Gepland });
        using var client = await app.LoggedInClientAsync(s.User);
        var slug = s.Organisation.Slug;

        var cards = Cards((await client.OpenAsync(s.Organisation.Url())).Document.QuerySelector("#phase-Fase3")!);

        foreach (var href in new[] { s.Url("/followup"), $"/o/{slug}/followup/owners", s.Url("/budget"), $"/o/{slug}/followup/governance", $"/o/{slug}/monitoring", $"/o/{slug}/health-check" })
        {
            Assert.True(cards.ContainsKey(href), $"no Phase 3 card leads to {href}: {string.Join(", ", cards.Keys)}");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).Status);
        }
        Assert.Contains("3 acties zonder trekker-e-mail", cards[$"/o/{slug}/followup/owners"], StringComparison.Ordinal);
        Assert.Equal("Geen budget ingevoerd en geen meerjarenplan ingelezen", cards[s.Url("/budget")]);
        Assert.Equal("Nog geen regiefunctie of platform vastgelegd", cards[$"/o/{slug}/followup/governance"]);

        // As the work is done, the cards say what is left.
        await app.WithDbAsync(async db =>
        {
            var org = s.Organisation.Id;
            var a1 = await db.PlannedActions.Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
                .SingleAsync(a => a.OrganisationId == org && a.Number == "A01");
            a1.DescribeSheet(a1.Sheet with { Budget = [new BudgetEntry(Year, null, 20_000m)] }, Now(app));
            db.OwnerContacts.Add(new OwnerContact(a1, OwnerRole.Trekker, "Sofie Trekker", Scenario.Unique("sofie") + "@partner.test", null, Now(app)));
            db.CoordinationRoles.Add(new CoordinationRole(org, new CoordinationDetails { People = "Milieucoördinator", Fte = 0.5 }, Now(app)));
            await db.SaveChangesAsync();
        });

        cards = Cards((await client.OpenAsync(s.Organisation.Url())).Document.QuerySelector("#phase-Fase3")!);

        Assert.Equal("1 eigenaar krijgt de mails; nog te doen: 2 acties zonder trekker-e-mail", cards[$"/o/{slug}/followup/owners"]);
        Assert.Equal("1 van 3 acties met budget; nog te doen: het meerjarenplan inlezen", cards[s.Url("/budget")]);
        Assert.Equal("Regiefunctie vastgelegd; nog te doen: een platform kiezen", cards[$"/o/{slug}/followup/governance"]);
    }

    [Fact]
    public async Task A_reader_sees_no_owners_card_since_the_owners_page_is_for_the_team()
    {
        var s = await NewAsync(app, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(s.User);

        var phase = (await client.OpenAsync(s.Organisation.Url())).Document.QuerySelector("#phase-Fase3")!;

        Assert.DoesNotContain(phase.QuerySelectorAll("a.cx-tool__name"), a => a.GetAttribute("href")!.EndsWith("/followup/owners", StringComparison.Ordinal));
        Assert.Contains(phase.QuerySelectorAll("a.cx-tool__name"), a => a.GetAttribute("href")!.EndsWith("/followup/governance", StringComparison.Ordinal));
    }
}
