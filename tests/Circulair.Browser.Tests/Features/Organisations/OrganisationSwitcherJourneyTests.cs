using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Organisations;

public sealed class OrganisationSwitcherJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Opens_the_chosen_organisation_and_starts_there_next_time(bool javaScript)
    {
        var user = await app.NewUserAsync();
        var first = await app.NewOrganisationAsync();
        var second = await app.NewOrganisationAsync();
        await app.AddMemberAsync(first, user, OrganisationRole.Beheerder);
        await app.AddMemberAsync(second, user, OrganisationRole.Lezer);
        await using var session = await BrowserSession.StartAsync(app, javaScript);

        await session.LogInAsync(user);

        // Two organisations and none chosen yet: the person chooses.
        Assert.Equal("/organisations", session.Path);
        var page = session.Page;
        await Expect(page.Locator(".cx-card__title")).ToHaveTextAsync(new[] { first.Name, second.Name }.Order(StringComparer.Ordinal));
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = $"{second.Name} openen" }));

        Assert.Equal(second.Url(), session.Path);
        await Expect(page.Locator(".cx-header__org")).ToHaveTextAsync(second.Name);
        var organisationNavigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Organisatie" });
        await Expect(organisationNavigation.GetByRole(AriaRole.Link, new() { Name = "Leden" })).ToHaveCountAsync(0);

        await session.GoToAsync("/");
        Assert.Equal(second.Url(), session.Path);

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Mijn organisaties" }));
        Assert.Equal("/organisations", session.Path);
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = $"{first.Name} openen" }));

        Assert.Equal(first.Url(), session.Path);
        await Expect(page.Locator(".cx-header__org")).ToHaveTextAsync(first.Name);
        await Expect(organisationNavigation.GetByRole(AriaRole.Link, new() { Name = "Leden" })).ToBeVisibleAsync();
        await session.GoToAsync("/");
        Assert.Equal(first.Url(), session.Path);
    }
}
