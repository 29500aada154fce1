using System.Net;
using Circulair.Library;
using Circulair.Organisations;
using Circulair.Pilots;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Library;

/// <summary>The circularity profile (issue 18 item 7): tagging in the action and pilot forms, the heat map with its table, and pointers to cases higher on the ladder.</summary>
public sealed class CircularityProfilePageTests(SharedApp app)
{
    [Fact]
    public async Task Tags_set_in_the_forms_are_counted_on_the_map_and_its_table_with_cases_higher_on_the_ladder()
    {
        var s = await NewAsync(app);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s, "gebouwde-omgeving")));
        var tagged = await app.ActionAsync(s, line, "A1", "Puin sorteren op de werf");
        await app.ActionAsync(s, null, "A2", "Nog niet aangeduid");
        var pilotId = await app.WithDbAsync(async (db, _) =>
        {
            var pilot = new Pilot(s.Organisation.Id, null, new PilotDetails { Name = "Deelbakfiets" }, new DateOnly(2026, 1, 5), Now(app));
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            return pilot.Id;
        });
        using var client = await app.LoggedInClientAsync(s.User);

        var edit = await client.OpenAsync(s.Url($"/actions/{tagged}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(edit, Form(("Input.RStrategy", "R8"), ("Input.ValueChain", "Verwerking")))).Status);
        var pilotEdit = await client.OpenAsync(s.Organisation.Url($"/pilots/{pilotId}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(pilotEdit, Form(("Input.RStrategy", "R2"), ("Input.ValueChain", "Gebruik")))).Status);
        var action = await app.LoadActionAsync(tagged);
        Assert.Equal(("R8", ValueChainStep.Verwerking), (action.RStrategyCode, action.ValueChainStep!.Value));

        var page = await client.OpenAsync(s.Organisation.Url("/library/profile"));

        Assert.NotNull(page.Document.QuerySelector("#heatmap svg[role=img] title"));
        Assert.Equal("1", page.Text("#profile-table td[data-r=R8][data-chain=verwerking]"));
        Assert.Equal("1", page.Text("#profile-table td[data-r=R2][data-chain=gebruik]"));
        Assert.Equal("0", page.Text("#profile-table td[data-r=R0][data-chain=ontwerp]"));
        Assert.Equal("2", page.Text("#profile-table tfoot td:last-child"));
        // The map says the same: two filled cells, each with its count written in it.
        Assert.Equal(["1", "1"], page.Document.QuerySelectorAll("#heatmap .cx-heat__count").Select(t => t.TextContent));
        var higher = page.Document.QuerySelectorAll("#cell-R8-verwerking .cx-higher-cases a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/library/cases/mechelen-bouwregisseur", higher);
        Assert.All(higher, h => Assert.Equal("gebouwde-omgeving", CaseLibrary.Guide.Find(h["/library/cases/".Length..])!.DomainCode));
        Assert.Contains("Nog niet aangeduid", page.Text("#profile-untagged"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_strategy_in_the_pilot_form_is_refused_and_nothing_is_written()
    {
        var s = await NewAsync(app);
        var pilotId = await app.WithDbAsync(async (db, _) =>
        {
            var pilot = new Pilot(s.Organisation.Id, null, new PilotDetails { Name = "Herstelkar" }, new DateOnly(2026, 1, 5), Now(app));
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            return pilot.Id;
        });
        using var client = await app.LoggedInClientAsync(s.User);
        var edit = await client.OpenAsync(s.Organisation.Url($"/pilots/{pilotId}/edit"));

        var refused = await client.SubmitAsync(edit, Form(("Input.RStrategy", "R42"), ("Input.Name", "Herstelkar 2")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.NotNull(refused.FieldError("Input_RStrategy"));
        var pilot = await app.WithDbAsync(async (db, _) => await db.Pilots.AsNoTracking().SingleAsync(p => p.Id == pilotId));
        Assert.Equal(("Herstelkar", (string?)null), (pilot.Name, pilot.RStrategyCode));
    }

    [Fact]
    public async Task A_Lezer_reads_the_profile_and_another_organisation_gets_404()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);
        var page = await client.OpenAsync(org.Url("/library/profile"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("#profile-empty"));
        var (other, _) = await app.SignedInAsync(OrganisationRole.Beheerder);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(other.Url("/library/profile"))).Status);
    }
}
