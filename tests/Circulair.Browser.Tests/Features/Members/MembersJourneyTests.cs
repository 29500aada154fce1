using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Members;

public sealed class MembersJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_Beheerder_invites_a_newcomer_who_creates_an_account_and_an_existing_user_who_joins_and_switches(bool javaScript)
    {
        var (organisation, beheerder) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var home = await app.NewOrganisationAsync();
        var existing = await app.NewUserAsync();
        await app.AddMemberAsync(home, existing, OrganisationRole.Teamlid);
        var newcomer = Scenario.Unique("nieuw") + "@example.test";

        await using (var admin = await BrowserSession.StartAsync(app, javaScript))
        {
            await admin.SignInAsync(beheerder);
            var page = await admin.OpenAsync(organisation.Url("/members"));
            foreach (var (email, role) in new[] { (newcomer, "Teamlid"), (existing.Email, "Coördinator") })
            {
                await admin.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Iemand uitnodigen" }));
                await page.GetByLabel("E-mailadres").FillAsync(email);
                await page.GetByLabel(role, new() { Exact = true }).CheckAsync();
                await admin.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }));

                Assert.Equal(organisation.Url("/members"), admin.Path);
                await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitnodiging is verstuurd. De link werkt 7 dagen.");
                await Expect(page.Locator("#invitations").GetByRole(AriaRole.Row).Filter(new() { HasText = email })).ToContainTextAsync("Open");
            }
        }

        // The newcomer has no account: the link lets them make one, and they land in the organisation.
        await using (var invitee = await BrowserSession.StartAsync(app, javaScript))
        {
            var page = await invitee.OpenAsync(Mailbox.LinkIn(app.Mailbox.LatestTo(newcomer), "/invitations/"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Uitnodiging voor {organisation.Name}");
            await page.GetByLabel("Naam").FillAsync("Nina Nieuw");
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("een lange zin als wachtwoord");
            await page.GetByLabel("Herhaal het wachtwoord").FillAsync("een lange zin als wachtwoord");
            await invitee.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken en lid worden" }));

            Assert.Equal(organisation.Url(), invitee.Path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Waar staan we?");
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Welkom! Je account is aangemaakt en je bent lid van de organisatie.");
            await Expect(page.Locator(".cx-header__org")).ToHaveTextAsync(organisation.Name);
        }

        // Someone with an account logs in through the invitation, joins, and can switch between both organisations.
        await using (var member = await BrowserSession.StartAsync(app, javaScript))
        {
            var page = await member.OpenAsync(Mailbox.LinkIn(app.Mailbox.LatestTo(existing.Email), "/invitations/"));
            await member.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden om te aanvaarden" }));
            Assert.StartsWith("/login", member.Path, StringComparison.Ordinal);
            await page.Locator("#Input_Email").FillAsync(existing.Email);
            await page.Locator("#Input_Password").FillAsync(existing.Password);
            await member.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }));

            Assert.StartsWith("/invitations/", member.Path, StringComparison.Ordinal);
            await Expect(page.Locator(".cx-lead")).ToHaveTextAsync($"Je bent uitgenodigd om mee te werken in {organisation.Name} als Coördinator.");
            await member.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Lid worden van {organisation.Name}" }));

            Assert.Equal(organisation.Url(), member.Path);
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bent nu lid van deze organisatie.");
            await member.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Mijn organisaties" }));
            await Expect(page.Locator(".cx-card__title")).ToHaveTextAsync(new[] { organisation.Name, home.Name }.Order(StringComparer.Ordinal));
            await member.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = $"{home.Name} openen" }));

            Assert.Equal(home.Url(), member.Path);
            await Expect(page.Locator(".cx-header__org")).ToHaveTextAsync(home.Name);
        }

        Assert.Equal(OrganisationRole.Teamlid, await app.RoleOfAsync(organisation, (await app.WithDbAsync((db, _) => Task.FromResult(db.Users.Single(u => u.Email == newcomer).Id)))));
        Assert.Equal(OrganisationRole.Coordinator, await app.RoleOfAsync(organisation, existing.Id));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Changes_a_role_refuses_to_lose_the_last_Beheerder_removes_a_member_and_revokes_and_resends_an_invitation(bool javaScript)
    {
        var (organisation, beheerder) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var tom = await app.NewUserAsync("Tom Teamlid " + Scenario.Unique("t"));
        await app.AddMemberAsync(organisation, tom, OrganisationRole.Teamlid);
        var invitation = await app.NewInvitationAsync(organisation, beheerder);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(beheerder);
        var page = await session.OpenAsync(organisation.Url("/members"));

        // Another member gets another role.
        await page.GetByLabel($"Rol van {tom.Name}").SelectOptionAsync(new SelectOptionValue { Label = "Coördinator" });
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Rol wijzigen ({tom.Name})" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De rol is gewijzigd.");
        await Expect(page.GetByLabel($"Rol van {tom.Name}")).ToHaveValueAsync("Coordinator");

        // The only Beheerder cannot step down: the refusal shows in the error summary, which leads to the field.
        var mine = page.GetByLabel($"Rol van {beheerder.Name}");
        await mine.SelectOptionAsync(new SelectOptionValue { Label = "Lezer" });
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Rol wijzigen ({beheerder.Name})" }));

        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: Leden"));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Er moet minstens één beheerder overblijven."]);
        if (javaScript)
        {
            await Expect(summary).ToBeFocusedAsync();
        }
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(mine).ToBeFocusedAsync();
        await Expect(mine).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(OrganisationRole.Beheerder, await app.RoleOfAsync(organisation, beheerder.Id));

        // Removing asks first.
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = $"Verwijderen ({tom.Name})" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lid verwijderen");
        await Expect(page.Locator(".cx-lead")).ToContainTextAsync($"Wil je {tom.Name} ({tom.Email}) verwijderen uit {organisation.Name}?");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijderen" }));

        Assert.Equal(organisation.Url("/members"), session.Path);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het lid is uit de organisatie verwijderd.");
        await Expect(page.Locator("#members")).Not.ToContainTextAsync(tom.Email);
        Assert.Null(await app.RoleOfAsync(organisation, tom.Id));

        // An open invitation is revoked, then sent again with a new link.
        var row = page.Locator("#invitations").GetByRole(AriaRole.Row).Filter(new() { HasText = invitation.Email });
        await session.ClickAsync(row.GetByRole(AriaRole.Button, new() { Name = $"Intrekken ({invitation.Email})" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitnodiging is ingetrokken. De link werkt niet meer.");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("Ingetrokken");

        await session.ClickAsync(row.GetByRole(AriaRole.Button, new() { Name = $"Opnieuw versturen ({invitation.Email})" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitnodiging is opnieuw verstuurd met een nieuwe link. De vorige link werkt niet meer.");
        await Expect(row.Locator("[data-state]")).ToHaveTextAsync("Open");
        var link = Mailbox.LinkIn(app.Mailbox.LatestTo(invitation.Email), "/invitations/");
        Assert.NotEqual(invitation.Url, link);
    }
}
