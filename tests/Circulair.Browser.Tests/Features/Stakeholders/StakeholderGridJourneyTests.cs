using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Stakeholders;

/// <summary>Tool 1 and 2: from a pasted longlist to the power/interest grid, by mouse and by keyboard.</summary>
public sealed class StakeholderGridJourneyTests(SharedBrowserApp app)
{
    private static ILocator Cell(IPage page, string power, string interest) =>
        page.Locator($"#stakeholder-grid ul.cx-chips[data-power='{power}'][data-interest='{interest}']");

    private static ILocator Count(IPage page, string approach) =>
        page.Locator("#approach-counts tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = approach, Exact = true }) }).Locator("td").First;

    [Fact]
    public async Task Pastes_a_longlist_and_drags_stakeholders_into_the_grid_and_between_cells()
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await using var session = await BrowserSession.StartAsync(app, javaScript: true);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url("/stakeholders"));

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Longlist plakken" }));
        await page.GetByLabel("Namen, één per regel").FillAsync("Milieuraad\n\n- Kringwinkel Zuid\nDienst Aankoop\n");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Aan het register toevoegen" }));

        Assert.Equal(organisation.Url("/stakeholders/grid"), session.Path);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "longlist" })).ToHaveTextAsync("De longlist is toegevoegd. Schat nu macht en belang in.");
        var unrated = page.Locator("ul[data-unrated]");
        await Expect(unrated.Locator(".cx-chip__name")).ToHaveTextAsync(["Dienst Aankoop", "Kringwinkel Zuid", "Milieuraad"]);
        await Expect(page.Locator("#unrated-title")).ToHaveTextAsync("Nog niet ingeschat (3)");
        var live = page.Locator("[data-grid-status]");
        await Expect(live).ToHaveAttributeAsync("aria-live", "polite");
        // Screen readers announce changes to a live region that was already in the page, not to one inserted
        // together with its text: the region must survive the grid being redrawn.
        await live.EvaluateAsync("region => region.dataset.probe = 'from the first render'");

        // From "Nog niet ingeschat" into the cell of high power and high interest.
        await unrated.Locator(".cx-chip", new() { HasText = "Milieuraad" }).DragToAsync(Cell(page, "Hoog", "Hoog"));

        await Expect(live).ToHaveTextAsync("Milieuraad is verplaatst naar Continu en actief management.");
        await Expect(live).ToHaveAttributeAsync("data-probe", "from the first render");
        await Expect(Cell(page, "Hoog", "Hoog").Locator(".cx-chip__name")).ToHaveTextAsync(["Milieuraad"]);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Milieuraad" })).ToBeFocusedAsync();
        await Expect(page.Locator("#unrated-title")).ToHaveTextAsync("Nog niet ingeschat (2)");
        await Expect(Count(page, "Continu en actief management")).ToHaveTextAsync("1");
        await Expect(page.Locator("#stakeholder-grid caption")).ToContainTextAsync("1 ingeschatte stakeholders");
        await session.CheckPageAsync();

        // From one cell to another: the stakeholder is flagged as moved.
        await Cell(page, "Hoog", "Hoog").Locator(".cx-chip", new() { HasText = "Milieuraad" }).DragToAsync(Cell(page, "Laag", "Hoog"));

        await Expect(live).ToHaveTextAsync("Milieuraad is verplaatst naar Houd geïnformeerd.");
        await Expect(live).ToHaveAttributeAsync("data-probe", "from the first render");
        var moved = Cell(page, "Laag", "Hoog").Locator(".cx-chip", new() { HasText = "Milieuraad" });
        await Expect(moved.Locator(".cx-chip__moved")).ToHaveTextAsync("↓ macht gedaald");
        await Expect(Cell(page, "Hoog", "Hoog").Locator(".cx-chip")).ToHaveCountAsync(0);
        await Expect(Count(page, "Continu en actief management")).ToHaveTextAsync("0");
        await Expect(Count(page, "Houd geïnformeerd")).ToHaveTextAsync("1");
        await Expect(page.GetByText("1 stakeholder is verschoven.")).ToBeVisibleAsync();
        await Expect(moved.GetByRole(AriaRole.Link)).ToBeFocusedAsync();
        await session.CheckPageAsync();

        // What the grid shows is what was stored.
        await session.OpenAsync(organisation.Url("/stakeholders/grid"));
        await Expect(Cell(page, "Laag", "Hoog").Locator(".cx-chip__name")).ToHaveTextAsync(["Milieuraad"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Moves_a_stakeholder_with_the_keyboard_through_its_page_and_comes_back_to_the_grid(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await app.AddStakeholderAsync(organisation, new StakeholderDetails { Name = "Jeugdraad", Group = StakeholderGroup.Burgers }, StakeholderLevel.Laag, StakeholderLevel.Laag);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url("/stakeholders/grid"));
        await Expect(Cell(page, "Laag", "Laag").Locator(".cx-chip__name")).ToHaveTextAsync(["Jeugdraad"]);

        await session.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Jeugdraad" }));
        await session.FollowAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.EndsWith("#verplaatsen", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verplaatsen in het raster" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Macht", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("hoog");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Belang", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("middel");
        await Expect(page.GetByLabel("Macht", new() { Exact = true })).ToHaveValueAsync("Hoog");
        await Expect(page.GetByLabel("Belang", new() { Exact = true })).ToHaveValueAsync("Middel");
        await session.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }));
        await session.FollowAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.Equal(organisation.Url("/stakeholders/grid"), session.Path);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "inschatting" })).ToHaveTextAsync("De nieuwe inschatting is bewaard.");
        var chip = Cell(page, "Hoog", "Middel").Locator(".cx-chip", new() { HasText = "Jeugdraad" });
        await Expect(chip.Locator(".cx-chip__moved")).ToHaveTextAsync("↑ macht gestegen, ↑ belang gestegen");
        await Expect(Cell(page, "Laag", "Laag").Locator(".cx-chip")).ToHaveCountAsync(0);
    }
}
