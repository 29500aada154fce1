using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Setup;

/// <summary>First-time setup on an empty database. Each test starts its own app, because setup happens once.</summary>
public sealed class SetupTests
{
    private static Dictionary<string, string?> ValidForm() => new()
    {
        ["Account.Name"] = "Ann Coördinator",
        ["Account.Email"] = "ann@gemeente.example",
        ["Account.Password"] = "een lange zin als wachtwoord",
        ["Account.ConfirmPassword"] = "een lange zin als wachtwoord",
        ["Organisation.Name"] = "Gemeente Borsbeek",
        ["Organisation.Type"] = "Gemeente",
        ["Organisation.Municipality"] = "Borsbeek",
    };

    [Fact]
    public async Task Every_page_leads_to_setup_while_no_account_exists()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();
        using var client = app.NewClient();

        var home = await client.GetAsync("/");
        var login = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.Redirect, home.Status);
        Assert.Equal("/setup", home.Location);
        Assert.Equal("/setup", login.Location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).Status);
    }

    [Fact]
    public async Task Creates_administrator_and_organisation_with_municipality_facts_then_answers_404()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();
        using var client = app.NewClient();
        var form = await client.OpenAsync("/setup");

        var done = await client.SubmitAsync(form, ValidForm());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var organisation = await app.WithDbAsync(async (db, _) => await db.Organisations.SingleAsync());
        Assert.Equal($"/o/{organisation.Slug}", done.Location);
        // Borsbeek merged into Antwerpen on 1 January 2025: the old name finds the new municipality.
        Assert.Equal("11002", organisation.NisCode);
        Assert.Equal("Antwerpen", organisation.Province);
        Assert.Equal(540196, organisation.Population);
        Assert.Equal(2020, organisation.PopulationYear);
        Assert.Equal(135, organisation.ResidualWasteTarget2030);
        var membership = await app.WithDbAsync(async (db, _) => await db.Memberships.Include(m => m.User).SingleAsync());
        Assert.Equal(OrganisationRole.Beheerder, membership.Role);
        Assert.True(membership.User.IsPlatformAdministrator);

        var dashboard = await client.GetAsync(done.Location!);
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).Status);
        using var stranger = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/setup")).Status);
    }

    [Fact]
    public async Task Keeps_answers_and_shows_error_summary_when_fields_are_wrong()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();
        using var client = app.NewClient();
        var form = await client.OpenAsync("/setup");
        var values = ValidForm();
        values["Account.Email"] = "geen-adres";
        values["Account.ConfirmPassword"] = "iets anders";
        values["Organisation.Municipality"] = "Atlantis";
        values["Organisation.Name"] = new string('x', Organisation.NameMaxLength + 1);

        var refused = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal(4, refused.ErrorSummary.Count);
        Assert.Contains("geldig e-mailadres", refused.FieldError("Account_Email"), StringComparison.Ordinal);
        Assert.Contains("niet gelijk", refused.FieldError("Account_ConfirmPassword"), StringComparison.Ordinal);
        Assert.Contains("Atlantis", refused.FieldError("Organisation_Municipality"), StringComparison.Ordinal);
        Assert.Contains("hoogstens 150 tekens", refused.FieldError("Organisation_Name"), StringComparison.Ordinal);
        Assert.Equal("geen-adres", refused.ValueOf("Account_Email"));
        Assert.Equal("Ann Coördinator", refused.ValueOf("Account_Name"));
        Assert.Equal("Atlantis", refused.ValueOf("Organisation_Municipality"));
        Assert.Equal(new string('x', Organisation.NameMaxLength + 1), refused.ValueOf("Organisation_Name"));
        Assert.Equal("", refused.ValueOf("Account_Password"));
        var links = refused.Document.QuerySelectorAll(".cx-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Account_Email", links);
        Assert.False(await app.WithDbAsync(async (db, _) => await db.Users.AnyAsync()));
    }

    [Fact]
    public async Task Refuses_a_weak_password_with_the_rule_in_Dutch()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();
        using var client = app.NewClient();
        var form = await client.OpenAsync("/setup");
        var values = ValidForm();
        values["Account.Password"] = values["Account.ConfirmPassword"] = "kort";

        var refused = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("minstens 10 tekens", refused.FieldError("Account_Password"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(async (db, _) => await db.Organisations.AnyAsync()));
    }
}
