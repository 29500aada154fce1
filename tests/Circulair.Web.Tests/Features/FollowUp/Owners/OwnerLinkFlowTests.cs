using System.Globalization;
using System.Net;
using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Organisations;
using Circulair.Strategy;
using Circulair.Web.Features.FollowUp.Owners;
using Circulair.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.FollowUp.Owners;

/// <summary>
/// An app of its own for the owners' mails: these tests move its clock through the rounds of the follow-up cycle, which
/// the shared app's other tests must not feel.
/// </summary>
public sealed class OwnersApp : CirculairFactory
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await this.NewUserAsync("Platformbeheerder", platformAdministrator: true);
    }
}

/// <summary>Owners without an account: the cycle's mails, their links to the update form, reminders, revocation and expiry (issue 14 item 4).</summary>
public sealed class OwnerLinkFlowTests(OwnersApp app) : IClassFixture<OwnersApp>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Moves the clock to 08:00 on the first day of the next month: the start of a new monthly round.</summary>
    private void StartNextRound()
    {
        var next = new DateTime(Now.Year, Now.Month, 1, 8, 0, 0, DateTimeKind.Utc).AddMonths(1);
        app.Clock.SetUtcNow(next);
    }

    private void GoToDay(int day) => app.Clock.SetUtcNow(new DateTime(Now.Year, Now.Month, day, 8, 0, 0, DateTimeKind.Utc));

    private async Task<(StrategySetup S, int[] Actions)> StrategyAsync(int actions = 1)
    {
        var s = await NewAsync(app, OrganisationRole.Coordinator);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        var ids = new int[actions];
        for (var i = 0; i < actions; i++)
        {
            ids[i] = await app.ActionAsync(s, line, $"A0{i + 1}", $"Actie {i + 1}", d => d with { Status = ActionStatus.Lopend });
        }
        await app.WithDbAsync(async db =>
        {
            var settings = new FollowUpSettings(s.Organisation.Id);
            settings.Configure(FollowUpCycle.Maandelijks, RollUpWeighting.Gelijk);
            db.FollowUpSettings.Add(settings);
            await db.SaveChangesAsync();
        });
        return (s, ids);
    }

    private static string NewEmail() => Scenario.Unique("eigenaar") + "@partner.test";

    private Task<int> OwnerAsync(int actionId, string email, string name = "Sofie Trekker", OwnerRole role = OwnerRole.Trekker) =>
        app.WithDbAsync(async (db, _) =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == actionId);
            var contact = new OwnerContact(action, role, name, email, null, Now);
            db.OwnerContacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    private Task<OwnerMailRun> RunMailsAsync(IMailSender? sender = null, OwnersOptions? options = null) =>
        app.WithDbAsync((db, sp) => new SendOwnerMails(db, sender ?? sp.GetRequiredService<IMailSender>(), app.Clock, options ?? sp.GetRequiredService<OwnersOptions>(),
            sp.GetRequiredService<IConfiguration>(), NullLogger<SendOwnerMails>.Instance).RunAsync(CancellationToken.None));

    private static List<string> LinksIn(MimeMessage mail) =>
        [.. (mail.TextBody ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("http", StringComparison.Ordinal)).Select(l => new Uri(l).PathAndQuery)];

    private Task<int> UpdatesAsync(int actionId) => app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.PlannedActionId == actionId));

    [Fact]
    public async Task An_owner_added_by_the_coordinator_gets_one_mail_per_round_whose_link_leads_to_a_stored_update_that_names_the_link()
    {
        StartNextRound();
        var (s, actions) = await StrategyAsync();
        var email = NewEmail();
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var page = await coordinator.OpenAsync(s.Url($"/actions/{actions[0]}/owners"));
        var added = await coordinator.SubmitAsync(page, "#owner-form", Form(("Input.Role", nameof(OwnerRole.Trekker)), ("Input.Name", "Sofie Trekker"), ("Input.Email", email)));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);

        await RunMailsAsync();
        await RunMailsAsync();

        var mail = Assert.Single(app.Mailbox.To(email));
        Assert.StartsWith("Hoe staan je acties ervoor?", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("A01 Actie 1 (trekker)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(s.User.Name, mail.TextBody, StringComparison.Ordinal);
        var link = Assert.Single(LinksIn(mail));
        Assert.StartsWith("/u/", link, StringComparison.Ordinal);

        using var owner = app.NewClient();
        var form = await owner.OpenAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("Update voor A01 Actie 1", form.Text("h1"));
        Assert.Null(form.Document.QuerySelector("a[href^='/o/']"));
        var saved = await owner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "35"), ("Input.Text", "Stellingen geplaatst"), ("Input.Blocker", "Vergunning loopt vertraging op")),
            "Input.EvidenceFile", "foto.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], "image/png");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var thanks = await owner.OpenAsync(saved.Location!);
        Assert.NotNull(thanks.Document.QuerySelector("#owner-thanks"));

        var update = await app.WithDbAsync((db, _) => db.ProgressUpdates.SingleAsync(u => u.PlannedActionId == actions[0]));
        var linkId = await app.WithDbAsync((db, _) => db.OwnerLinks.Where(l => l.PlannedActionId == actions[0]).Select(l => l.Id).SingleAsync());
        Assert.Equal((35, "Stellingen geplaatst", "Sofie Trekker", linkId, (int?)null, "image/png"),
            (update.Percent, update.Text, update.GivenByName, update.OwnerLinkId!.Value, update.GivenByUserId, update.EvidenceContentType));

        var timeline = await coordinator.OpenAsync(s.Url($"/actions/{actions[0]}"));
        Assert.Contains("Gegeven via een persoonlijke link", timeline.Text("#updates"), StringComparison.Ordinal);
        var owners = await coordinator.OpenAsync(s.Url($"/actions/{actions[0]}/owners"));
        Assert.Equal("1", owners.Document.QuerySelector("#owners tbody tr td:nth-of-type(5)")!.TextContent.Trim());
    }

    [Fact]
    public async Task Reminders_go_out_once_before_and_once_after_the_deadline_for_unanswered_actions_only_and_then_the_coordinator_waits_for_the_owner()
    {
        StartNextRound();
        var (s, actions) = await StrategyAsync(actions: 3);
        var email = NewEmail();
        var answered = NewEmail();
        await OwnerAsync(actions[0], email);
        await OwnerAsync(actions[1], email);
        await OwnerAsync(actions[2], answered, "Jonas Partner", OwnerRole.Partner);

        await RunMailsAsync();
        var request = Assert.Single(app.Mailbox.To(email));
        Assert.Equal(2, LinksIn(request).Count);
        using (var owner = app.NewClient())
        {
            var form = await owner.OpenAsync(LinksIn(request)[0]);
            Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "20")), "Input.EvidenceFile", null, null)).Status);
        }
        using (var partner = app.NewClient())
        {
            var form = await partner.OpenAsync(LinksIn(app.Mailbox.LatestTo(answered))[0]);
            Assert.Equal(HttpStatusCode.Redirect, (await partner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "10")), "Input.EvidenceFile", null, null)).Status);
        }

        GoToDay(11);
        await RunMailsAsync();
        Assert.Single(app.Mailbox.To(email));
        GoToDay(12);
        await RunMailsAsync();
        await RunMailsAsync();
        var before = app.Mailbox.To(email);
        Assert.Equal(2, before.Count);
        Assert.StartsWith("Herinnering", before[1].Subject, StringComparison.Ordinal);
        Assert.Contains("Actie 1", request.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Actie 1", before[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("A02 Actie 2", before[1].TextBody, StringComparison.Ordinal);
        Assert.Single(app.Mailbox.To(answered));

        GoToDay(16);
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var overview = await coordinator.OpenAsync(s.Organisation.Url("/followup/owners"));
        Assert.Equal(HttpStatusCode.OK, overview.Status);
        var waiting = Assert.Single(overview.Document.QuerySelectorAll("#waiting-list li"));
        Assert.Contains("Sofie Trekker", waiting.TextContent, StringComparison.Ordinal);
        Assert.Contains("A02 Actie 2", waiting.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Jonas", overview.Text("#waiting"), StringComparison.Ordinal);

        await RunMailsAsync();
        GoToDay(20);
        await RunMailsAsync();
        var all = app.Mailbox.To(email);
        Assert.Equal(3, all.Count);
        Assert.StartsWith("We wachten nog op je update", all[2].Subject, StringComparison.Ordinal);
        Assert.Single(app.Mailbox.To(answered));
        Assert.Equal(3, await app.WithDbAsync((db, _) => db.OwnerMailings.CountAsync(m => m.EmailKey == email && m.Status == OwnerMailStatus.Sent)));
    }

    [Fact]
    public async Task Revoked_expired_tampered_and_deleted_action_links_say_what_happened_and_whom_to_ask_and_write_nothing()
    {
        StartNextRound();
        var (s, actions) = await StrategyAsync(actions: 3);
        var email = NewEmail();
        foreach (var action in actions)
        {
            await OwnerAsync(action, email);
        }
        await RunMailsAsync();
        var links = LinksIn(app.Mailbox.LatestTo(email));
        Assert.Equal(3, links.Count);
        using var owner = app.NewClient();
        var openForm = await owner.OpenAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, openForm.Status);

        // The coordinator revokes the owner's links on A01; the form the owner still has open is refused.
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var ownersPage = await coordinator.OpenAsync(s.Url($"/actions/{actions[0]}/owners"));
        var contactId = ownersPage.Document.QuerySelector("#owners tbody tr")!.Id!["owner-".Length..];
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(ownersPage, $"#revoke-{contactId}", Form())).Status);
        var revoked = await owner.SubmitWithFileAsync(openForm, "#owner-update-form", Form(("Input.Percent", "50")), "Input.EvidenceFile", null, null);
        Assert.Equal(HttpStatusCode.Gone, revoked.Status);
        Assert.Equal("Revoked", revoked.Document.QuerySelector("#link-state")!.GetAttribute("data-state"));
        Assert.Contains(s.User.Name, revoked.Text("#link-contact"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await owner.GetAsync(links[0])).Status);

        // A02's action is deleted.
        await app.WithDbAsync(async db =>
        {
            db.PlannedActions.Remove(await db.PlannedActions.SingleAsync(a => a.Id == actions[1]));
            await db.SaveChangesAsync();
        });
        var gone = await owner.GetAsync(links[1]);
        Assert.Equal(HttpStatusCode.Gone, gone.Status);
        Assert.Equal("Deze actie bestaat niet meer", gone.Text("h1"));
        Assert.Contains(s.User.Name, gone.Text("#link-contact"), StringComparison.Ordinal);

        // A03's link with one character changed.
        var token = links[2]["/u/".Length..];
        var tampered = "/u/" + (token[0] == 'A' ? 'B' : 'A') + token[1..];
        var unknown = await owner.GetAsync(tampered);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Deze link kennen we niet", unknown.Text("h1"));

        // A link issued 30 days ago expires at this moment.
        var expiredToken = await app.WithDbAsync(async (db, _) =>
        {
            var contact = await db.OwnerContacts.FirstAsync(c => c.PlannedActionId == actions[2]);
            var (link, t) = OwnerLink.Issue(contact, Now.AddDays(-30), TimeSpan.FromDays(30));
            db.OwnerLinks.Add(link);
            await db.SaveChangesAsync();
            return t;
        });
        var expired = await owner.GetAsync("/u/" + expiredToken);
        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Equal("Expired", expired.Document.QuerySelector("#link-state")!.GetAttribute("data-state"));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(links[2])).Status);

        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.OrganisationId == s.Organisation.Id)));
    }

    [Fact]
    public async Task The_owner_form_refuses_a_percent_outside_0_to_100_a_future_date_and_a_file_that_is_no_document_with_422_and_keeps_the_answers()
    {
        StartNextRound();
        var (_, actions) = await StrategyAsync();
        var email = NewEmail();
        await OwnerAsync(actions[0], email);
        await RunMailsAsync();
        using var owner = app.NewClient();
        var form = await owner.OpenAsync(LinksIn(app.Mailbox.LatestTo(email))[0]);

        var refused = await owner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "101"), ("Input.Date", Iso(Today.AddDays(1))), ("Input.Text", "Bijna klaar")),
            "Input.EvidenceFile", "virus.pdf", "MZ\u0090\0"u8.ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Equal(3, refused.ErrorSummary.Count);
        Assert.NotNull(refused.FieldError("Input_Percent"));
        Assert.NotNull(refused.FieldError("Input_Date"));
        Assert.NotNull(refused.FieldError("Input_EvidenceFile"));
        Assert.Equal("101", refused.ValueOf("Input_Percent"));
        Assert.Equal("Bijna klaar", refused.ValueOf("Input_Text"));
        Assert.Equal(0, await UpdatesAsync(actions[0]));
    }

    [Fact]
    public async Task Send_now_mails_the_owners_of_the_coordinators_organisation_only_and_a_teamlid_gets_403()
    {
        StartNextRound();
        var (a, actionsA) = await StrategyAsync();
        var (b, actionsB) = await StrategyAsync();
        var (ownerA, ownerB) = (NewEmail(), NewEmail());
        await OwnerAsync(actionsA[0], ownerA);
        await OwnerAsync(actionsB[0], ownerB);
        using var coordinator = await app.LoggedInClientAsync(a.User);
        var overview = await coordinator.OpenAsync(a.Organisation.Url("/followup/owners"));
        Assert.NotNull(overview.Document.QuerySelector("#mails-none"));

        var sent = await coordinator.SubmitAsync(overview, "#run-form", Form());

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Single(app.Mailbox.To(ownerA));
        Assert.Empty(app.Mailbox.To(ownerB));
        overview = await coordinator.OpenAsync(a.Organisation.Url("/followup/owners"));
        Assert.Equal("Sent", overview.Document.QuerySelector("#mail-table .cx-mail-status")!.GetAttribute("data-status"));

        var teamlid = await app.NewUserAsync();
        await app.AddMemberAsync(b.Organisation, teamlid, OrganisationRole.Teamlid);
        using var member = await app.LoggedInClientAsync(teamlid);
        var readOnly = await member.OpenAsync(b.Organisation.Url("/followup/owners"));
        Assert.Equal(HttpStatusCode.OK, readOnly.Status);
        Assert.Null(readOnly.Document.QuerySelector("#run-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync(b.Organisation.Url("/followup/owners?handler=Run"), [new("__RequestVerificationToken", readOnly.AntiforgeryToken)])).Status);
        Assert.Empty(app.Mailbox.To(ownerB));
    }

    /// <summary>A mail server that is down; counts the attempts to reach one address (other tests' owners may be mailed in the same run).</summary>
    private sealed class DownMailServer(string watched) : IMailSender
    {
        public int Calls { get; private set; }

        public Task SendAsync(OutgoingMail mail, CancellationToken ct)
        {
            if (mail.To == watched)
            {
                Calls++;
            }
            throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused);
        }
    }

    [Fact]
    public async Task A_mail_that_cannot_be_sent_is_retried_later_shown_as_failed_to_the_coordinator_and_sent_once_when_asked_again()
    {
        StartNextRound();
        var (s, actions) = await StrategyAsync();
        var email = NewEmail();
        await OwnerAsync(actions[0], email);
        var down = new DownMailServer(email);
        var options = new OwnersOptions { MaxAttempts = 2 };
        Task<OwnerMailing> MailingAsync() => app.WithDbAsync((db, _) => db.OwnerMailings.SingleAsync(m => m.EmailKey == email));

        var first = await RunMailsAsync(down, options);
        Assert.True(first.Failed >= 1);
        var pending = await MailingAsync();
        Assert.Equal((OwnerMailStatus.Pending, 1), (pending.Status, pending.Attempts));
        Assert.NotNull(pending.LastError);
        await RunMailsAsync(down, options);
        Assert.Equal(1, down.Calls);
        app.Clock.Advance(OwnerMailing.RetryPause(1));
        await RunMailsAsync(down, options);
        Assert.Equal(2, down.Calls);
        Assert.Equal(OwnerMailStatus.Failed, (await MailingAsync()).Status);
        app.Clock.Advance(TimeSpan.FromHours(6));
        await RunMailsAsync(down, options);
        Assert.Equal(2, down.Calls);
        Assert.Empty(app.Mailbox.To(email));

        using var coordinator = await app.LoggedInClientAsync(s.User);
        var overview = await coordinator.OpenAsync(s.Organisation.Url("/followup/owners"));
        var row = overview.Document.QuerySelector("#mail-table tbody tr")!;
        Assert.Equal("Failed", row.QuerySelector(".cx-mail-status")!.GetAttribute("data-status"));
        Assert.Contains("mislukt", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 poging(en)", row.TextContent, StringComparison.Ordinal);

        var retried = await coordinator.SubmitAsync(overview, $"#{row.Id} form", Form());
        Assert.Equal(HttpStatusCode.Redirect, retried.Status);
        await RunMailsAsync();
        Assert.Single(app.Mailbox.To(email));
        overview = await coordinator.OpenAsync(s.Organisation.Url("/followup/owners"));
        Assert.Equal("Sent", overview.Document.QuerySelector("#mail-table .cx-mail-status")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Two_runners_on_one_PostgreSQL_database_claim_the_same_round_and_each_owner_gets_exactly_one_mail()
    {
        Assert.SkipUnless(app.Provider == "PostgreSql", "Needs PostgreSQL (CIRCULAIR_TEST_DATABASE=PostgreSql): the claim uses FOR UPDATE SKIP LOCKED.");
        StartNextRound();
        var (_, actions) = await StrategyAsync(actions: 4);
        var emails = Enumerable.Range(0, 40).Select(_ => NewEmail()).ToList();
        for (var i = 0; i < emails.Count; i++)
        {
            await OwnerAsync(actions[i % actions.Length], emails[i], $"Eigenaar {i}");
        }
        var options = new OwnersOptions { BatchSize = 3 };

        // Two runners, each with its own scope, DbContext and connection, started together as two instances would be.
        using var go = new ManualResetEventSlim(false);
        Task<OwnerMailRun> Runner() => Task.Run(async () =>
        {
            go.Wait();
            return await RunMailsAsync(options: options);
        });
        var runners = new[] { Runner(), Runner() };
        go.Set();
        var runs = await Task.WhenAll(runners);

        Assert.All(emails, e => Assert.Single(app.Mailbox.To(e)));
        Assert.All(runs, r => Assert.Equal(0, r.Failed));
        Assert.Equal(emails.Count, await app.WithDbAsync((db, _) => db.OwnerMailings.CountAsync(m => emails.Contains(m.Email) && m.Status == OwnerMailStatus.Sent)));
    }
}
