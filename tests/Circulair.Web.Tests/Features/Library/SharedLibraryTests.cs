using System.Net;
using Circulair.Library;
using Circulair.Library.Sharing;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Pilots;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Library;

/// <summary>
/// The shared library (issue 18 item 3): propose → approve → visible to another organisation → cloned with lineage →
/// withdrawn → gone from the library, the clone kept; the personal-data warning; who may propose and decide.
/// </summary>
public sealed class SharedLibraryTests(SharedApp app)
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    private async Task<(StrategySetup S, int ActionId)> ActionWithSheetAsync(string title, string description, OrganisationRole role = OrganisationRole.Beheerder)
    {
        var s = await NewAsync(app, role);
        var hub = await app.StakeholderAsync(s, "Kringwinkel Partnerstad");
        var id = await app.ActionAsync(s, null, "A1", title, d => d with { Owner = ActionOwner.Member(s.User.Id) });
        await app.WithDbAsync(async db =>
        {
            var a = await db.PlannedActions.Include(x => x.Partners).Include(x => x.Budget).SingleAsync(x => x.Id == id);
            a.DescribeSheet(new ActionSheet { Description = description, FirstSteps = "Een werkgroep samenstellen.", Funding = "Eigen middelen milieudienst", Partners = [new(hub, "Levert")], Budget = [new(2026, 0.5, 12345m)] }, Now(app));
            a.Classify("R4", ValueChainStep.Gebruik, null, Now(app));
            await db.SaveChangesAsync();
        });
        return (s, id);
    }

    private Task<List<SharedLibraryItem>> ItemsAsync(TestOrganisation org) =>
        app.WithDbAsync(async (db, _) => await db.SharedLibraryItems.AsNoTracking().Where(i => i.OrganisationId == org.Id).ToListAsync());

    [Fact]
    public async Task Published_after_approval_another_organisation_finds_and_clones_it_and_withdrawing_keeps_the_clone()
    {
        var word = Unique("Herstelpunt");
        var (s, actionId) = await ActionWithSheetAsync($"{word} in de bib", $"Een {word} met vrijwilligers.");
        using var publisher = await app.LoggedInClientAsync(s.User);
        var other = await NewAsync(app, OrganisationRole.Teamlid);
        using var cloner = await app.LoggedInClientAsync(other.User);

        var form = await publisher.OpenAsync(s.Organisation.Url($"/library/share/action/{actionId}"));
        Assert.Contains(word, form.Text("#preview"), StringComparison.Ordinal);
        Assert.DoesNotContain("Kringwinkel Partnerstad", form.Text("#preview"), StringComparison.Ordinal);
        Assert.DoesNotContain("12345", form.Text("#preview"), StringComparison.Ordinal);
        var proposed = await publisher.SubmitAsync(form, "#publish-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, proposed.Status);
        var item = Assert.Single(await ItemsAsync(s.Organisation));
        Assert.Equal((SharedItemStatus.Voorgesteld, actionId, "R4"), (item.Status, item.SourceId, item.RStrategyCode));
        Assert.DoesNotContain("Kringwinkel", item.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Eigen middelen", item.Content, StringComparison.Ordinal);

        // Pending: nobody else sees it, not even by its address.
        Assert.Equal(HttpStatusCode.NotFound, (await cloner.GetAsync($"/library/shared/{item.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cloner.GetAsync(other.Organisation.Url($"/library/copy?item={item.Id}"))).Status);
        Assert.Empty((await cloner.OpenAsync($"/library/shared?q={word}")).Document.QuerySelectorAll("#shared-results li"));

        var manage = await publisher.OpenAsync(proposed.Location!);
        var approved = await publisher.SubmitAsync(manage, "form[action*='handler=Approve']", Form());
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);

        var found = await cloner.OpenAsync($"/library/shared?q={word}");
        var link = Assert.Single(found.Document.QuerySelectorAll("#shared-results h3 a"));
        Assert.Equal($"/library/shared/{item.Id}", link.GetAttribute("href"));
        Assert.Contains(s.Organisation.Name, found.Text("#shared-results"), StringComparison.Ordinal);
        var besideCases = await cloner.OpenAsync($"/library?q={word}");
        Assert.Contains(besideCases.Document.QuerySelectorAll("#shared-matches a"), a => a.GetAttribute("href") == $"/library/shared/{item.Id}");
        var shown = await cloner.OpenAsync($"/library/shared/{item.Id}");
        Assert.Contains(s.Organisation.Name, shown.Text("#published-by"), StringComparison.Ordinal);
        Assert.DoesNotContain(s.User.Name, shown.MainText, StringComparison.Ordinal);

        var copyUrl = other.Organisation.Url($"/library/copy?item={item.Id}");
        Assert.Contains(shown.Document.QuerySelectorAll("#copy-targets a"), a => a.GetAttribute("href") == copyUrl);
        var copyForm = await cloner.OpenAsync(copyUrl);
        Assert.Null(copyForm.Document.QuerySelector("#earlier-copies"));
        var asAction = await cloner.SubmitAsync(copyForm, "#copy-form", Form(("Input.Kind", "Action"), ("Input.Number", "K1")));
        Assert.Equal(HttpStatusCode.Redirect, asAction.Status);
        var clone = Assert.Single(await app.ActionsAsync(other));
        Assert.Equal((item.Id, "K1", "R4", ValueChainStep.Gebruik), (clone.SourceLibraryItemId!.Value, clone.Number, clone.RStrategyCode, clone.ValueChainStep!.Value));
        Assert.Contains(word, clone.Description, StringComparison.Ordinal);
        Assert.Null(clone.OwnerUserId);
        var clonePage = await cloner.OpenAsync(asAction.Location!);
        Assert.NotNull(clonePage.Document.QuerySelector($"#action-facts [data-source-shared='{item.Id}']"));

        // Cloning again is allowed and says so.
        copyForm = await cloner.OpenAsync(copyUrl);
        Assert.Contains("kopie 2", copyForm.Text("#earlier-copies"), StringComparison.Ordinal);
        var asIdea = await cloner.SubmitAsync(copyForm, "#copy-form", Form(("Input.Kind", "Idea")));
        Assert.Equal(HttpStatusCode.Redirect, asIdea.Status);
        Assert.Contains("extra kopie", (await cloner.OpenAsync(asIdea.Location!)).Text(".cx-flash"), StringComparison.Ordinal);
        var idea = await app.WithDbAsync(async (db, _) => await db.StrategyIdeas.AsNoTracking().SingleAsync(i => i.TrajectoryId == other.TrajectoryId));
        Assert.Equal(item.Id, idea.SourceLibraryItemId);

        manage = await publisher.OpenAsync(proposed.Location!);
        Assert.Equal("2", manage.Text("#clone-count"));
        var withdrawn = await publisher.SubmitAsync(manage, "form[action*='handler=Withdraw']", Form());
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);

        Assert.Equal(HttpStatusCode.NotFound, (await cloner.GetAsync($"/library/shared/{item.Id}")).Status);
        Assert.Empty((await cloner.OpenAsync($"/library/shared?q={word}")).Document.QuerySelectorAll("#shared-results li"));
        Assert.Equal(HttpStatusCode.NotFound, (await cloner.GetAsync(copyUrl)).Status);
        clone = Assert.Single(await app.ActionsAsync(other));
        Assert.Equal(item.Id, clone.SourceLibraryItemId);
        Assert.Contains(word, clone.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warns_about_email_addresses_and_phone_numbers_and_proposes_only_after_confirmation()
    {
        var (s, actionId) = await ActionWithSheetAsync("Deelkasten", "Vragen aan an.peeters@voorbeeld.be of bel 0470 12 34 56.");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Organisation.Url($"/library/share/action/{actionId}"));
        var matches = form.Document.QuerySelectorAll("#personal-data-matches code").Select(c => c.TextContent).ToList();
        Assert.Equal(["an.peeters@voorbeeld.be", "0470 12 34 56"], matches);
        var before = await app.AuditCountAsync(s.Organisation);

        var refused = await client.SubmitAsync(form, "#publish-form", Form(("Input.IncludeBudget", "true")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Contains("0470 12 34 56", refused.FieldError("Input_Confirmed"), StringComparison.Ordinal);
        Assert.True(refused.Document.QuerySelector("#Input_IncludeBudget")?.HasAttribute("checked"));
        Assert.Empty(await ItemsAsync(s.Organisation));
        Assert.Equal(before, await app.AuditCountAsync(s.Organisation));

        var confirmed = await client.SubmitAsync(refused, "#publish-form", Form(("Input.Confirmed", "true")));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        var item = Assert.Single(await ItemsAsync(s.Organisation));
        Assert.True(item.IncludesBudget);
        Assert.Contains("12345", item.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Teamlid_proposes_only_a_Beheerder_decides_and_a_Lezer_may_not_propose()
    {
        var (s, actionId) = await ActionWithSheetAsync("Afvalarme markt", "Herbruikbare bekers op de markt.", OrganisationRole.Teamlid);
        using var teamlid = await app.LoggedInClientAsync(s.User);
        var proposed = await teamlid.SubmitAsync(await teamlid.OpenAsync(s.Organisation.Url($"/library/share/action/{actionId}")), "#publish-form", Form());
        Assert.Equal(HttpStatusCode.Redirect, proposed.Status);
        var item = Assert.Single(await ItemsAsync(s.Organisation));
        var manage = await teamlid.OpenAsync(proposed.Location!);
        Assert.NotNull(manage.Document.QuerySelector("#awaits-beheerder"));
        Assert.Null(manage.Document.QuerySelector("#approve"));
        Assert.Equal(HttpStatusCode.Forbidden, (await teamlid.PostAsync(proposed.Location! + "?handler=Approve", [new("__RequestVerificationToken", manage.AntiforgeryToken)])).Status);

        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var lezer = await app.LoggedInClientAsync(reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await lezer.GetAsync(s.Organisation.Url($"/library/share/action/{actionId}"))).Status);
        var token = (await lezer.OpenAsync(proposed.Location!)).AntiforgeryToken;
        Assert.Equal(HttpStatusCode.Forbidden, (await lezer.PostAsync(s.Organisation.Url($"/library/share/action/{actionId}"), [new("__RequestVerificationToken", token)])).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await lezer.PostAsync(proposed.Location! + "?handler=Approve", [new("__RequestVerificationToken", token)])).Status);

        Assert.Equal(SharedItemStatus.Voorgesteld, Assert.Single(await ItemsAsync(s.Organisation)).Status);
        Assert.Equal(item.Id, (await ItemsAsync(s.Organisation))[0].Id);
    }

    [Fact]
    public async Task A_pilot_and_an_indicator_are_shared_without_names_and_cloned_as_a_pilot_and_an_indicator()
    {
        var s = await NewAsync(app, OrganisationRole.Beheerder);
        var word = Unique("Deelfiets");
        var partner = await app.StakeholderAsync(s, "Fietsherstel Janssens");
        var (pilotId, indicatorId) = await app.WithDbAsync(async (db, _) =>
        {
            var pilot = new Pilot(s.Organisation.Id, null, new PilotDetails { Name = $"{word} pilot", ValueSketch = "Minder auto's in de kern." }, new DateOnly(2026, 1, 5), Now(app));
            pilot.SetPartners([partner]);
            pilot.Classify("R2", ValueChainStep.Gebruik);
            var indicator = new Indicator(s.Organisation.Id, new IndicatorDetails
            {
                Level = IndicatorLevel.Middelen, Name = $"{word} ritten", Unit = "ritten", Direction = IndicatorDirection.HigherIsBetter,
                Instrument = MeasurementInstrument.Bevraging, Frequency = MeasurementFrequency.PerKwartaal, Owner = "Els Vermeulen",
            }, null, Now(app));
            db.Pilots.Add(pilot);
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return (pilot.Id, indicator.Id);
        });
        using var publisher = await app.LoggedInClientAsync(s.User);
        foreach (var url in new[] { $"/library/share/pilot/{pilotId}", $"/library/share/indicator/{indicatorId}" })
        {
            var proposed = await publisher.SubmitAsync(await publisher.OpenAsync(s.Organisation.Url(url)), "#publish-form", Form());
            Assert.Equal(HttpStatusCode.Redirect, proposed.Status);
            var approved = await publisher.SubmitAsync(await publisher.OpenAsync(proposed.Location!), "form[action*='handler=Approve']", Form());
            Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        }
        var items = await ItemsAsync(s.Organisation);
        Assert.All(items, i => Assert.Equal(SharedItemStatus.Gepubliceerd, i.Status));
        Assert.All(items, i => Assert.DoesNotContain("Janssens", i.Content, StringComparison.Ordinal));
        Assert.All(items, i => Assert.DoesNotContain("Vermeulen", i.Content, StringComparison.Ordinal));

        var other = await NewAsync(app, OrganisationRole.Teamlid);
        using var cloner = await app.LoggedInClientAsync(other.User);
        var pilots = await cloner.OpenAsync($"/library/shared?kind=pilot&q={word}");
        var pilotItem = items.Single(i => i.Kind == SharedItemKind.Pilot);
        Assert.Equal([$"/library/shared/{pilotItem.Id}"], pilots.Document.QuerySelectorAll("#shared-results h3 a").Select(a => a.GetAttribute("href")!));
        foreach (var item in items)
        {
            var form = await cloner.OpenAsync(other.Organisation.Url($"/library/copy?item={item.Id}"));
            Assert.Equal(HttpStatusCode.Redirect, (await cloner.SubmitAsync(form, "#copy-form", Form())).Status);
        }
        var (clonedPilot, clonedIndicator) = await app.WithDbAsync(async (db, _) => (
            await db.Pilots.AsNoTracking().SingleAsync(p => p.OrganisationId == other.Organisation.Id),
            await db.Indicators.AsNoTracking().SingleAsync(i => i.OrganisationId == other.Organisation.Id)));
        Assert.Equal((pilotItem.Id, "R2", "Minder auto's in de kern."), (clonedPilot.SourceLibraryItemId!.Value, clonedPilot.RStrategyCode, clonedPilot.ValueSketch));
        Assert.Equal((items.Single(i => i.Kind == SharedItemKind.Indicator).Id, "ritten", MeasurementFrequency.PerKwartaal, (string?)null),
            (clonedIndicator.SourceLibraryItemId!.Value, clonedIndicator.Unit, clonedIndicator.Frequency, clonedIndicator.Owner));
    }

    [Fact]
    public async Task Another_organisations_items_answer_404_on_ones_own_sharing_pages()
    {
        var (theirs, theirAction) = await ActionWithSheetAsync("Hun actie", "Tekst.");
        var mine = await NewAsync(app, OrganisationRole.Beheerder);
        var itemId = await app.WithDbAsync(async (db, _) =>
        {
            var a = await db.PlannedActions.Include(x => x.Milestones).Include(x => x.Steps).Include(x => x.Risks).Include(x => x.Budget).SingleAsync(x => x.Id == theirAction);
            var item = new SharedLibraryItem(theirs.Organisation.Id, theirs.Organisation.Name, a.Id, SharedSnapshot.OfAction(a, null, null, []), false, false, null, Now(app));
            db.SharedLibraryItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        using var client = await app.LoggedInClientAsync(mine.User);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(mine.Organisation.Url($"/library/share/action/{theirAction}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(mine.Organisation.Url($"/library/shared/{itemId}"))).Status);
        var token = (await client.OpenAsync(mine.Organisation.Url("/library/shared"))).AntiforgeryToken;
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(mine.Organisation.Url($"/library/shared/{itemId}?handler=Approve"), [new("__RequestVerificationToken", token)])).Status);
        Assert.Equal(SharedItemStatus.Voorgesteld, Assert.Single(await ItemsAsync(theirs.Organisation)).Status);
    }
}
