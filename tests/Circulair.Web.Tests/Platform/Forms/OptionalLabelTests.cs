using System.Net;
using AngleSharp.Html.Dom;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using Circulair.Web.Tests.Security;

namespace Circulair.Web.Tests.Platform.Forms;

/// <summary>
/// "(optioneel)" promises that a field may stay empty. The sweep opens every create and edit form of the demo
/// organisation, sends it with every field emptied, and fails when the answer flags a field whose label says it is
/// optional. Such a field is required by the page's own checks, so its input must say so ([Required]). No field is
/// exempted: a field needed only with another one (a member from the register or a typed name; an activity's items)
/// drops "(optioneel)" and says in its hint when it is needed, and a number an activity kind needs takes a default
/// when left empty, so its "(optioneel)" holds. The cases the sweep cannot tell apart are stated one by one below.
/// </summary>
public sealed class OptionalLabelTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    [Fact]
    public async Task No_field_labelled_optional_is_refused_when_left_empty()
    {
        var (_, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        await app.AddMemberAsync(app.Demo, admin, OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var failures = new List<string>();
        var sent = 0;

        foreach (var route in RouteSweep.OrganisationRoutes(app).Where(r => r.RawText!.EndsWith("/new", StringComparison.Ordinal) || r.RawText!.EndsWith("/edit", StringComparison.Ordinal)))
        {
            var url = await RouteSweep.UrlAsync(app, route, app.Demo.Slug, app.Demo.Id);
            var page = await client.GetAsync(url);
            if (page.Status != HttpStatusCode.OK)
            {
                continue;
            }
            foreach (var form in page.Document.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>())
            {
                var emptied = new Dictionary<string, string?>();
                foreach (var element in form.Elements)
                {
                    switch (element)
                    {
                        case IHtmlInputElement { Type: "checkbox" or "radio" } input when !string.IsNullOrEmpty(input.Name):
                            emptied[input.Name!] = null;
                            break;
                        case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("hidden" or "submit" or "button" or "file"):
                            emptied[input.Name!] = "";
                            break;
                        case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                            emptied[area.Name!] = "";
                            break;
                        case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                            emptied[select.Name!] = "";
                            break;
                    }
                }
                if (form.Id is null or "")
                {
                    form.Id = $"swept-form-{sent}";
                }
                var answer = await client.SubmitAsync(page, $"#{form.Id}", emptied);
                sent++;
                foreach (var field in answer.Document.QuerySelectorAll(".cx-field--error").Where(f => f.QuerySelector(".cx-field__optional") is not null))
                {
                    var label = field.QuerySelector(".cx-field__label")?.TextContent.Trim() ?? "";
                    failures.Add($"{url} (#{form.Id}): \"{label}\" is labelled optional but refused when empty");
                }
            }
        }

        Assert.True(sent > 10, $"Only {sent} forms were sent.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_platform_member_is_someone_from_the_register_or_a_typed_name_and_neither_field_says_optional()
    {
        var (_, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        await app.AddMemberAsync(app.Demo, admin, OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var platform = await app.WithDbAsync((db, _) => db.Set<Circulair.Governance.GovernancePlatform>().Where(p => p.OrganisationId == app.Demo.Id).Select(p => p.Id).FirstAsync());
        var page = await client.OpenAsync(app.Demo.Url($"/followup/governance/platforms/{platform}/edit"));

        foreach (var id in new[] { "Member_StakeholderId", "Member_Name" })
        {
            var field = page.Document.GetElementById(id)!.Closest(".cx-field")!;
            Assert.Null(field.QuerySelector(".cx-field__optional"));
            Assert.False(string.IsNullOrWhiteSpace(field.QuerySelector(".cx-field__hint")?.TextContent), $"{id} has no hint saying when it is needed");
        }
        var refused = await client.SubmitAsync(page, "#member-form", new Dictionary<string, string?> { ["Member.StakeholderId"] = "", ["Member.Name"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een stakeholder uit het register of typ een naam.", refused.FieldError("Member_StakeholderId"));

        var typed = await client.SubmitAsync(await client.OpenAsync(page.Url), "#member-form", new Dictionary<string, string?> { ["Member.StakeholderId"] = "", ["Member.Name"] = "Wijkagent Noord" });
        Assert.Equal(HttpStatusCode.Redirect, typed.Status);
    }

    [Fact]
    public async Task A_new_activity_takes_default_numbers_when_left_empty_and_its_items_do_not_say_optional()
    {
        var (_, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        await app.AddMemberAsync(app.Demo, admin, OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var workshop = await app.WithDbAsync((db, _) => db.Set<Circulair.Workshops.Workshop>().Where(w => w.OrganisationId == app.Demo.Id && w.EndedAt == null).Select(w => w.Id).FirstAsync());
        var url = app.Demo.Url($"/workshops/{workshop}/activities/new");
        var form = await client.OpenAsync(url);
        foreach (var id in new[] { "Input_Dots", "Input_MaxPerItem", "Input_IdeasPerRound" })
        {
            Assert.NotNull(form.Document.GetElementById(id)!.Closest(".cx-field")!.QuerySelector(".cx-field__optional"));
        }
        Assert.Null(form.Document.GetElementById("Input_Items")!.Closest(".cx-field")!.QuerySelector(".cx-field__optional"));

        var title = "Stemming " + Guid.NewGuid().ToString("N")[..6];
        var done = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Kind"] = "Stippenstemming", ["Input.Title"] = title, ["Input.Dots"] = "", ["Input.MaxPerItem"] = "", ["Input.Source"] = "AdHoc", ["Input.Items"] = "Herstelcafé\nDeelplatform",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var rules = await app.WithDbAsync((db, _) => db.Set<Circulair.Workshops.WorkshopActivity>().Where(a => a.Title == title).Select(a => new { a.DotsPerParticipant, a.MaxDotsPerItem }).SingleAsync());
        Assert.Equal((5, 3), (rules.DotsPerParticipant, rules.MaxDotsPerItem));

        var twoDots = "Twee stippen " + Guid.NewGuid().ToString("N")[..6];
        await client.SubmitAsync(await client.OpenAsync(url), new Dictionary<string, string?>
        {
            ["Input.Kind"] = "Stippenstemming", ["Input.Title"] = twoDots, ["Input.Dots"] = "2", ["Input.MaxPerItem"] = "", ["Input.Source"] = "AdHoc", ["Input.Items"] = "Herstelcafé",
        });
        var two = await app.WithDbAsync((db, _) => db.Set<Circulair.Workshops.WorkshopActivity>().Where(a => a.Title == twoDots).Select(a => new { a.DotsPerParticipant, a.MaxDotsPerItem }).SingleAsync());
        Assert.Equal((2, 2), (two.DotsPerParticipant, two.MaxDotsPerItem));

        var refused = await client.SubmitAsync(await client.OpenAsync(url), new Dictionary<string, string?>
        {
            ["Input.Kind"] = "Stippenstemming", ["Input.Title"] = "Zonder items", ["Input.Source"] = "AdHoc", ["Input.Items"] = "",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Typ minstens één item, één per regel.", refused.FieldError("Input_Items"));
    }
}
