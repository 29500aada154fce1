using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Vision;

/// <summary>Tool 3: the vision canvas with its notes, focus, policy framework and statement; versions and compare.</summary>
public sealed class VisionCanvasJourneyTests(SharedBrowserApp app)
{
    private static ILocator Block(IPage page, string block) => page.Locator($"#block-{block}");

    private static ILocator Notes(IPage page, string block) => Block(page, block).Locator("ol.cx-notes > li.cx-note");

    private static Task<string[]> NoteTextsAsync(IPage page, string block) =>
        Notes(page, block).Locator("textarea").EvaluateAllAsync<string[]>("areas => areas.map(a => a.value)");

    private static async Task AddNoteAsync(BrowserSession session, string block, string blockName, string text)
    {
        var page = session.Page;
        await Block(page, block).GetByLabel("Nieuwe notitie").FillAsync(text);
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Notitie toevoegen aan {blockName}" }));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "notitie" })).ToHaveTextAsync("De notitie is toegevoegd; het canvas is bewaard.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fills_in_the_canvas_with_notes_focus_policies_and_statement(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var trajectoryId = await app.NewTrajectoryAsync(organisation);
        var canvasUrl = organisation.Url($"/trajectories/{trajectoryId}/vision");
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(canvasUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Visiecanvas – Circulair 2030");

        // Adding a note keeps what was typed elsewhere on the canvas.
        await page.Locator("#Input_Why").FillAsync("Restafval kost de gemeente te veel.");
        await AddNoteAsync(session, "Waarom", "Waarom", "Restafval daalt te traag");
        await AddNoteAsync(session, "Waarom", "Waarom", "Grondstoffen worden duurder");
        await AddNoteAsync(session, "Waarom", "Waarom", "Inwoners vragen herstelpunten");
        await AddNoteAsync(session, "Resultaten", "Resultaten", "Een herstelpunt in elke wijk");
        Assert.Equal(canvasUrl, session.Path);
        Assert.StartsWith("#note-", new Uri(page.Url).Fragment, StringComparison.Ordinal);
        await Expect(page.Locator("#Input_Why")).ToHaveValueAsync("Restafval kost de gemeente te veel.");
        Assert.Equal(["Restafval daalt te traag", "Grondstoffen worden duurder", "Inwoners vragen herstelpunten"], await NoteTextsAsync(page, "Waarom"));
        Assert.Equal(["Een herstelpunt in elke wijk"], await NoteTextsAsync(page, "Resultaten"));

        // Edit a note and give it another colour.
        var first = Notes(page, "Waarom").First;
        await first.GetByLabel("Tekst van de notitie").FillAsync("Restafval daalt veel te traag");
        await first.GetByLabel("Kleur").SelectOptionAsync(new SelectOptionValue { Label = "groen" });
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Canvas opslaan" });
        await session.ClickAsync(save);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "canvas" })).ToHaveTextAsync("Het canvas is bewaard.");
        await Expect(first.GetByLabel("Tekst van de notitie")).ToHaveValueAsync("Restafval daalt veel te traag");
        await Expect(first).ToHaveClassAsync(new Regex("cx-note--groen"));
        await Expect(first.Locator(".cx-note__number")).ToContainTextAsync("kleur: groen");

        // Move with the buttons, then remove one.
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Omlaag (Notitie 1)" }).First);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "notitie" })).ToHaveTextAsync("De notitie is verplaatst; het canvas is bewaard.");
        Assert.Equal(["Grondstoffen worden duurder", "Restafval daalt veel te traag", "Inwoners vragen herstelpunten"], await NoteTextsAsync(page, "Waarom"));
        await session.ClickAsync(Block(page, "Waarom").GetByRole(AriaRole.Button, new() { Name = "Omhoog (Notitie 3)" }));
        Assert.Equal(["Grondstoffen worden duurder", "Inwoners vragen herstelpunten", "Restafval daalt veel te traag"], await NoteTextsAsync(page, "Waarom"));
        await Expect(Block(page, "Waarom").GetByRole(AriaRole.Button, new() { Name = "Omhoog (Notitie 1)" })).ToBeDisabledAsync();
        await session.ClickAsync(Block(page, "Waarom").GetByRole(AriaRole.Button, new() { Name = "Verwijderen (Notitie 1)" }));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "notitie" })).ToHaveTextAsync("De notitie is verwijderd; het canvas is bewaard.");
        Assert.Equal(["Inwoners vragen herstelpunten", "Restafval daalt veel te traag"], await NoteTextsAsync(page, "Waarom"));

        // Focus, policy framework and statement.
        await page.GetByLabel("Burgers activeren").CheckAsync();
        await page.GetByLabel("Ondernemerschap en nieuwe circulaire bedrijvigheid").CheckAsync();
        await page.GetByLabel("Lokaal Materialenplan").CheckAsync();
        await page.Locator(".cx-policy", new() { Has = page.GetByLabel("Lokaal Materialenplan") }).GetByLabel("Toelichting").FillAsync("Onze acties volgen het materialenplan.");
        await page.GetByLabel("Onze visie in een paar zinnen").FillAsync("Demostad herstelt, deelt en hergebruikt tegen 2030.");
        await session.ClickAsync(save);

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "canvas" })).ToHaveTextAsync("Het canvas is bewaard.");
        await Expect(page.GetByLabel("Burgers activeren")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Ondernemerschap en nieuwe circulaire bedrijvigheid")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Jobs, ook in de sociale economie")).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel("Lokaal Materialenplan")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Onze visie in een paar zinnen")).ToHaveValueAsync("Demostad herstelt, deelt en hergebruikt tegen 2030.");

        if (javaScript)
        {
            // Dragging only rewrites the order in the form; saving stores it.
            await Expect(Block(page, "Waarom").Locator("[data-drag-hint]")).ToBeVisibleAsync();
            await Notes(page, "Waarom").Nth(1).Locator(".cx-note__number").DragToAsync(Notes(page, "Waarom").Nth(0).Locator(".cx-note__number"));
            await Expect(Block(page, "Waarom").Locator("[data-status]")).ToHaveTextAsync("Volgorde aangepast. Klik op Canvas opslaan om ze te bewaren.");
            Assert.Equal(["Restafval daalt veel te traag", "Inwoners vragen herstelpunten"], await NoteTextsAsync(page, "Waarom"));
            await session.CheckPageAsync();
            await session.ClickAsync(save);
            await session.OpenAsync(canvasUrl);
            Assert.Equal(["Restafval daalt veel te traag", "Inwoners vragen herstelpunten"], await NoteTextsAsync(page, "Waarom"));
        }
        else
        {
            await Expect(Block(page, "Waarom").Locator("[data-drag-hint]")).ToBeHiddenAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Saves_two_versions_compares_them_and_restores_the_first(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var trajectoryId = await app.NewTrajectoryAsync(organisation);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);
        var page = await session.OpenAsync(organisation.Url($"/trajectories/{trajectoryId}/vision"));
        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de visie" });

        await page.GetByLabel("Onze visie in een paar zinnen").FillAsync("Demostad wordt circulair tegen 2030.");
        await Block(page, "Waarom").GetByLabel("Nieuwe notitie").FillAsync("Afval kost te veel");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Notitie toevoegen aan Waarom" }));
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Versies" }));
        await page.GetByLabel("Naam van de versie").FillAsync("Eerste ontwerp");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Versie bewaren" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Versie 1: Eerste ontwerp");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De versie is bewaard.");

        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Canvas" }));
        await page.GetByLabel("Onze visie in een paar zinnen").FillAsync("Demostad wordt een zorgzame circulaire gemeente tegen 2030.");
        await page.GetByLabel("Burgers activeren").CheckAsync();
        await session.ClickAsync(Block(page, "Waarom").GetByRole(AriaRole.Button, new() { Name = "Verwijderen (Notitie 1)" }));
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Versies" }));
        await page.GetByLabel("Naam van de versie").FillAsync("Na de workshop");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Versie bewaren" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Versie 2: Na de workshop");

        // Compare: older on the left, newer on the right, changes marked with a label and not only by colour.
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Vergelijken" }));
        await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "Vergelijken" })).ToHaveAttributeAsync("aria-current", "page");
        var texts = page.Locator("#compare-texts");
        await Expect(texts.Locator("thead th")).ToHaveTextAsync(["Onderdeel", "Versie 1: Eerste ontwerp", "Versie 2: Na de workshop"]);
        var statement = texts.Locator("tbody tr").Filter(new() { HasText = "gewijzigd" }).Filter(new() { Has = page.Locator("del, ins") }).First;
        await Expect(statement.Locator("td").Nth(0).Locator("del").First).ToContainTextAsync("weg:");
        await Expect(statement.Locator("td").Nth(1).Locator("ins").First).ToContainTextAsync("nieuw:");
        await Expect(statement.Locator("td").Nth(1)).ToContainTextAsync("zorgzame");
        var focus = page.Locator("#compare-focus tbody tr").Filter(new() { HasText = "Burgers activeren" });
        await Expect(focus.Locator("td").Nth(0)).ToHaveTextAsync("niet gekozen");
        await Expect(focus.Locator("td").Nth(1).Locator("ins")).ToHaveTextAsync("nieuw: gekozen");
        await Expect(page.Locator("#compare-notes-Waarom td").Nth(0).Locator("del")).ToHaveTextAsync("verwijderde notitie: Afval kost te veel");

        // Restore version 1: it becomes version 3 and the canvas is as it was.
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Versies" }));
        await session.ClickAsync(page.Locator("#versions").GetByRole(AriaRole.Link, new() { Name = "Eerste ontwerp" }));
        await Expect(page.GetByLabel("Naam van de versie")).ToHaveValueAsync("Herstel van versie 1: Eerste ontwerp");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Versie herstellen" }));

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De versie is hersteld en als nieuwe versie bewaard.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Versie 3: Herstel van versie 1: Eerste ontwerp");
        await Expect(page.Locator(".cx-lead .cx-tag")).ToHaveTextAsync("hersteld van versie 1");
        await session.ClickAsync(tabs.GetByRole(AriaRole.Link, new() { Name = "Canvas" }));
        await Expect(page.GetByLabel("Onze visie in een paar zinnen")).ToHaveValueAsync("Demostad wordt circulair tegen 2030.");
        await Expect(page.GetByLabel("Burgers activeren")).Not.ToBeCheckedAsync();
        Assert.Equal(["Afval kost te veel"], await NoteTextsAsync(page, "Waarom"));
    }
}
