using Circulair.Browser.Tests.Infrastructure;
using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Organisations;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Web.Features.FollowUp.Owners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.FollowUp;

/// <summary>
/// An owner without an account opens the link from the cycle's mail on a 360 px phone with JavaScript off, makes a
/// mistake, corrects it and saves an update; axe checks every page on the way.
/// </summary>
public sealed class OwnerUpdateJourneyTests(SharedBrowserApp app)
{
    [Fact]
    public async Task An_owner_opens_the_mailed_link_on_a_phone_without_JavaScript_and_gives_an_update()
    {
        var (org, _) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var email = Scenario.Unique("trekker") + "@partner.test";
        var actionId = await app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var trajectory = new StrategyTrajectory(org.Id, "Circulair 2030", 2025, 2030, null, null);
            db.Trajectories.Add(trajectory);
            var settings = new FollowUpSettings(org.Id);
            settings.Configure(FollowUpCycle.Maandelijks, RollUpWeighting.Gelijk);
            db.FollowUpSettings.Add(settings);
            await db.SaveChangesAsync();
            var action = new PlannedAction(org.Id, trajectory.Id, new ActionDetails { Number = "A03", Title = "Lokale materialenbank", Status = ActionStatus.Lopend }, now);
            db.PlannedActions.Add(action);
            await db.SaveChangesAsync();
            db.OwnerContacts.Add(new OwnerContact(action, OwnerRole.Trekker, "Sofie Materiaal", email, null, now));
            await db.SaveChangesAsync();
            return action.Id;
        });
        await app.WithDbAsync((_, services) => services.GetRequiredService<SendOwnerMails>().RunAsync(CancellationToken.None));
        var link = Circulair.TestKit.Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/u/");

        await using var phone = await BrowserSession.StartAsync(app, javaScript: false, new ViewportSize { Width = 360, Height = 740 });
        var page = await phone.OpenAsync(link);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Update voor A03 Lokale materialenbank");
        var form = await page.Locator("#owner-update-form").BoundingBoxAsync();
        Assert.True(form!.Width <= 360, $"The form is {form.Width} px wide on a 360 px screen.");

        await page.Locator("#Input_Percent").FillAsync("150");
        await page.Locator("#Input_Text").FillAsync("Eerste verkoopmoment gehouden");
        await phone.ClickAsync(page.Locator("#owner-update-form button[type=submit]"));
        Assert.Equal(422, phone.Status);
        await Expect(page.Locator(".cx-error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input_Text")).ToHaveValueAsync("Eerste verkoopmoment gehouden");

        await page.Locator("#Input_Percent").FillAsync("60");
        await phone.ClickAsync(page.Locator("#owner-update-form button[type=submit]"));
        await Expect(page.Locator("#owner-thanks")).ToBeVisibleAsync();
        await Expect(page.Locator("#owner-action-facts")).ToContainTextAsync("60 %");

        var update = await app.WithDbAsync((db, _) => db.ProgressUpdates.SingleAsync(u => u.PlannedActionId == actionId));
        Assert.Equal((60, "Sofie Materiaal"), (update.Percent, update.GivenByName));
        Assert.NotNull(update.OwnerLinkId);
    }
}
