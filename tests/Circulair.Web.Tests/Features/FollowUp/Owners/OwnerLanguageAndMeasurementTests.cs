using System.Net;
using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Monitoring;
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
/// Owners' mails in the owner's language (issue 14), read from the mail pickup folder, and measurements for the action's
/// indicators given through the owner's update link (issue 15 item 2).
/// </summary>
public sealed class OwnerLanguageAndMeasurementTests(OwnersApp app) : IClassFixture<OwnersApp>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private void StartNextRound() => app.Clock.SetUtcNow(new DateTime(Now.Year, Now.Month, 1, 8, 0, 0, DateTimeKind.Utc).AddMonths(1));

    private async Task<(StrategySetup S, int Action)> StrategyAsync()
    {
        var s = await NewAsync(app, OrganisationRole.Coordinator);
        var line = await app.LineAsync(await app.GoalAsync(await app.DomainAsync(s)));
        var action = await app.ActionAsync(s, line, "A01", "Materialenbank", d => d with { Status = ActionStatus.Lopend });
        await app.WithDbAsync(async db =>
        {
            var settings = new FollowUpSettings(s.Organisation.Id);
            settings.Configure(FollowUpCycle.Maandelijks, RollUpWeighting.Gelijk);
            db.FollowUpSettings.Add(settings);
            await db.SaveChangesAsync();
        });
        return (s, action);
    }

    private Task<OwnerMailRun> RunMailsAsync() =>
        app.WithDbAsync((db, sp) => new SendOwnerMails(db, sp.GetRequiredService<IMailSender>(), app.Clock, sp.GetRequiredService<OwnersOptions>(),
            sp.GetRequiredService<IConfiguration>(), NullLogger<SendOwnerMails>.Instance).RunAsync(CancellationToken.None));

    private static string LinkIn(MimeMessage mail) =>
        (mail.TextBody ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("http", StringComparison.Ordinal)).Select(l => new Uri(l).PathAndQuery).Single();

    private static string NewEmail() => Scenario.Unique("eigenaar") + "@partner.test";

    [Fact]
    public async Task An_owner_whose_language_is_English_gets_the_mail_in_English_and_a_Dutch_owner_of_the_same_action_in_Dutch()
    {
        StartNextRound();
        var (s, action) = await StrategyAsync();
        var english = NewEmail();
        var dutch = NewEmail();
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var page = await coordinator.OpenAsync(s.Url($"/actions/{action}/owners"));
        var firstLanguage = page.Document.QuerySelector("#Input_Language")!;
        Assert.Equal(("nl-BE", true), (firstLanguage.GetAttribute("value"), firstLanguage.HasAttribute("checked")));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(page, "#owner-form",
            Form(("Input.Role", nameof(OwnerRole.Trekker)), ("Input.Name", "Emma Lead"), ("Input.Email", english), ("Input.Language", "en")))).Status);
        page = await coordinator.OpenAsync(s.Url($"/actions/{action}/owners"));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(page, "#owner-form",
            Form(("Input.Role", nameof(OwnerRole.Partner)), ("Input.Name", "Jonas Partner"), ("Input.Email", dutch)))).Status);
        page = await coordinator.OpenAsync(s.Url($"/actions/{action}/owners"));
        Assert.Contains("English", page.Text("#owners"), StringComparison.Ordinal);

        await RunMailsAsync();

        var inEnglish = Assert.Single(app.Mailbox.To(english));
        Assert.StartsWith("How are your actions doing?", inEnglish.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Hello Emma Lead,", inEnglish.TextBody, StringComparison.Ordinal);
        Assert.Contains("You do not need an account.", inEnglish.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Hallo", inEnglish.TextBody, StringComparison.Ordinal);
        var inDutch = Assert.Single(app.Mailbox.To(dutch));
        Assert.StartsWith("Hoe staan je acties ervoor?", inDutch.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("You do not need", inDutch.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_with_the_input_kept_and_no_owner_written()
    {
        var (s, action) = await StrategyAsync();
        var email = NewEmail();
        using var coordinator = await app.LoggedInClientAsync(s.User);
        var page = await coordinator.OpenAsync(s.Url($"/actions/{action}/owners"));

        var refused = await coordinator.SubmitAsync(page, "#owner-form",
            Form(("Input.Role", nameof(OwnerRole.Trekker)), ("Input.Name", "Emma Lead"), ("Input.Email", email), ("Input.Language", "fr")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies Nederlands of English.", refused.FieldError("Input_Language"));
        Assert.Equal(email, refused.ValueOf("Input_Email"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.OwnerContacts.CountAsync(c => c.PlannedActionId == action)));
    }

    private async Task<(StrategySetup S, int Action, int Indicator, string Link, string Email)> OwnerWithIndicatorAsync()
    {
        StartNextRound();
        var (s, action) = await StrategyAsync();
        var email = NewEmail();
        var indicator = await app.WithDbAsync(async (db, _) =>
        {
            var a = await db.PlannedActions.SingleAsync(x => x.Id == action);
            db.OwnerContacts.Add(new OwnerContact(a, OwnerRole.Trekker, "Sofie Trekker", email, null, Now));
            var i = new Indicator(s.Organisation.Id, new IndicatorDetails
            {
                Level = IndicatorLevel.Output, Name = "Bezoekers van de materialenbank", Unit = "bezoekers", Direction = IndicatorDirection.HigherIsBetter,
                Instrument = MeasurementInstrument.CijfersBijhouden, Frequency = MeasurementFrequency.Jaarlijks,
            }, null, Now);
            db.Indicators.Add(i);
            await db.SaveChangesAsync();
            db.IndicatorActionLinks.Add(new IndicatorActionLink(s.Organisation.Id, i.Id, action));
            await db.SaveChangesAsync();
            return i.Id;
        });
        await RunMailsAsync();
        return (s, action, indicator, LinkIn(app.Mailbox.LatestTo(email)), email);
    }

    [Fact]
    public async Task The_owner_gives_a_measurement_for_the_actions_indicator_through_the_link_and_it_is_recorded_with_the_link()
    {
        var (_, action, indicator, link, _) = await OwnerWithIndicatorAsync();
        using var owner = app.NewClient();
        var form = await owner.OpenAsync(link);
        Assert.Contains("Bezoekers van de materialenbank (bezoekers)", form.Text("#owner-measurements"), StringComparison.Ordinal);

        var saved = await owner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "40"), ("Measurements[0].Value", "1.250,5")), "Input.EvidenceFile", null, null);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var linkId = await app.WithDbAsync((db, _) => db.OwnerLinks.Where(l => l.PlannedActionId == action).Select(l => l.Id).SingleAsync());
        var m = await app.WithDbAsync((db, _) => db.Measurements.SingleAsync(x => x.IndicatorId == indicator));
        Assert.Equal((1250.5, Now.Year, (int?)linkId, "Sofie Trekker"), (m.Value, m.Year, m.OwnerLinkId, m.EnteredByName));
        Assert.Contains("Sofie Trekker", m.Source, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.PlannedActionId == action)));

        // A second update in the same year replaces that year's value; left empty, nothing changes.
        form = await owner.OpenAsync(link);
        Assert.Contains("1.250,5", form.Text("#owner-measurements"), StringComparison.Ordinal);
        await owner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "50"), ("Measurements[0].Value", "1300")), "Input.EvidenceFile", null, null);
        form = await owner.OpenAsync(link);
        await owner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "60")), "Input.EvidenceFile", null, null);
        Assert.Equal(1300, await app.WithDbAsync((db, _) => db.Measurements.Where(x => x.IndicatorId == indicator).Select(x => x.Value).SingleAsync()));
    }

    [Fact]
    public async Task A_measurement_that_is_not_a_number_is_refused_with_the_input_kept_and_nothing_written()
    {
        var (_, action, indicator, link, _) = await OwnerWithIndicatorAsync();
        using var owner = app.NewClient();
        var form = await owner.OpenAsync(link);

        var refused = await owner.SubmitWithFileAsync(form, "#owner-update-form", Form(("Input.Percent", "40"), ("Measurements[0].Value", "veel")), "Input.EvidenceFile", null, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Geef voor ‘Bezoekers van de materialenbank’ een getal, bijvoorbeeld 12,5, of laat het veld leeg.", refused.FieldError("Measurements_0__Value"));
        Assert.Equal("veel", refused.ValueOf("Measurements_0__Value"));
        Assert.NotNull(refused.Document.QuerySelector(".cx-error-summary a[href='#Measurements_0__Value']"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Measurements.CountAsync(x => x.IndicatorId == indicator)));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.PlannedActionId == action)));
    }

    [Fact]
    public async Task A_value_posted_for_an_indicator_of_another_action_is_refused_and_nothing_written()
    {
        var (_, action, indicator, link, _) = await OwnerWithIndicatorAsync();
        using var owner = app.NewClient();
        var form = await owner.OpenAsync(link);

        var refused = await owner.SubmitWithFileAsync(form, "#owner-update-form",
            Form(("Input.Percent", "40"), ("Measurements[0].Value", ""), ("Measurements[1].IndicatorId", (indicator + 100000).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Measurements[1].Value", "5")), "Input.EvidenceFile", null, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ProgressUpdates.CountAsync(u => u.PlannedActionId == action)));
    }
}
