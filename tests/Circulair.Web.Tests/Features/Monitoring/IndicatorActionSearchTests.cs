using System.Globalization;
using System.Net;
using Circulair.Monitoring;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Monitoring;

/// <summary>
/// The indicator form for a strategy of many actions: the linked ones and at most 50 others, a search that posts the
/// form back with everything typed and no messages, nothing saved; an action found by the search is linked on save.
/// </summary>
public sealed class IndicatorActionSearchTests(SharedApp app)
{
    [Fact]
    public async Task Offers_fifty_actions_and_finds_others_by_a_search_that_keeps_the_form_and_saves_nothing()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var actions = new List<int>();
        for (var n = 1; n <= 55; n++)
        {
            actions.Add(await app.ActionAsync(s, null, $"A{n:00}", $"Actie {n:00}"));
        }
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Organisation.Url("/monitoring/indicators/new"));
        Assert.Equal(50, form.Document.QuerySelectorAll("input[name='Input.ActionIds']").Length);

        var found = await client.SubmitAsync(form, "#indicator-form", Form(("Input.Name", "Hersteldagen"), ("ActionSearch", "a55")), "button[name=FindActions]");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Empty(found.ErrorSummary);
        Assert.Equal("Hersteldagen", found.ValueOf("Input_Name"));
        Assert.Equal([$"{actions[54]}"], found.Document.QuerySelectorAll("input[name='Input.ActionIds']").Select(i => i.GetAttribute("value")));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Indicators.CountAsync(i => i.OrganisationId == s.Organisation.Id)));

        var saved = await client.SubmitAsync(found, "#indicator-form", Form(
            ("Input.Level", nameof(IndicatorLevel.Outcome)), ("Input.Unit", "aantal"), ("Input.Direction", nameof(IndicatorDirection.HigherIsBetter)),
            ("Input.Instrument", nameof(MeasurementInstrument.CijfersBijhouden)), ("Input.Frequency", nameof(MeasurementFrequency.Jaarlijks)),
            ("Input.ActionIds", actions[54].ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal([actions[54]], await app.WithDbAsync((db, _) => db.IndicatorActionLinks.Where(l => l.OrganisationId == s.Organisation.Id).Select(l => l.PlannedActionId).ToListAsync()));
    }
}
