using System.Globalization;
using System.Net;
using Circulair.Organisations;
using Circulair.Pilots;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Pilots;

/// <summary>Pilot projects: created from a template or blank, partners and actions, step moves with dates, roles per period.</summary>
public sealed class PilotTests(SharedApp app)
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Creates_a_pilot_from_the_materials_bank_template_with_its_texts_a_partner_and_an_action()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var action = await app.ActionAsync(s, null, "A03", "Materialenbank op het depot");
        var partner = await app.StakeholderAsync(s.Organisation, "Kringwinkel Proefdonk");
        using var client = await app.LoggedInClientAsync(s.User);

        var chooser = await client.OpenAsync(s.Organisation.Url("/pilots/new"));
        Assert.Equal(10, chooser.Document.QuerySelectorAll("#template-form input[name=template]").Length);
        var form = await client.OpenAsync(s.Organisation.Url("/pilots/new?template=Materialenbank"));
        Assert.Equal("De lokale materialenbank", form.ValueOf("Input_Name"));
        Assert.StartsWith("Een materialenbank verzamelt", form.ValueOf("Input_Description"), StringComparison.Ordinal);
        Assert.StartsWith("Tom, doe-het-zelver", form.ValueOf("Input_PersonaSketch"), StringComparison.Ordinal);

        var saved = await client.SubmitAsync(form, "#pilot-form", Form(("Input.Name", "Materialenbank Proefdonk"), ("Input.Partners", partner.ToString(CultureInfo.InvariantCulture)), ("Input.Actions", action.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var pilot = await app.WithDbAsync((db, _) => db.Pilots.Include(p => p.Partners).Include(p => p.Actions).SingleAsync(p => p.OrganisationId == s.Organisation.Id));
        Assert.Equal(PilotTemplate.Materialenbank, pilot.Template);
        Assert.Equal(PilotStep.BegrijpGebruikers, pilot.Step);
        Assert.Equal(partner, Assert.Single(pilot.Partners).StakeholderId);
        Assert.Equal(action, Assert.Single(pilot.Actions).PlannedActionId);
        var page = await client.OpenAsync(saved.Location!);
        Assert.Equal("Kringwinkel Proefdonk", page.Text("#pilot-partners"));
        Assert.Equal("A03 Materialenbank op het depot", page.Text("#pilot-actions"));
        Assert.Contains("Stap 1 – Begrijp je gebruikers en hun noden", page.Text("#pilot-steps [aria-current=step]"), StringComparison.Ordinal);
        var list = await client.OpenAsync(s.Organisation.Url("/pilots"));
        Assert.Contains("Materialenbank Proefdonk", list.Text("#pilots"), StringComparison.Ordinal);
        Assert.Contains("De lokale materialenbank", list.Text("#pilots"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_pilot_without_a_name_answers_422_keeps_what_was_typed_and_writes_nothing()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync(org.Url("/pilots/new?template=blank"));
        Assert.Equal("", form.ValueOf("Input_Name"));

        var refused = await client.SubmitAsync(form, "#pilot-form", Form(("Input.Name", ""), ("Input.Description", "Een deelplek in de bib")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Geef het pilootproject een naam.", refused.FieldError("Input_Name"));
        Assert.Equal("Een deelplek in de bib", refused.ValueOf("Input_Description"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Pilots.CountAsync(p => p.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task A_partner_from_another_organisation_is_refused()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var other = await app.NewOrganisationAsync();
        var foreign = await app.StakeholderAsync(other, "Vreemde partner");
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync(org.Url("/pilots/new?template=blank"));

        var refused = await client.SubmitAsync(form, "#pilot-form", Form(("Input.Name", "Deelplek"), ("Input.Partners", foreign.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies partners uit het stakeholderregister van deze organisatie.", refused.FieldError("Input_Partners"));
        Assert.Equal("Deelplek", refused.ValueOf("Input_Name"));
    }

    [Fact]
    public async Task Moves_a_step_forward_with_its_date_and_refuses_skipping_a_step_with_409()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/step"));
        Assert.Equal(["ValideerAanbod"], form.Document.QuerySelectorAll("#step-form input[name='Input.Step']").Select(e => e.GetAttribute("value")));

        var refused = await client.SubmitAsync(form, "#step-form", Form(("Input.Step", "ValideerAanbod"), ("Input.Date", Iso(Today.AddDays(1)))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("De datum mag niet in de toekomst liggen.", refused.FieldError("Input_Date"));
        Assert.Equal(Iso(Today.AddDays(1)), refused.ValueOf("Input_Date"));

        var moved = await client.SubmitAsync(refused, "#step-form", Form(("Input.Step", "ValideerAanbod"), ("Input.Date", Iso(Today.AddDays(-3)))));
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        var page = await client.OpenAsync(s.Url());
        Assert.Contains("Stap 2 – Valideer en test je aanbod", page.Text("#pilot-steps [aria-current=step]"), StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("#step-moves tbody tr").Length);

        var again = await client.OpenAsync(s.Url("/step"));
        var skipped = await client.SubmitAsync(again, "#step-form", Form(("Input.Step", "VerbeterWerking"), ("Input.Date", Iso(Today))));
        Assert.Equal(HttpStatusCode.Conflict, skipped.Status);
        Assert.Equal(PilotStep.ValideerAanbod, await app.WithDbAsync((db, _) => db.Pilots.Where(p => p.Id == s.PilotId).Select(p => p.Step).SingleAsync()));
    }

    [Fact]
    public async Task Records_the_roles_per_period_and_shows_them_as_a_timeline()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/roles/new"));

        var refused = await client.SubmitAsync(form, "#roles-form", Form(("Input.From", Iso(Today)), ("Input.Until", Iso(Today.AddDays(-1))), ("Input.Note", "Eerste jaar")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies minstens één rol.", refused.FieldError("Input_Roles"));
        Assert.Equal("De einddatum mag niet vóór de begindatum liggen.", refused.FieldError("Input_Until"));
        Assert.Equal("Eerste jaar", refused.ValueOf("Input_Note"));

        await client.SubmitAsync(refused, "#roles-form", Form(("Input.From", Iso(Today.AddDays(-50))), ("Input.Until", Iso(Today.AddDays(-11))), ("Input.Roles", "Initiatiefnemer")));
        var second = await client.OpenAsync(s.Url("/roles/new"));
        await client.SubmitAsync(second, "#roles-form", Form(("Input.From", Iso(Today.AddDays(-10))), ("Input.Roles", "Matchmaker")));

        var page = await client.OpenAsync(s.Url());
        Assert.Equal(["Initiatiefnemer", "Matchmaker"], page.Document.QuerySelectorAll("#role-timeline .cx-pilot-roles").Select(e => e.TextContent.Trim()));
        var rows = page.Document.QuerySelectorAll("#role-matrix tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Initiatiefnemer|ja|–", "Matchmaker|–|ja"], rows);
    }

    [Fact]
    public async Task Another_organisations_pilot_answers_404_and_a_reader_gets_403_on_the_forms_and_sees_no_links_to_them()
    {
        var s = await app.PilotAsync();
        var (outsiderOrg, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var other = await app.LoggedInClientAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(outsiderOrg.Url($"/pilots/{s.PilotId}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(outsiderOrg.Url($"/pilots/{s.PilotId}/edit"))).Status);

        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Url("/step"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(s.Organisation.Url("/pilots/new"))).Status);
        var page = await client.OpenAsync(s.Url());
        Assert.Null(page.Document.QuerySelector("#move-step"));
        Assert.Null(page.Document.QuerySelector("#edit-pilot"));
    }
}
