using System.Globalization;
using System.Net;
using Circulair.Organisations;
using Circulair.Pilots;
using Circulair.Web.Tests.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Pilots;

/// <summary>
/// The pilot's plans (issue 17 items 5, 7, 8, 9, 11): the business model canvas (Tool 12), the legacy canvas (Tool 15),
/// the improvement log of step 4, the communication plan (Tool 16) with its XLSX round trip through the checked
/// import, and the pilot under its action in the golden thread.
/// </summary>
public sealed class PilotPlanTests(SharedApp app)
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> RowAsync(PilotArrange.PilotSetup s, int number, int stakeholderId, TestLevel priority, string message, DateOnly? from = null, DateOnly? until = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var pilot = await db.Pilots.SingleAsync(p => p.Id == s.PilotId);
            var row = new PilotCommunication(pilot, number, new CommunicationDetails
            {
                StakeholderId = stakeholderId, Priority = priority, Message = message, Objectives = "Bekendheid", Channels = "Stadskrant\nSociale media",
                Products = "Flyer", StartsOn = from, EndsOn = until, Responsible = "Marie",
            }, Now(app));
            db.PilotCommunications.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

    private Task<List<CommunicationDetails>> PlanAsync(PilotArrange.PilotSetup s) =>
        app.WithDbAsync(async (db, _) => (await db.PilotCommunications.AsNoTracking().Where(c => c.PilotId == s.PilotId).OrderBy(c => c.Number).ToListAsync()).Select(c => c.Details).ToList());

    [Fact]
    public async Task A_communication_row_is_added_and_changed_and_a_foreign_audience_or_an_end_before_the_start_is_refused()
    {
        var s = await app.PilotAsync();
        var audience = await app.StakeholderAsync(s.Organisation, "Buurtcomité Kerkwijk");
        var foreign = await app.StakeholderAsync(await app.NewOrganisationAsync(), "Vreemde doelgroep");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/communication/new"));

        var refused = await client.SubmitAsync(form, "#communication-form", Form(("Input.StakeholderId", Id(foreign)), ("Input.Priority", "Hoog"),
            ("Input.Message", "Kom langs"), ("Input.StartsOn", Iso(Today)), ("Input.EndsOn", Iso(Today.AddDays(-1)))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een doelgroep uit het stakeholderregister van deze organisatie.", refused.FieldError("Input_StakeholderId"));
        Assert.Equal("De einddatum ligt voor de begindatum.", refused.FieldError("Input_EndsOn"));
        Assert.Equal("Kom langs", refused.ValueOf("Input_Message"));
        Assert.Empty(await PlanAsync(s));

        var saved = await client.SubmitAsync(refused, "#communication-form", Form(("Input.StakeholderId", Id(audience)), ("Input.Priority", "Hoog"),
            ("Input.Message", "Kom langs"), ("Input.Channels", "Stadskrant"), ("Input.StartsOn", Iso(Today)), ("Input.EndsOn", Iso(Today.AddDays(30))), ("Input.Responsible", "Marie")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var row = Assert.Single(await PlanAsync(s));
        Assert.Equal((audience, TestLevel.Hoog, "Kom langs", "Marie"), (row.StakeholderId, row.Priority, row.Message, row.Responsible));

        var page = await client.OpenAsync(s.Url("/communication"));
        Assert.Contains("Buurtcomité Kerkwijk", page.Text("#communication-plan tbody"), StringComparison.Ordinal);
        var id = await app.WithDbAsync((db, _) => db.PilotCommunications.Where(c => c.PilotId == s.PilotId).Select(c => c.Id).SingleAsync());
        var edit = await client.OpenAsync(s.Url($"/communication/{id}/edit"));
        Assert.Equal("Kom langs", edit.ValueOf("Input_Message"));
        await client.SubmitAsync(edit, "#communication-form", Form(("Input.Message", "Breng je materiaal binnen"), ("Input.Priority", "Laag")));
        Assert.Equal(("Breng je materiaal binnen", TestLevel.Laag), (await PlanAsync(s)).Select(r => (r.Message, r.Priority)).Single());

        var again = await client.OpenAsync(s.Url($"/communication/{id}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(again, "#delete-communication", Form())).Status);
        Assert.Empty(await PlanAsync(s));
    }

    [Fact]
    public async Task The_communication_plan_exported_as_xlsx_imports_back_as_the_same_rows_and_an_edited_sheet_changes_and_adds_rows()
    {
        var s = await app.PilotAsync();
        var residents = await app.StakeholderAsync(s.Organisation, "Buurtcomité Kerkwijk");
        var shop = await app.StakeholderAsync(s.Organisation, "Kringwinkel Demoland");
        await RowAsync(s, 1, residents, TestLevel.Hoog, "Kom langs op zaterdag", Today, Today.AddDays(60));
        await RowAsync(s, 2, shop, TestLevel.Laag, "Samen tonen we wat hergebruik oplevert");
        var before = await PlanAsync(s);
        using var client = await app.LoggedInClientAsync(s.User);

        var export = await client.GetAsync(s.Url("/communication/export.xlsx"));
        Assert.Equal(HttpStatusCode.OK, export.Status);
        var page = await client.OpenAsync(s.Url("/communication/import"));
        var preview = await SheetFiles.Upload(client, page, "communicatieplan.xlsx", export.Bytes);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Ongewijzigde rijen: 2", preview.MainText, StringComparison.Ordinal);
        var done = await client.SubmitAsync(preview, "#confirm-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(before, await PlanAsync(s));

        var edited = SheetFiles.Sheet("Communicatieplan", ["Nr", "Doelgroep", "Prioriteit", "Boodschap", "Van", "Tot"],
            ["2", "kringwinkel demoland", "Gemiddeld", "Hergebruik loont", null, null],
            [null, "Buurtcomité Kerkwijk", "Hoog", "Infoavond in de zaal", Iso(Today.AddDays(10)), Iso(Today.AddDays(11))]);
        var second = await SheetFiles.Upload(client, await client.OpenAsync(s.Url("/communication/import")), "bewerkt.xlsx", edited);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(2, second.Document.QuerySelectorAll("#import-preview tbody tr").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(second, "#confirm-form", Form())).Status);
        var after = await PlanAsync(s);
        Assert.Equal(3, after.Count);
        Assert.Equal(before[0], after[0]);
        Assert.Equal(("Hergebruik loont", TestLevel.Gemiddeld, (string?)null), (after[1].Message, after[1].Priority, after[1].Channels));
        Assert.Equal((residents, "Infoavond in de zaal", (DateOnly?)Today.AddDays(10)), (after[2].StakeholderId, after[2].Message, after[2].StartsOn));
    }

    [Fact]
    public async Task A_communication_import_with_an_unknown_audience_or_a_bad_date_names_row_and_column_and_writes_nothing()
    {
        var s = await app.PilotAsync();
        await app.StakeholderAsync(s.Organisation, "Buurtcomité Kerkwijk");
        using var client = await app.LoggedInClientAsync(s.User);
        var sheet = SheetFiles.Sheet("Communicatieplan", ["Doelgroep", "Prioriteit", "Van"],
            ["Buurtcomité Kerkwijk", "Hoog", "2027-03-01"],
            ["De Pers", "Hoog", null],
            ["Buurtcomité Kerkwijk", "Hoog", "ergens in maart"]);

        var preview = await SheetFiles.Upload(client, await client.OpenAsync(s.Url("/communication/import")), "plan.xlsx", sheet);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.Status);
        Assert.Null(preview.Document.QuerySelector("#confirm-form"));
        Assert.Contains("Kolom ‘Doelgroep’: ‘De Pers’ staat niet in het stakeholderregister.", preview.Text("#import-preview tr[data-row='3']"), StringComparison.Ordinal);
        Assert.Contains("Kolom ‘Van’: ‘ergens in maart’ is geen datum", preview.Text("#import-preview tr[data-row='4']"), StringComparison.Ordinal);
        Assert.Contains("2 van de 3 rijen hebben een fout. Er is niets ingelezen", string.Join(" ", preview.ErrorSummary), StringComparison.Ordinal);
        Assert.Empty(await PlanAsync(s));
    }

    [Fact]
    public async Task The_business_model_canvas_is_filled_in_changed_and_printed_on_a3()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var empty = await client.OpenAsync(s.Url("/business-model"));
        Assert.Equal(9, empty.Document.QuerySelectorAll("#business-model [data-block]").Length);
        Assert.Equal("1 Waardepropositie", empty.Text("#bmc-1"));

        var form = await client.OpenAsync(s.Url("/business-model/edit"));
        var saved = await client.SubmitAsync(form, "#business-model-form", Form(("Input.ValueProposition", "Spullen lenen in plaats van kopen"), ("Input.CostStructure", "Huur van de ruimte")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var again = await client.OpenAsync(s.Url("/business-model/edit"));
        Assert.Equal("Spullen lenen in plaats van kopen", again.ValueOf("Input_ValueProposition"));
        await client.SubmitAsync(again, "#business-model-form", Form(("Input.ValueProposition", "Lenen is goedkoper dan kopen"), ("Input.KeyPartners", "Bibliotheek")));

        var canvas = await app.WithDbAsync((db, _) => db.PilotBusinessModels.AsNoTracking().SingleAsync(c => c.PilotId == s.PilotId));
        Assert.Equal(("Lenen is goedkoper dan kopen", "Bibliotheek", "Huur van de ruimte"), (canvas.ValueProposition, canvas.KeyPartners, canvas.CostStructure));
        var page = await client.OpenAsync(s.Url("/business-model"));
        Assert.Contains("Lenen is goedkoper dan kopen", page.Text("[data-block='1']"), StringComparison.Ordinal);
        Assert.Contains("Bibliotheek", page.Text("[data-block='7']"), StringComparison.Ordinal);
        var print = await client.OpenAsync(s.Url("/business-model/print"));
        Assert.Contains("cx-print--a3", print.Document.Body!.ClassName, StringComparison.Ordinal);
        Assert.Contains("Lenen is goedkoper dan kopen", print.Text("[data-block='1']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_legacy_canvas_keeps_the_statement_constraints_and_four_scaling_strategies()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/legacy/edit"));

        await client.SubmitAsync(form, "#legacy-form", Form(("Input.Statement", "Elke wijk heeft een deelplek"), ("Input.Constraints", "Geen vaste ruimte"),
            ("Input.ScaleUp", "Tweede locatie"), ("Input.ScaleDeep", "Delen wordt normaal"), ("Input.ScaleOut", "Draaiboek voor buren"), ("Input.ScaleDown", "Geen levering aan huis")));
        var edit = await client.OpenAsync(s.Url("/legacy/edit"));
        await client.SubmitAsync(edit, "#legacy-form", Form(("Input.Statement", "Elke wijk heeft een deelplek"), ("Input.Constraints", "Geen vaste ruimte"),
            ("Input.ScaleUp", "Tweede en derde locatie"), ("Input.ScaleDeep", "Delen wordt normaal"), ("Input.ScaleOut", "Draaiboek voor buren"), ("Input.ScaleDown", "")));

        var canvas = await app.WithDbAsync((db, _) => db.PilotLegacyCanvases.AsNoTracking().SingleAsync(c => c.PilotId == s.PilotId));
        Assert.Equal(new LegacySnapshot { Statement = "Elke wijk heeft een deelplek", Constraints = "Geen vaste ruimte", ScaleUp = "Tweede en derde locatie", ScaleDeep = "Delen wordt normaal", ScaleOut = "Draaiboek voor buren" }, canvas.Snapshot);
        var page = await client.OpenAsync(s.Url("/legacy"));
        Assert.Equal(["ScaleUp", "ScaleDeep", "ScaleOut", "ScaleDown"], page.Document.QuerySelectorAll("#legacy-canvas [data-strategy]").Select(e => e.GetAttribute("data-strategy")));
        Assert.Contains("Tweede en derde locatie", page.Text("[data-strategy='ScaleUp']"), StringComparison.Ordinal);
        Assert.Contains("Nog niet ingevuld.", page.Text("[data-strategy='ScaleDown']"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(s.Url("/legacy/print"))).Status);
    }

    [Fact]
    public async Task An_improvement_project_is_logged_in_its_area_changed_and_removed_and_one_due_before_it_starts_is_refused()
    {
        var s = await app.PilotAsync();
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url("/improvements/new"));

        var refused = await client.SubmitAsync(form, "#improvement-form", Form(("Input.Area", "ProcessenEnSystemen"), ("Input.Title", "Voorraadlijst"),
            ("Input.StartsOn", Iso(Today)), ("Input.DueOn", Iso(Today.AddDays(-1)))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("De einddatum ligt voor de begindatum.", refused.FieldError("Input_DueOn"));
        Assert.Equal("Voorraadlijst", refused.ValueOf("Input_Title"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PilotImprovements.CountAsync(i => i.PilotId == s.PilotId)));

        await client.SubmitAsync(refused, "#improvement-form", Form(("Input.Area", "ProcessenEnSystemen"), ("Input.Title", "Voorraadlijst"), ("Input.Owner", "Koen"),
            ("Input.StartsOn", Iso(Today)), ("Input.DueOn", Iso(Today.AddDays(30)))));
        var page = await client.OpenAsync(s.Url("/improvements"));
        Assert.Contains("Voorraadlijst", page.Text("#improvements-processenensystemen"), StringComparison.Ordinal);
        Assert.Contains("Nog geen verbeterprojecten", page.Text("#improvements-innovatie"), StringComparison.Ordinal);

        var id = await app.WithDbAsync((db, _) => db.PilotImprovements.Where(i => i.PilotId == s.PilotId).Select(i => i.Id).SingleAsync());
        var edit = await client.OpenAsync(s.Url($"/improvements/{id}/edit"));
        await client.SubmitAsync(edit, "#improvement-form", Form(("Input.Area", "Communicatie"), ("Input.Done", "true")));
        var item = await app.WithDbAsync((db, _) => db.PilotImprovements.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((ImprovementArea.Communicatie, true, "Koen"), (item.Area, item.Done, item.Owner));

        var again = await client.OpenAsync(s.Url($"/improvements/{id}/edit"));
        await client.SubmitAsync(again, "#delete-improvement", Form());
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PilotImprovements.CountAsync(i => i.PilotId == s.PilotId)));
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_plan_page_and_a_reader_reads_but_gets_403_on_the_forms()
    {
        var s = await app.PilotAsync();
        var audience = await app.StakeholderAsync(s.Organisation, "Buurtcomité Kerkwijk");
        var row = await RowAsync(s, 1, audience, TestLevel.Hoog, "Kom langs");
        var improvement = await app.WithDbAsync(async (db, _) =>
        {
            var pilot = await db.Pilots.SingleAsync(p => p.Id == s.PilotId);
            var i = new PilotImprovement(pilot, new ImprovementDetails { Area = ImprovementArea.Innovatie, Title = "Proef" }, Now(app));
            db.PilotImprovements.Add(i);
            await db.SaveChangesAsync();
            return i.Id;
        });
        string[] reads = ["/business-model", "/business-model/print", "/legacy", "/legacy/print", "/improvements", "/communication", "/communication/export.xlsx"];
        string[] forms = ["/business-model/edit", "/legacy/edit", "/improvements/new", $"/improvements/{improvement}/edit", "/communication/new", $"/communication/{row}/edit", "/communication/import"];

        var (outsiderOrg, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using (var other = await app.LoggedInClientAsync(outsider))
        {
            foreach (var path in reads.Concat(forms))
            {
                Assert.True((await other.GetAsync(outsiderOrg.Url($"/pilots/{s.PilotId}{path}"))).Status == HttpStatusCode.NotFound, path);
            }
        }
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);
        foreach (var path in reads)
        {
            Assert.True((await client.GetAsync(s.Url(path))).Status == HttpStatusCode.OK, path);
        }
        foreach (var path in forms)
        {
            Assert.True((await client.GetAsync(s.Url(path))).Status == HttpStatusCode.Forbidden, path);
        }
        var page = await client.OpenAsync(s.Url("/communication"));
        Assert.Null(page.Document.QuerySelector("#add-communication"));
        Assert.Null(page.Document.QuerySelector("#import-communication"));
        Assert.Null((await client.OpenAsync(s.Url("/business-model"))).Document.QuerySelector("#edit-business-model"));
    }

    [Fact]
    public async Task A_pilot_shows_under_the_action_it_carries_out_in_the_golden_thread()
    {
        var strategy = await NewAsync(app);
        var domain = await app.DomainAsync(strategy);
        var goal = await app.GoalAsync(domain);
        var line = await app.LineAsync(goal);
        var action = await app.ActionAsync(strategy, line, "A03", "Materialenbank op het depot");
        var pilotId = await app.WithDbAsync(async (db, _) =>
        {
            var pilot = new Pilot(strategy.Organisation.Id, PilotTemplate.Materialenbank, new PilotDetails { Name = "Materialenbank Proefdonk" }, Today.AddDays(-10), Now(app));
            pilot.SetActions([action]);
            db.Pilots.Add(pilot);
            await db.SaveChangesAsync();
            return pilot.Id;
        });
        using var client = await app.LoggedInClientAsync(strategy.User);

        var page = await client.OpenAsync(strategy.Url("/thread"));

        var pilots = page.Document.QuerySelector($"[data-pilots-of='{action}']");
        Assert.NotNull(pilots);
        Assert.Contains("Materialenbank Proefdonk", pilots.TextContent, StringComparison.Ordinal);
        Assert.Equal(strategy.Organisation.Url($"/pilots/{pilotId}"), pilots.QuerySelector("a")!.GetAttribute("href"));
    }
}
