using System.Net;
using Circulair.Organisations;
using Circulair.Web.Tests.Features.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Platform;

public sealed class InvisibleCharacterTests(SharedApp app)
{
    [Fact]
    public async Task A_stakeholder_name_loses_its_direction_override_zero_width_space_and_control_characters()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));

        var done = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Stakeholder.Name"] = "Kring\u202Ewinkel\u200B De\u0007moland\u2066",
            ["Stakeholder.Kind"] = "Organisatie",
            ["Stakeholder.Group"] = "Kringwinkel",
            ["Stakeholder.Engagement"] = "CoProduceren",
            ["Stakeholder.Side"] = "Extern",
            ["Stakeholder.Power"] = "Middel",
            ["Stakeholder.Interest"] = "Hoog",
            ["Stakeholder.Notes"] = "Eerste regel\r\nTweede\u0085 regel\u200F",
        });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var stakeholder = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Equal("Kringwinkel Demoland", stakeholder.Name);
        Assert.DoesNotContain(stakeholder.Notes!, c => c is '\u0085' or '\u200F');
        Assert.Contains('\n', stakeholder.Notes!);
    }

    [Fact]
    public async Task An_organisation_name_loses_its_invisible_characters()
    {
        var (organisation, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var form = await client.OpenAsync(organisation.Url("/settings"));

        var saved = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Organisation.Name"] = "\uFEFFGemeente\u00A0\u202DDemo\u200Bland\u001B" });

        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.MainText);
        var name = await app.WithDbAsync((db, _) => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Name).SingleAsync());
        Assert.Equal("Gemeente\u00A0Demoland", name);
    }
}
