using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Account;

public sealed class ProfileTests(SharedApp app)
{
    [Fact]
    public async Task Speaks_English_on_the_next_page_after_choosing_English()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync("/account/profile");
        Assert.Equal("nl-BE", form.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(user.Email, form.Text("#profile-email"));
        Assert.Equal(user.Name, form.ValueOf("Input_Name"));

        var saved = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Name"] = "Ann Peeters", ["Input.Language"] = "en" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var profile = await client.OpenAsync(saved.Location!);
        Assert.Equal("en", profile.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Profile", profile.Text("h1"));
        Assert.Equal("Your profile has been saved.", profile.Text(".cx-flash"));
        Assert.Equal("Ann Peeters", profile.ValueOf("Input_Name"));
        var organisations = await client.OpenAsync("/organisations");
        Assert.Equal("en", organisations.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("My organisations", organisations.Text("h1"));
        var stored = await app.WithDbAsync((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(("Ann Peeters", "en"), (stored.DisplayName, stored.Language));
    }

    [Fact]
    public async Task Keeps_typed_values_and_explains_when_the_name_is_missing_or_too_long()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync("/account/profile");
        var longName = new string('a', 101);

        var missing = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Name"] = "", ["Input.Language"] = "en" });
        var tooLong = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Name"] = longName });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.Status);
        Assert.StartsWith("Fout:", missing.Title, StringComparison.Ordinal);
        Assert.Equal("Vul je naam in.", missing.FieldError("Input_Name"));
        Assert.NotNull(missing.Document.QuerySelector("input[name='Input.Language'][value='en'][checked]"));
        Assert.Equal("nl-BE", missing.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("hoogstens 100 tekens", tooLong.FieldError("Input_Name"), StringComparison.Ordinal);
        Assert.Equal(longName, tooLong.ValueOf("Input_Name"));
        var stored = await app.WithDbAsync((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal((user.Name, "nl-BE"), (stored.DisplayName, stored.Language));
    }

    [Fact]
    public async Task Refuses_a_language_it_does_not_offer()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync("/account/profile");

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Language"] = "fr" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies Nederlands of English.", refused.FieldError("Input_Language"));
    }
}
