using System.Net;
using System.Text;
using Circulair.Audit;
using Circulair.Monitoring;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;
using static Circulair.Web.Tests.Platform.OpenXml.SheetFiles;

namespace Circulair.Web.Tests.Features.Monitoring;

/// <summary>Phase 3 monitoring: indicators on the chain, the standard set, measurements by form and import, the chart and deleting.</summary>
public sealed class MonitoringTests(SharedApp app)
{
    private static Dictionary<string, string?> Indicator(string name, params (string Key, string? Value)[] more)
    {
        var form = Form(
            ("Input.Level", nameof(IndicatorLevel.Outcome)), ("Input.Name", name), ("Input.Unit", "aantal"), ("Input.Direction", nameof(IndicatorDirection.HigherIsBetter)),
            ("Input.Instrument", nameof(MeasurementInstrument.CijfersBijhouden)), ("Input.Frequency", nameof(MeasurementFrequency.Jaarlijks)),
            ("Input.Owner", "Dienst Economie"), ("Input.BaselineValue", "3"), ("Input.BaselineYear", "2022"),
            ("Input.Targets[0].Year", "2028"), ("Input.Targets[0].Value", "15"));
        foreach (var (key, value) in more)
        {
            form[key] = value;
        }
        return form;
    }

    private async Task<int> NewIndicatorAsync(AppClient client, TestOrganisation org, string name, params (string Key, string? Value)[] more)
    {
        var form = await client.OpenAsync(org.Url("/monitoring/indicators/new"));
        var saved = await client.SubmitAsync(form, "#indicator-form", Indicator(name, more));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        return int.Parse(saved.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task An_indicator_linked_to_a_goal_and_an_action_shows_in_the_goals_chain_and_continues_the_golden_thread_from_the_action()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var goal = await app.GoalAsync(await app.DomainAsync(s), "Tegen 2030 werken we samen met 15 partners");
        var action = await app.ActionAsync(s, await app.LineAsync(goal), "A01", "Partnerdag organiseren");
        using var client = await app.LoggedInClientAsync(s.User);

        var id = await NewIndicatorAsync(client, s.Organisation, "Partnerschappen rond circulaire economie", ("Input.GoalIds", goal.ToString()));
        var output = await NewIndicatorAsync(client, s.Organisation, "Deelnemers aan de partnerdag", ("Input.Level", nameof(IndicatorLevel.Output)), ("Input.ActionIds", action.ToString()));

        var goalPage = await client.OpenAsync(s.Url($"/goals/{goal}"));
        Assert.Equal(["Output", "Outcome"], goalPage.Document.QuerySelectorAll("#indicator-chain [data-level] h3").Select(h => h.TextContent.Trim()));
        Assert.NotNull(goalPage.Document.QuerySelector($"#indicator-chain a[href='/o/{s.Organisation.Slug}/monitoring/indicators/{id}']"));
        var actionPage = await client.OpenAsync(s.Url($"/actions/{action}"));
        Assert.Equal("Deelnemers aan de partnerdag", actionPage.Text($"#indicator-chain [data-indicator='{output}'] a"));
        var page = await client.OpenAsync(s.Organisation.Url($"/monitoring/indicators/{id}"));
        Assert.Contains("Tegen 2030 werken we samen met 15 partners", page.Text("#measured-items"), StringComparison.Ordinal);
        Assert.Contains("15 aantal (2028)", page.Text("#targets"), StringComparison.Ordinal);
        Assert.Equal("Geen recente cijfers", page.Text("#indicator-status .cx-tag"));
    }

    [Fact]
    public async Task A_target_before_the_baseline_answers_422_in_Dutch_keeps_the_input_and_writes_nothing()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/monitoring/indicators/new"));

        var refused = await client.SubmitAsync(form, "#indicator-form", Indicator("Kennisniveau", ("Input.Targets[0].Year", "2020"), ("Input.Targets[1].Value", "40"), ("Input.Unit", "")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Het doeljaar 2020 ligt niet na het jaar van de basiswaarde (2022). Een doel hoort later te vallen.", refused.FieldError("Input_Targets_0__Year"));
        Assert.Equal("Vul het doeljaar in, of maak de rij leeg.", refused.FieldError("Input_Targets_1__Year"));
        Assert.Equal("Vul de eenheid in, bijvoorbeeld kg/inw/jaar of %.", refused.FieldError("Input_Unit"));
        Assert.Equal(3, refused.ErrorSummary.Count);
        Assert.Equal("Kennisniveau", refused.ValueOf("Input_Name"));
        Assert.Equal("2020", refused.ValueOf("Input_Targets_0__Year"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Indicators.CountAsync(i => i.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task Editing_keeps_the_standard_code_and_replaces_the_targets()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Coordinator);
        var adopt = await client.OpenAsync(org.Url("/monitoring/standard-set"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(adopt, "#adopt-form", Form(("Codes", "PILOTS")))).Status);
        var id = await app.WithDbAsync((db, _) => db.Indicators.Where(i => i.OrganisationId == org.Id).Select(i => i.Id).SingleAsync());

        var edit = await client.OpenAsync(org.Url($"/monitoring/indicators/{id}/edit"));
        Assert.Contains("PILOTS", edit.Text("#standard-code"), StringComparison.Ordinal);
        var saved = await client.SubmitAsync(edit, "#indicator-form", Form(("Input.Name", "Circulaire pilots"), ("Input.BaselineValue", "0"), ("Input.BaselineYear", "2023"),
            ("Input.Targets[0].Year", "2026"), ("Input.Targets[0].Value", "3"), ("Input.Targets[1].Year", "2029"), ("Input.Targets[1].Value", "8")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var indicator = await app.WithDbAsync((db, _) => db.Indicators.Include(i => i.Targets).SingleAsync(i => i.Id == id));
        Assert.Equal(("PILOTS", "Circulaire pilots"), (indicator.StandardCode, indicator.Name));
        Assert.Equal([new TargetValue(2026, 3), new TargetValue(2029, 8)], indicator.Details.Targets);
    }

    [Fact]
    public async Task Adopting_the_set_asks_the_cluster_when_the_municipality_is_unknown_and_gives_residual_waste_its_2030_target_once()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Coordinator);
        var page = await client.OpenAsync(org.Url("/monitoring/standard-set"));
        Assert.Equal(StandardIndicatorSet.Instance.All.Count, page.Document.QuerySelectorAll("#adopt-form input[name=Codes]:checked").Length);

        var refused = await client.SubmitAsync(page, "#adopt-form", Form());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies de cluster van je gemeente, dan kunnen we het restafvaldoel voor 2030 invullen.", refused.FieldError("Cluster"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Indicators.CountAsync(i => i.OrganisationId == org.Id)));

        var adopted = await client.SubmitAsync(refused, "#adopt-form", Form(("Cluster", "15b")));
        Assert.Equal(HttpStatusCode.Redirect, adopted.Status);
        var indicators = await app.WithDbAsync((db, _) => db.Indicators.Include(i => i.Targets).Where(i => i.OrganisationId == org.Id).ToListAsync());
        Assert.Equal(StandardIndicatorSet.Instance.All.Select(s => s.Code).Order(), indicators.Select(i => i.StandardCode!).Order());
        var waste = indicators.Single(i => i.StandardCode == "RESTAFVAL");
        Assert.Equal([new TargetValue(2030, 111)], waste.Details.Targets);
        Assert.Equal(IndicatorDirection.LowerIsBetter, waste.Direction);

        var again = await client.OpenAsync(org.Url("/monitoring/standard-set"));
        Assert.Null(again.Document.QuerySelector("#adopt-form"));
        Assert.Equal(indicators.Count, again.Document.QuerySelectorAll("[data-adopted]").Length);
        var shown = await client.OpenAsync(org.Url($"/monitoring/indicators/{waste.Id}"));
        Assert.Contains("140 kg/inhabitant/year in 2021", shown.Text("#flemish-reference"), StringComparison.Ordinal);
        Assert.NotNull(shown.Document.QuerySelector("#no-chart"));
    }

    [Fact]
    public async Task A_municipality_adopts_residual_waste_with_its_own_clusters_target()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Coordinator);
        await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.SingleAsync(x => x.Id == org.Id);
            o.PickMunicipality(Circulair.Reference.MunicipalityRegistry.Instance.Resolve("Oostende")!.Municipality);
            await db.SaveChangesAsync();
        });
        var page = await client.OpenAsync(org.Url("/monitoring/standard-set"));
        Assert.Contains("181", page.Text("#cluster-known"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "#adopt-form", Form(("Codes", "RESTAFVAL")))).Status);

        var waste = await app.WithDbAsync((db, _) => db.Indicators.Include(i => i.Targets).SingleAsync(i => i.OrganisationId == org.Id));
        Assert.Equal([new TargetValue(2030, 181)], waste.Details.Targets);
    }

    [Fact]
    public async Task A_measurement_entered_by_form_shows_in_the_chart_with_its_data_table_and_sets_the_status()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await NewIndicatorAsync(client, org, "Partnerschappen");
        var page = await client.OpenAsync(org.Url($"/monitoring/indicators/{id}"));
        var form = await client.OpenAsync(page.Document.QuerySelector("#add-measurement")!.GetAttribute("href")!);

        var saved = await client.SubmitAsync(form, "#measurement-form", Form(("Input.Year", "2025"), ("Input.Value", "10,5"), ("Input.Source", "Eigen registratie")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        page = await client.OpenAsync(org.Url($"/monitoring/indicators/{id}"));
        Assert.NotNull(page.Document.QuerySelector("figure.cx-chart svg[role=img]"));
        var rows = page.Document.QuerySelectorAll("figure.cx-chart table tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(7, rows.Count);
        Assert.Contains(page.Document.QuerySelectorAll("figure.cx-chart table tbody tr"), r => r.QuerySelector("th")!.TextContent == "2025" && r.QuerySelectorAll("td")[0].TextContent == "10,5" && r.QuerySelectorAll("td")[1].TextContent == "9");
        Assert.Equal("Op koers", page.Text("#indicator-status .cx-tag"));
        Assert.Equal("Eigen registratie", page.Document.QuerySelector("#measurement-table tr[data-year='2025'] td:nth-child(3)")!.TextContent);

        var twice = await client.SubmitAsync(form, "#measurement-form", Form(("Input.Year", "2025"), ("Input.Value", "veel")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.Status);
        Assert.Equal("Voor 2025 is er al een meting (10,5). Wijzig die meting in de lijst.", twice.FieldError("Input_Year"));
        Assert.NotNull(twice.FieldError("Input_Value"));
        Assert.Equal("veel", twice.ValueOf("Input_Value"));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Measurements.CountAsync(m => m.IndicatorId == id)));
    }

    [Fact]
    public async Task A_measurement_import_previews_then_writes_everything_on_confirmation()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await NewIndicatorAsync(client, org, "Partnerschappen");
        var csv = Encoding.UTF8.GetBytes("Indicator;Jaar;Waarde;Eenheid;Bron\r\nPartnerschappen;2023;5;aantal;Registratie\r\npartnerschappen;2024;8;;Registratie\r\n");
        var page = await client.OpenAsync(org.Url("/monitoring/import"));

        var preview = await Upload(client, page, "metingen.csv", csv, "text/csv");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(2, preview.Document.QuerySelectorAll("#import-preview tbody tr").Length);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Measurements.CountAsync(m => m.IndicatorId == id)));
        var done = await client.SubmitAsync(preview, "#confirm-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var measurements = await app.WithDbAsync((db, _) => db.Measurements.Where(m => m.IndicatorId == id).OrderBy(m => m.Year).ToListAsync());
        Assert.Equal([(2023, 5d), (2024, 8d)], measurements.Select(m => (m.Year, m.Value)));
        Assert.All(measurements, m => Assert.Equal("Registratie", m.Source));
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "Onbekend;2023;5;", "2", "Indicator: ‘Onbekend’ is geen indicator van jullie bestuur." },
        { "Partnerschappen;2023;veel;", "2", "Waarde: ‘veel’ is geen getal." },
        { "Partnerschappen;2023;5;ton", "2", "Eenheid: ‘ton’ past niet bij Partnerschappen, dat in aantal gemeten wordt." },
        { "Partnerschappen;2023;5;\r\nPartnerschappen;2023;6;", "3", "Jaar: Partnerschappen heeft al een meting voor 2023 in rij 2 van dit bestand." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_measurement_import_with_a_bad_row_names_the_row_and_field_and_writes_nothing(string rows, string row, string message)
    {
        var (org, client) = await app.SignedInAsync();
        var id = await NewIndicatorAsync(client, org, "Partnerschappen");
        var csv = Encoding.UTF8.GetBytes("Indicator;Jaar;Waarde;Eenheid\r\n" + rows + "\r\n");
        var page = await client.OpenAsync(org.Url("/monitoring/import"));

        var preview = await Upload(client, page, "metingen.csv", csv, "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.Status);
        Assert.Null(preview.Document.QuerySelector("#confirm-form"));
        Assert.Contains(message, preview.Text($"#import-preview tr[data-row='{row}']"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Measurements.CountAsync(m => m.IndicatorId == id)));
    }

    [Fact]
    public async Task Deleting_an_indicator_with_measurements_asks_first_is_for_a_coordinator_and_is_audited()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Coordinator);
        var id = await NewIndicatorAsync(client, org, "Partnerschappen");
        var form = await client.OpenAsync(org.Url($"/monitoring/indicators/{id}/measurements/new"));
        await client.SubmitAsync(form, "#measurement-form", Form(("Input.Year", "2024"), ("Input.Value", "7")));
        var (_, teamlid) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await app.AddMemberAsync(org, teamlid, OrganisationRole.Teamlid);
        using (var other = await app.LoggedInClientAsync(teamlid))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(org.Url($"/monitoring/indicators/{id}/delete"))).Status);
        }

        var ask = await client.OpenAsync(org.Url($"/monitoring/indicators/{id}/delete"));
        Assert.Equal("Met deze indicator verdwijnt ook 1 meting.", ask.Text("#delete-warning"));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Measurements.CountAsync(m => m.IndicatorId == id)));
        var deleted = await client.SubmitAsync(ask, "#delete-form", Form());

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Indicators.CountAsync(i => i.Id == id)));
        var trail = await app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.OrganisationId == org.Id && e.Action == AuditAction.Deleted).Select(e => e.EntityType).Distinct().ToListAsync());
        Assert.Contains(nameof(Circulair.Monitoring.Indicator), trail);
        Assert.Contains(nameof(Measurement), trail);
    }

    [Fact]
    public async Task The_monitoring_page_lists_indicators_by_level_with_status_and_what_has_no_recent_data()
    {
        var (org, client) = await app.SignedInAsync();
        var measured = await NewIndicatorAsync(client, org, "Partnerschappen");
        var stale = await NewIndicatorAsync(client, org, "Budget", ("Input.Level", nameof(IndicatorLevel.Middelen)), ("Input.Unit", "EUR/jaar"));
        var form = await client.OpenAsync(org.Url($"/monitoring/indicators/{measured}/measurements/new"));
        await client.SubmitAsync(form, "#measurement-form", Form(("Input.Year", "2025"), ("Input.Value", "7")));

        var page = await client.OpenAsync(org.Url("/monitoring"));

        Assert.Equal("Achter", page.Text($"#level-Outcome #indicator-{measured} td .cx-tag"));
        Assert.NotNull(page.Document.QuerySelector($"#level-Middelen #indicator-{stale}"));
        Assert.Contains("Budget", page.Text("#no-recent-data"), StringComparison.Ordinal);
        Assert.DoesNotContain("Partnerschappen", page.Text("#no-recent-data"), StringComparison.Ordinal);
        Assert.Contains("Er is nog geen gezondheidscheck", page.Text("#health-check"), StringComparison.Ordinal);
        Assert.Equal(org.Url("/health-check"), page.Document.QuerySelector("#health-check a")!.GetAttribute("href"));
        var dashboard = await client.OpenAsync(org.Url());
        Assert.Contains("2 indicatoren: 0 op koers, 1 achter, 0 uit koers, 1 zonder recente cijfers.", dashboard.MainText, StringComparison.Ordinal);
    }
}
