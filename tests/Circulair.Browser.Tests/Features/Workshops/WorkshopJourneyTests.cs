using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Workshops;

/// <summary>
/// A whole live workshop in real browsers: the facilitator (control room and projector, JavaScript on or off),
/// and three phones: two with JavaScript, which follow the facilitator by server-sent events, and one without,
/// which reloads. They join with the code, vote with dots, write ideas, and the projector shows the results.
/// Every page reached, the phone and projector pages included, passes axe-core.
/// </summary>
public sealed class WorkshopJourneyTests(SharedBrowserApp app)
{
    /// <summary>Long enough for the projector's own refresh without JavaScript (every 5 s) on a busy machine.</summary>
    private const float Slow = 20_000;

    private sealed record Phone(BrowserSession Session, string? Name)
    {
        public IPage Page => Session.Page;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_facilitator_and_three_phones_one_without_JavaScript_hold_a_workshop_and_the_projector_shows_the_results(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        await app.NewTrajectoryAsync(organisation);
        await using var facilitator = await BrowserSession.StartAsync(app, javaScript);
        await facilitator.SignInAsync(user);

        // The facilitator makes the workshop and two activities through the forms.
        var page = await facilitator.OpenAsync(organisation.Url("/workshops"));
        await page.Locator("#Input_Title").FillAsync("Buurtworkshop herstel");
        var session = await page.Locator("#Input_TrajectorySessionId option:not([value=''])").First.GetAttributeAsync("value");
        await page.Locator("#Input_TrajectorySessionId").SelectOptionAsync(session!);
        await facilitator.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Workshop aanmaken" }));
        var controlRoom = facilitator.Path;
        await AddActivityAsync(facilitator, "Stippenstemming", "Wat pakken we eerst aan?", "Herstelpunt in de bib\nDeelfietsen\nCompostbakken");
        await AddActivityAsync(facilitator, "Brainwriting", "Hoe krijgen we meer hersteld?", null);
        var code = (await page.Locator("#join-code").InnerTextAsync()).Trim();
        var activities = page.Locator("#activities > li");
        var vote = activities.Nth(0);
        var ideas = activities.Nth(1);

        // The projector, in a window of its own.
        await using var projector = await BrowserSession.StartAsync(app, javaScript);
        await projector.SignInAsync(user);
        var screen = await projector.OpenAsync($"{controlRoom}/projector");
        await Expect(screen.Locator("#projector-code")).ToHaveTextAsync(code, new() { Timeout = Slow });
        await Expect(screen.Locator("#projector-state")).ToHaveAttributeAsync("data-state", "waiting", new() { Timeout = Slow });
        if (javaScript)
        {
            await Expect(screen.Locator("#projection")).ToHaveAttributeAsync("data-listening", "true");
        }

        // Three phones join: by typing the code, with or without a name.
        await using var anna = await BrowserSession.StartAsync(app, javaScript: true);
        await using var ben = await BrowserSession.StartAsync(app, javaScript: true);
        await using var carla = await BrowserSession.StartAsync(app, javaScript: false);
        Phone[] phones = [new(anna, "Anna"), new(ben, null), new(carla, "Carla")];
        foreach (var phone in phones)
        {
            var join = await phone.Session.OpenAsync("/join");
            await join.Locator("#Code").FillAsync(code.ToLowerInvariant());
            await phone.Session.ClickAsync(join.GetByRole(AriaRole.Button, new() { Name = "Verder" }));
            Assert.Equal($"/w/{code}", phone.Session.Path);
            if (phone.Name is { } name)
            {
                await phone.Page.Locator("#DisplayName").FillAsync(name);
            }
            await phone.Session.ClickAsync(phone.Page.Locator("#join button[type=submit]"));
            await Expect(phone.Page.Locator("#participate-state")).ToHaveAttributeAsync("data-state", "waiting");
        }
        await Expect(screen.Locator("#projector-participants")).ToHaveTextAsync("3 deelnemers", new() { Timeout = Slow });
        await ListeningAsync(phones);

        // The dot vote opens: phones with JavaScript follow by themselves, the other one reloads.
        await facilitator.ClickAsync(vote.Locator("button[data-action=open]"));
        await FollowAsync(phones, "Wat pakken we eerst aan?");
        await VoteAsync(phones[0], ("Herstelpunt in de bib", 3), ("Deelfietsen", 2));
        await VoteAsync(phones[1], ("Herstelpunt in de bib", 2), ("Compostbakken", 3));
        await VoteAsync(phones[2], ("Herstelpunt in de bib", 3), ("Deelfietsen", 1));

        // Results stay hidden on the projector until the facilitator shows them.
        screen = Projector(projector);
        await Expect(screen.Locator("#results-hidden")).ToHaveTextAsync("3 deelnemers gaven al antwoord", new() { Timeout = Slow });
        await facilitator.ClickAsync(vote.Locator("button[data-action=show]"));
        await ListeningAsync(phones);
        await facilitator.ClickAsync(vote.Locator("button[data-action=close]"));
        await FollowAsync(phones, null);
        screen = Projector(projector);
        var rows = screen.Locator("#projection table[data-results=dots] tbody tr");
        await Expect(rows.Locator("th")).ToHaveTextAsync(["Herstelpunt in de bib", "Deelfietsen", "Compostbakken"], new() { Timeout = Slow });
        await Expect(rows.Locator("[data-dots]")).ToHaveTextAsync(["8", "3", "3"], new() { Timeout = Slow });
        await Expect(screen.Locator("#projector-state")).ToHaveAttributeAsync("data-state", "Gesloten", new() { Timeout = Slow });
        await projector.CheckPageAsync();

        // Brainwriting: everyone writes an idea on the sheet they hold.
        await ListeningAsync(phones);
        await facilitator.ClickAsync(ideas.Locator("button[data-action=open]"));
        await FollowAsync(phones, "Hoe krijgen we meer hersteld?");
        string[] written = ["Herstelcafé elke maand", "Onderdelen delen", "Herstelbon voor <b>iedereen</b>"];
        for (var i = 0; i < phones.Length; i++)
        {
            await phones[i].Page.Locator("#Ideas_0").FillAsync(written[i]);
            await phones[i].Session.ClickAsync(phones[i].Page.Locator("#ideas button[type=submit]"));
            await Expect(phones[i].Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je ideeën staan op het blad.");
        }
        await facilitator.ClickAsync(ideas.Locator("button[data-action=show]"));
        await ListeningAsync(phones);
        await facilitator.ClickAsync(ideas.Locator("button[data-action=close]"));
        await FollowAsync(phones, null);
        screen = Projector(projector);
        await Expect(screen.Locator("#projection [data-sheet] li")).ToHaveCountAsync(3, new() { Timeout = Slow });
        await Expect(screen.Locator("#projection")).ToContainTextAsync("Herstelbon voor <b>iedereen</b>", new() { Timeout = Slow });

        // The end: phones say so, the projector thanks everyone, and the report has it all.
        await ListeningAsync(phones);
        await facilitator.ClickAsync(page.Locator("#end-workshop button"));
        // Ending asks first, on a page of its own.
        await Expect(page.Locator("#confirm-end")).ToBeVisibleAsync();
        await facilitator.CheckPageAsync();
        await facilitator.ClickAsync(page.Locator("#confirm-end button[type=submit]"));
        await FollowAsync(phones, "ended");
        screen = Projector(projector);
        await Expect(screen.Locator("#projector-state")).ToHaveAttributeAsync("data-state", "ended", new() { Timeout = Slow });
        await projector.CheckPageAsync();
        await facilitator.ClickAsync(page.Locator("#report-link"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Verslag: Buurtworkshop herstel");
        await Expect(page.Locator("table[data-results=dots] tbody tr [data-dots]")).ToHaveTextAsync(["8", "3", "3"]);
        await Expect(page.Locator("#report-docx")).ToHaveAttributeAsync("href", $"{controlRoom}/report.docx");
    }

    private static async Task AddActivityAsync(BrowserSession facilitator, string kind, string title, string? items)
    {
        var page = facilitator.Page;
        await facilitator.ClickAsync(page.Locator("#add-activity"));
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_Title").FillAsync(title);
        if (items is not null)
        {
            await page.Locator("#Input_Items").FillAsync(items);
        }
        await facilitator.ClickAsync(page.Locator("#add-activity button[type=submit]"));
        await Expect(page.Locator("#activities")).ToContainTextAsync(title);
    }

    /// <summary>
    /// Phones with JavaScript reload themselves on the facilitator's change; the one without is reloaded by hand.
    /// <paramref name="expected"/> is the activity's title, null for the waiting screen, or "ended".
    /// </summary>
    private static async Task FollowAsync(Phone[] phones, string? expected)
    {
        foreach (var phone in phones)
        {
            var page = phone.Session.JavaScript ? phone.Page : await phone.Session.GoToAsync(phone.Session.Path);
            switch (expected)
            {
                case null:
                    await Expect(page.Locator("#participate-state")).ToHaveAttributeAsync("data-state", "waiting");
                    break;
                case "ended":
                    // An ended workshop is gone for its phones (410), and says so.
                    await Expect(page.Locator("#participate-state")).ToHaveAttributeAsync("data-state", "ended");
                    Assert.Equal(410, phone.Session.Status);
                    break;
                default:
                    await Expect(page.Locator("#activity-title")).ToHaveTextAsync(expected);
                    break;
            }
            if (phone.Session.JavaScript)
            {
                await page.WaitForLoadStateAsync(LoadState.Load);
                await phone.Session.CheckPageAsync();
            }
            else if (expected != "ended")
            {
                Assert.Equal(200, phone.Session.Status);
            }
        }
    }

    /// <summary>Waits until the phones with JavaScript have their event streams open, so that no change of the facilitator goes unheard.</summary>
    private static async Task ListeningAsync(Phone[] phones)
    {
        foreach (var phone in phones.Where(p => p.Session.JavaScript))
        {
            await Expect(phone.Page.Locator("[data-module~='live-participant']")).ToHaveAttributeAsync("data-listening", "true");
        }
    }

    private static async Task VoteAsync(Phone phone, params (string Item, int Dots)[] dots)
    {
        foreach (var (item, n) in dots)
        {
            await phone.Page.GetByLabel(item, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        await phone.Session.ClickAsync(phone.Page.Locator("#vote button[type=submit]"));
        await Expect(phone.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je stem is bewaard.");
    }

    /// <summary>
    /// The projector as it updates itself: with JavaScript by server-sent events, without by its own refresh every
    /// five seconds. Assertions on it wait long enough for the refresh (<see cref="Slow"/>).
    /// </summary>
    private static IPage Projector(BrowserSession projector) => projector.Page;
}
