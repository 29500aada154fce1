using System.Globalization;
using System.Net;
using Circulair.Organisations;
using Circulair.Pilots;
using Circulair.Regions;
using Circulair.Strategy;
using Circulair.Web.Tests.Features.Strategy;
using Microsoft.EntityFrameworkCore;
using Page = Circulair.TestKit.Page;
using Scenario = Circulair.TestKit.Scenario;

namespace Circulair.Web.Tests.Features.Regions;

/// <summary>
/// Region action and pilot templates (issue 19 item 1, decision 0375): the region pushes one of its own actions or
/// pilots, a member adopts it (an action in a chosen strategy and line, or a pilot) keeping the template's key, or
/// declines it; the region counts adoptions per member; nothing reaches an organisation outside the region. And the
/// mail a member's Beheerders get when a region invites their organisation.
/// </summary>
public sealed class RegionTemplateTests(SharedApp app)
{
    private sealed record Side(TestOrganisation Org, TestUser User, AppClient Client);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<Side> SideAsync(string name, OrganisationType type, OrganisationRole role = OrganisationRole.Beheerder, string language = "nl")
    {
        var org = await app.NewOrganisationAsync(Scenario.Unique(name), type);
        var user = await app.NewUserAsync(language: language);
        await app.AddMemberAsync(org, user, role);
        return new Side(org, user, await app.LoggedInClientAsync(user));
    }

    private Task<Side> RegionAsync() => SideAsync("Intercommunale", OrganisationType.Intercommunale);

    private Task<Side> MunicipalityAsync() => SideAsync("Gemeente", OrganisationType.Gemeente);

    private async Task JoinAsync(Side region, Side member)
    {
        var page = await region.Client.OpenAsync(region.Org.Url("/region"));
        Assert.Equal(HttpStatusCode.Redirect, (await region.Client.SubmitAsync(page, "#invite-form", new Dictionary<string, string?> { ["MemberId"] = Id(member.Org.Id) })).Status);
        await region.Client.OpenAsync(region.Org.Url("/region"));
        var id = await app.WithDbAsync((db, _) => db.RegionMemberships.Where(m => m.OrganisationId == region.Org.Id && m.MemberOrganisationId == member.Org.Id)
            .OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());
        var answer = await member.Client.OpenAsync(member.Org.Url("/region"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.Client.SubmitAsync(answer, $"#accept-form-{id}", new Dictionary<string, string?>())).Status);
    }

    private async Task<StrategyArrange.StrategySetup> StrategyAsync(Side side) =>
        new(side.Org, side.User, await app.WithDbAsync(async (db, _) =>
        {
            var trajectory = new Circulair.Trajectory.StrategyTrajectory(side.Org.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            return trajectory.Id;
        }));

    /// <summary>An action of the region with a sheet, an owner's name in it nowhere, and a budget that must stay behind.</summary>
    private async Task<int> RegionActionAsync(Side region, string title)
    {
        var strategy = await StrategyAsync(region);
        var id = await app.ActionAsync(strategy, null, "1", title);
        await app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == id);
            action.DescribeSheet(new ActionSheet { Description = "Herstellers en scholen samen rond één toonbank.", FirstSteps = "Locatie zoeken", Funding = "Interne middelen 40.000 euro" }, app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        return id;
    }

    private Task<int> RegionPilotAsync(Side region, string name) => app.WithDbAsync(async (db, _) =>
    {
        var pilot = new Pilot(region.Org.Id, PilotTemplate.Materialenbank, new PilotDetails { Name = name, Description = "Bouwmaterialen krijgen een tweede leven.", ValueSketch = "Minder afval, goedkopere materialen." },
            new DateOnly(2026, 1, 5), app.Clock.GetUtcNow().UtcDateTime);
        db.Pilots.Add(pilot);
        await db.SaveChangesAsync();
        return pilot.Id;
    });

    private async Task<RegionTemplate> PushAsync(Side region, string handlerField, int sourceId)
    {
        var page = await region.Client.OpenAsync(region.Org.Url("/region/templates"));
        var pushed = await region.Client.SubmitAsync(page, $"#{handlerField}-form", new Dictionary<string, string?> { ["SourceId"] = Id(sourceId) });
        Assert.Equal(HttpStatusCode.Redirect, pushed.Status);
        return await app.WithDbAsync((db, _) => db.RegionTemplates.AsNoTracking().Where(x => x.OrganisationId == region.Org.Id).OrderByDescending(x => x.Id).FirstAsync());
    }

    private static Task<Page> PostAsync(Side side, string handler, Page page, params (string Name, string Value)[] fields) =>
        side.Client.PostAsync(side.Org.Url("/region/templates") + "?handler=" + handler,
            [new("__RequestVerificationToken", page.AntiforgeryToken), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [Fact]
    public async Task A_pushed_action_template_is_adopted_in_a_chosen_line_once_keeps_the_key_shows_the_region_and_is_counted_per_member()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        var other = await MunicipalityAsync();
        await JoinAsync(region, member);
        await JoinAsync(region, other);
        var sourceId = await RegionActionAsync(region, "Repaircafé in elke deelgemeente");
        var template = await PushAsync(region, "push-action-source", sourceId);
        Assert.Equal(("Repaircafé in elke deelgemeente", Circulair.Library.Sharing.SharedItemKind.Action), (template.Title, template.Kind));
        // The region's budget does not travel with the template.
        Assert.DoesNotContain(template.Fields, f => f.Name == "Funding");

        var strategy = await StrategyAsync(member);
        var domain = await app.DomainAsync(strategy);
        var line = await app.LineAsync(await app.GoalAsync(domain), "Herstel dichtbij");
        await app.ActionAsync(strategy, line, "1", "Bestaande actie");
        var offers = await member.Client.OpenAsync(member.Org.Url("/region/templates"));
        Assert.Contains($"van {region.Org.Name}", offers.Text($"#template-offers li[data-template='{template.Id}']"), StringComparison.Ordinal);

        // Without a place the action is refused in Dutch, and nothing is written.
        var refused = await member.Client.SubmitAsync(offers, $"#adopt-template-form-{template.Id}", new Dictionary<string, string?> { ["Placement"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies de strategie (en eventueel de actielijn) waarin de actie komt.", refused.FieldError($"placement-{template.Id}"));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.PlannedActions.CountAsync(a => a.OrganisationId == member.Org.Id)));

        var adopted = await member.Client.SubmitAsync(refused, $"#adopt-template-form-{template.Id}", new Dictionary<string, string?> { ["Placement"] = $"{strategy.TrajectoryId}-{line}" });
        var twice = await PostAsync(member, "Adopt", offers, ("templateId", Id(template.Id)), ("Placement", Id(strategy.TrajectoryId)));

        Assert.Equal(HttpStatusCode.Redirect, adopted.Status);
        Assert.Equal(adopted.Location, twice.Location);
        var copy = await app.WithDbAsync((db, _) => db.PlannedActions.AsNoTracking().SingleAsync(a => a.OrganisationId == member.Org.Id && a.RegionKey != null));
        Assert.Equal((template.Key, "Repaircafé in elke deelgemeente", line, "A01", ActionStatus.Idee), (copy.RegionKey!, copy.Title, copy.ActionLineId, copy.Number, copy.Status));
        Assert.Equal(("Herstellers en scholen samen rond één toonbank.", "Locatie zoeken", (string?)null), (copy.Description, copy.FirstSteps, copy.Funding));
        Assert.Equal(member.Org.Url($"/trajectories/{strategy.TrajectoryId}/actions/{copy.Id}"), adopted.Location);
        var show = await member.Client.OpenAsync(adopted.Location!);
        Assert.Equal($"Van regio {region.Org.Name}", show.Text("[data-region-origin]"));
        // The region's own action is not marked as coming from a region.
        Assert.Null((await region.Client.OpenAsync(region.Org.Url($"/trajectories/{(await app.WithDbAsync((db, _) => db.PlannedActions.SingleAsync(a => a.Id == sourceId))).TrajectoryId}/actions/{sourceId}"))).Document.QuerySelector("[data-region-origin]"));

        var own = await region.Client.OpenAsync(region.Org.Url("/region/templates"));
        Assert.Equal("1", own.Text($"#own-templates tr[data-template='{template.Id}'] [data-adoptions]"));
        var rows = own.Document.QuerySelectorAll("#member-adoptions tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => (r.QuerySelector("[data-adopted]")!.TextContent.Trim(), r.QuerySelector("[data-open]")!.TextContent.Trim()));
        Assert.Equal(("1", "0"), rows[member.Org.Name]);
        Assert.Equal(("0", "1"), rows[other.Org.Name]);
        var after = await member.Client.OpenAsync(member.Org.Url("/region/templates"));
        Assert.NotNull(after.Document.QuerySelector($"#template-offers li[data-template='{template.Id}'] [data-adopted]"));
        Assert.Null(after.Document.GetElementById($"adopt-template-form-{template.Id}"));
    }

    [Fact]
    public async Task A_pushed_pilot_template_is_adopted_as_a_pilot_with_the_regions_key_and_a_declined_one_is_counted_and_can_still_be_adopted()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        await JoinAsync(region, member);
        var first = await PushAsync(region, "push-pilot-source", await RegionPilotAsync(region, "Materialenbank Zuid"));
        var second = await PushAsync(region, "push-pilot-source", await RegionPilotAsync(region, "Deelplek in de bib"));
        var offers = await member.Client.OpenAsync(member.Org.Url("/region/templates"));

        var adopted = await member.Client.SubmitAsync(offers, $"#adopt-template-form-{first.Id}", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, adopted.Status);
        var pilot = await app.WithDbAsync((db, _) => db.Pilots.AsNoTracking().SingleAsync(p => p.OrganisationId == member.Org.Id));
        Assert.Equal((first.Key, "Materialenbank Zuid", PilotTemplate.Materialenbank, "Bouwmaterialen krijgen een tweede leven."), (pilot.RegionKey!, pilot.Name, pilot.Template!.Value, pilot.Description));
        Assert.Equal(member.Org.Url($"/pilots/{pilot.Id}"), adopted.Location);
        Assert.Equal($"Van regio {region.Org.Name}", (await member.Client.OpenAsync(adopted.Location!)).Text("[data-region-origin]"));
        var declined = await member.Client.SubmitAsync(offers, $"#decline-template-form-{second.Id}", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        var page = await member.Client.OpenAsync(member.Org.Url("/region/templates"));
        Assert.Equal("U hebt het sjabloon Deelplek in de bib afgeslagen. U kunt het later toch nog overnemen.", page.Text(".cx-flash"));
        Assert.NotNull(page.Document.QuerySelector($"#template-offers li[data-template='{second.Id}'] [data-declined]"));
        Assert.Null(page.Document.GetElementById($"decline-template-form-{second.Id}"));
        var own = await region.Client.OpenAsync(region.Org.Url("/region/templates"));
        Assert.Equal(("1", "0"), (own.Text($"#own-templates tr[data-template='{first.Id}'] [data-adoptions]"), own.Text($"#own-templates tr[data-template='{first.Id}'] [data-declines]")));
        Assert.Equal(("0", "1"), (own.Text($"#own-templates tr[data-template='{second.Id}'] [data-adoptions]"), own.Text($"#own-templates tr[data-template='{second.Id}'] [data-declines]")));
        Assert.Equal(("1", "1", "0"), (own.Text("#member-adoptions [data-adopted]"), own.Text("#member-adoptions [data-declined]"), own.Text("#member-adoptions [data-open]")));

        // Changing its mind: adopting the declined template replaces the "no".
        Assert.Equal(HttpStatusCode.Redirect, (await member.Client.SubmitAsync(page, $"#adopt-template-form-{second.Id}", new Dictionary<string, string?>())).Status);
        Assert.False(await app.WithDbAsync((db, _) => db.RegionTemplateDeclines.AnyAsync(d => d.OrganisationId == member.Org.Id)));
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.Pilots.CountAsync(p => p.OrganisationId == member.Org.Id && p.RegionKey != null)));
    }

    [Fact]
    public async Task Pushing_without_a_choice_or_twice_is_refused_in_Dutch_and_a_municipality_cannot_push()
    {
        var region = await RegionAsync();
        var sourceId = await RegionActionAsync(region, "Circulaire aankopen");
        var page = await region.Client.OpenAsync(region.Org.Url("/region/templates"));

        var empty = await region.Client.SubmitAsync(page, "#push-action-source-form", new Dictionary<string, string?> { ["SourceId"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal("Kies een actie van de regio.", empty.FieldError("push-action-source"));
        Assert.Contains("Kies een actie van de regio.", empty.ErrorSummary);
        await PushAsync(region, "push-action-source", sourceId);
        var again = await region.Client.SubmitAsync(page, "#push-action-source-form", new Dictionary<string, string?> { ["SourceId"] = Id(sourceId) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal("Deze regio biedt al een sjabloon met de titel Circulaire aankopen aan.", again.FieldError("push-action-source"));
        Assert.Equal(Id(sourceId), again.ValueOf("push-action-source"));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.RegionTemplates.CountAsync(x => x.OrganisationId == region.Org.Id)));

        var municipality = await MunicipalityAsync();
        var own = await StrategyAsync(municipality);
        var actionId = await app.ActionAsync(own, null, "1");
        var mine = await municipality.Client.OpenAsync(municipality.Org.Url("/region/templates"));
        Assert.Null(mine.Document.GetElementById("push-action-source-form"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(municipality, "PushAction", mine, ("SourceId", Id(actionId)))).Status);
        Assert.False(await app.WithDbAsync((db, _) => db.RegionTemplates.AnyAsync(x => x.OrganisationId == municipality.Org.Id)));
    }

    [Fact]
    public async Task Templates_of_a_region_one_is_not_an_active_member_of_answer_404_and_another_regions_action_cannot_be_pushed()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        var outsider = await MunicipalityAsync();
        var invitedOnly = await MunicipalityAsync();
        await JoinAsync(region, member);
        var template = await PushAsync(region, "push-pilot-source", await RegionPilotAsync(region, "Stadsboerderij"));
        var inviteOnly = await region.Client.OpenAsync(region.Org.Url("/region"));
        await region.Client.SubmitAsync(inviteOnly, "#invite-form", new Dictionary<string, string?> { ["MemberId"] = Id(invitedOnly.Org.Id) });

        foreach (var side in new[] { outsider, invitedOnly })
        {
            var page = await side.Client.OpenAsync(side.Org.Url("/region/templates"));
            Assert.DoesNotContain("Stadsboerderij", page.MainText, StringComparison.Ordinal);
            foreach (var handler in new[] { "Adopt", "Decline" })
            {
                var post = await PostAsync(side, handler, page, ("templateId", Id(template.Id)));
                Assert.True(post.Status == HttpStatusCode.NotFound, $"{handler} answered {(int)post.Status}");
            }
            Assert.False(await app.WithDbAsync((db, _) => db.Pilots.AnyAsync(p => p.OrganisationId == side.Org.Id)));
            Assert.False(await app.WithDbAsync((db, _) => db.RegionTemplateDeclines.AnyAsync(d => d.OrganisationId == side.Org.Id)));
        }

        // A region cannot push another organisation's action or pilot as its own.
        var otherRegion = await RegionAsync();
        var foreignPilot = await RegionPilotAsync(member, "Pilot van het lid");
        var regionPage = await otherRegion.Client.OpenAsync(otherRegion.Org.Url("/region/templates"));
        var foreign = await PostAsync(otherRegion, "PushPilot", regionPage, ("SourceId", Id(foreignPilot)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.Status);
        Assert.False(await app.WithDbAsync((db, _) => db.RegionTemplates.AnyAsync(x => x.OrganisationId == otherRegion.Org.Id)));
    }

    [Fact]
    public async Task A_reader_of_a_member_sees_the_offers_but_adopting_or_declining_answers_403()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        await JoinAsync(region, member);
        var template = await PushAsync(region, "push-pilot-source", await RegionPilotAsync(region, "Circulaire leerplek"));
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(member.Org, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(reader);

        var page = await client.OpenAsync(member.Org.Url("/region/templates"));
        Assert.Contains("Circulaire leerplek", page.MainText, StringComparison.Ordinal);
        Assert.Null(page.Document.GetElementById($"adopt-template-form-{template.Id}"));
        foreach (var handler in new[] { "Adopt", "Decline" })
        {
            var post = await client.PostAsync(member.Org.Url("/region/templates") + "?handler=" + handler, [new("__RequestVerificationToken", page.AntiforgeryToken), new("templateId", Id(template.Id))]);
            Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        }
        Assert.False(await app.WithDbAsync((db, _) => db.Pilots.AnyAsync(p => p.OrganisationId == member.Org.Id)));
    }

    [Fact]
    public async Task Inviting_a_member_mails_each_of_its_Beheerders_in_their_own_language_with_a_link_to_answer()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        var english = await app.NewUserAsync(language: "en");
        await app.AddMemberAsync(member.Org, english, OrganisationRole.Beheerder);
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(member.Org, reader, OrganisationRole.Lezer);
        var page = await region.Client.OpenAsync(region.Org.Url("/region"));

        var sent = await region.Client.SubmitAsync(page, "#invite-form", new Dictionary<string, string?> { ["MemberId"] = Id(member.Org.Id) });

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var dutch = app.Mailbox.LatestTo(member.User.Email);
        Assert.Equal($"{region.Org.Name} nodigt uw organisatie uit in Circulair", dutch.Subject);
        Assert.Contains($"{region.User.Name} nodigt {member.Org.Name} namens {region.Org.Name} uit", dutch.TextBody, StringComparison.Ordinal);
        Assert.Equal(member.Org.Url("/region"), Mailbox.LinkIn(dutch, "/region"));
        var inEnglish = app.Mailbox.LatestTo(english.Email);
        Assert.Equal($"{region.Org.Name} invites your organisation in Circulair", inEnglish.Subject);
        Assert.Equal(member.Org.Url("/region"), Mailbox.LinkIn(inEnglish, "/region"));
        Assert.Empty(app.Mailbox.To(reader.Email));
        Assert.Empty(app.Mailbox.To(region.User.Email));

        // The link leads the Beheerder to the invitation, which they accept there.
        var answer = await member.Client.OpenAsync(Mailbox.LinkIn(dutch, "/region"));
        var id = await app.WithDbAsync((db, _) => db.RegionMemberships.Where(m => m.MemberOrganisationId == member.Org.Id).Select(m => m.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await member.Client.SubmitAsync(answer, $"#accept-form-{id}", new Dictionary<string, string?>())).Status);
        Assert.Equal(RegionMembershipStatus.Active, (await app.WithDbAsync((db, _) => db.RegionMemberships.SingleAsync(m => m.Id == id))).Status);
    }

    [Fact]
    public async Task A_refused_invitation_sends_no_mail()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        var page = await region.Client.OpenAsync(region.Org.Url("/region"));
        await region.Client.SubmitAsync(page, "#invite-form", new Dictionary<string, string?> { ["MemberId"] = Id(member.Org.Id) });
        var first = app.Mailbox.To(member.User.Email).Count;

        var again = await region.Client.PostAsync(region.Org.Url("/region") + "?handler=Invite", [new("__RequestVerificationToken", page.AntiforgeryToken), new("MemberId", Id(member.Org.Id))]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal(1, first);
        Assert.Single(app.Mailbox.To(member.User.Email));
    }
}
