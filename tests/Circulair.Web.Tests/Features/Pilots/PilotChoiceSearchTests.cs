using System.Globalization;
using System.Net;
using Circulair.Organisations;
using Circulair.Pilots;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Pilots;

/// <summary>
/// The pilot form for a large register and strategy: at most 50 partners and 50 actions besides the ticked ones, each
/// list with a search that posts the form back with everything typed and no messages, nothing saved.
/// </summary>
public sealed class PilotChoiceSearchTests(SharedApp app)
{
    [Fact]
    public async Task Offers_fifty_actions_and_partners_and_finds_others_by_a_search_that_keeps_the_form_and_saves_nothing()
    {
        var s = await NewAsync(app, OrganisationRole.Teamlid);
        var actions = new List<int>();
        for (var n = 1; n <= 55; n++)
        {
            actions.Add(await app.ActionAsync(s, null, $"A{n:00}", $"Actie {n:00}"));
        }
        for (var n = 1; n <= 55; n++)
        {
            await app.StakeholderAsync(s.Organisation, $"Partij {n:00}");
        }
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Organisation.Url("/pilots/new?template=blank"));
        Assert.Equal(50, Boxes(form, "Input.Actions").Count);
        Assert.Equal(50, Boxes(form, "Input.Partners").Count);

        var found = await client.SubmitAsync(form, "#pilot-form", Form(("Input.Description", "Nog zonder naam"), ("Input.Actions", Id(actions[0])), ("Input.ActionSearch", "a55")), "button[name='Input.FindActions']");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Empty(found.ErrorSummary);
        Assert.Equal("Nog zonder naam", found.ValueOf("Input_Description"));
        Assert.Equal([Id(actions[0]), Id(actions[54])], Boxes(found, "Input.Actions"));
        Assert.NotNull(found.Document.QuerySelector($"#action-{actions[0]}[checked]"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Pilots.CountAsync(p => p.OrganisationId == s.Organisation.Id)));

        var saved = await client.SubmitAsync(found, "#pilot-form", Form(("Input.Name", "Deelplek"), ("Input.Actions", Id(actions[54]))));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var pilot = await app.WithDbAsync((db, _) => db.Pilots.Include(p => p.Actions).SingleAsync(p => p.OrganisationId == s.Organisation.Id));
        Assert.Equal(actions[54], Assert.Single(pilot.Actions).PlannedActionId);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<string> Boxes(Page page, string name) =>
        [.. page.Document.QuerySelectorAll($"#pilot-form input[name='{name}']").Select(i => i.GetAttribute("value")!)];
}
