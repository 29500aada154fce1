using System.Data.Common;
using System.Globalization;
using System.Text;
using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>What one run of <see cref="SendOwnerMails"/> did.</summary>
public sealed record OwnerMailRun(int Planned, int Sent, int Failed);

/// <summary>
/// The cycle's mails to owners as one use case (decision 0251), run by <see cref="OwnerMailService"/> on every instance
/// and by tests with a fake clock. <b>Plan</b>: for every organisation with owners, the mails due in the current round
/// (request, reminder before the deadline, reminder after it) go into <c>OwnerMailings</c> with
/// <c>INSERT … ON CONFLICT DO NOTHING</c> on the unique key (organisation, round, kind, address), so planning twice, or
/// on two instances at once, plans each mail once. <b>Send</b>: an instance claims a batch of due rows
/// (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL; on SQLite the single UPDATE statement is atomic), issues fresh links,
/// mails one message per owner through the mail layer and marks the row sent, or failed with a retry later.
/// </summary>
public sealed class SendOwnerMails(CirculairDbContext db, IMailSender mail, TimeProvider clock, OwnersOptions options, IConfiguration configuration, ILogger<SendOwnerMails> logger)
{
    /// <summary>How long a claim holds before another instance may take the mail over (an instance that died mid-send).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <param name="organisationId">Only this organisation's mails (the coordinator's *Nu versturen*); null: every organisation.</param>
    public async Task<OwnerMailRun> RunAsync(CancellationToken ct, int? organisationId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var planned = await PlanAsync(now, organisationId, ct);
        var (sent, failed) = (0, 0);
        while (!ct.IsCancellationRequested)
        {
            var claimed = await ClaimAsync(now, organisationId, ct);
            if (claimed.Count == 0)
            {
                break;
            }
            foreach (var id in claimed)
            {
                if (await SendAsync(id, now, ct))
                {
                    sent++;
                }
                else
                {
                    failed++;
                }
            }
        }
        return new OwnerMailRun(planned, sent, failed);
    }

    /// <summary>An owner (one address) and their open actions in an organisation, with whether each was answered this round.</summary>
    /// <param name="Language">The language of the owner's mails: that of their newest contact (<see cref="OwnerContact.Language"/>).</param>
    public sealed record OwnerActions(string EmailKey, string Email, string Name, IReadOnlyList<OwnerAction> Actions, string Language = Circulair.Accounts.Languages.Dutch)
    {
        public bool Waiting => Actions.Any(a => !a.Answered);
    }

    public sealed record OwnerAction(int ContactId, int ActionId, int TrajectoryId, string Number, string Title, OwnerRole Role, bool Answered);

    /// <summary>Actions that are asked about: planned, running or on hold (not ideas, not done, not stopped).</summary>
    public static bool IsFollowedUp(ActionStatus status) => status is ActionStatus.Gepland or ActionStatus.Lopend or ActionStatus.OnHold;

    /// <summary>Every owner of the organisation (or only the one with <paramref name="emailKey"/>) with their followed-up actions, and which got an update since <paramref name="since"/>.</summary>
    public static async Task<IReadOnlyList<OwnerActions>> OwnersAsync(CirculairDbContext db, int organisationId, DateOnly since, CancellationToken ct, string? emailKey = null)
    {
        var sinceTime = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var contacts = db.OwnerContacts.InOrganisation(organisationId);
        if (emailKey is not null)
        {
            contacts = contacts.Where(c => c.EmailKey == emailKey);
        }
        var rows = await (from c in contacts
                          join a in db.PlannedActions.InOrganisation(organisationId) on c.PlannedActionId equals a.Id
                          where a.Status == ActionStatus.Gepland || a.Status == ActionStatus.Lopend || a.Status == ActionStatus.OnHold
                          select new
                          {
                              c.Id, c.EmailKey, c.Email, c.Name, c.Role, c.Language, ActionId = a.Id, a.TrajectoryId, a.Number, a.Title,
                              Answered = db.Set<ProgressUpdate>().Any(u => u.PlannedActionId == a.Id && u.CreatedAt >= sinceTime),
                          }).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.EmailKey).OrderBy(g => g.First().Name, StringComparer.CurrentCultureIgnoreCase).Select(g => new OwnerActions(
            g.Key, g.OrderByDescending(r => r.Id).First().Email, g.OrderByDescending(r => r.Id).First().Name,
            [.. g.OrderBy(r => r.Number, StringComparer.OrdinalIgnoreCase).Select(r => new OwnerAction(r.Id, r.ActionId, r.TrajectoryId, r.Number, r.Title, r.Role, r.Answered))],
            g.OrderByDescending(r => r.Id).First().Language))];
    }

    public FollowUpRound RoundOf(FollowUpSettings settings, DateOnly today) => FollowUpRound.At(settings.Cycle, today, options.AnswerDays);

    private async Task<int> PlanAsync(DateTime now, int? only, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var organisations = await db.OwnerContacts.Where(c => only == null || c.OrganisationId == only).Select(c => c.OrganisationId).Distinct().ToListAsync(ct);
        var planned = 0;
        foreach (var organisationId in organisations)
        {
            var settings = await FollowUpData.SettingsAsync(db, organisationId, ct);
            var round = RoundOf(settings, today);
            var owners = await OwnersAsync(db, organisationId, round.Start, ct);
            if (owners.Count == 0)
            {
                continue;
            }
            // Requests sent on an earlier day of this round: reminders only follow a request, never on the same day.
            var requested = (await db.OwnerMailings.Where(m => m.OrganisationId == organisationId && m.RoundStart == round.Start && m.Kind == OwnerMailKind.Request && m.Status == OwnerMailStatus.Sent)
                .Select(m => new { m.EmailKey, m.SentAt }).ToListAsync(ct))
                .Where(m => m.SentAt is { } at && DateOnly.FromDateTime(at) < today).Select(m => m.EmailKey).ToHashSet();
            foreach (var owner in owners)
            {
                var kind = round.IsDue(OwnerMailKind.Request, today) ? OwnerMailKind.Request : (OwnerMailKind?)null;
                if (owner.Waiting && requested.Contains(owner.EmailKey))
                {
                    if (round.IsDue(OwnerMailKind.ReminderAfter, today, options.RemindDaysBefore))
                    {
                        kind = OwnerMailKind.ReminderAfter;
                    }
                    else if (round.IsDue(OwnerMailKind.ReminderBefore, today, options.RemindDaysBefore))
                    {
                        kind = OwnerMailKind.ReminderBefore;
                    }
                }
                if (kind is { } k)
                {
                    planned += await db.Database.ExecuteSqlAsync($"""
                        INSERT INTO "OwnerMailings" ("OrganisationId", "RoundStart", "Kind", "EmailKey", "Email", "Name", "Status", "Attempts", "CreatedAt", "NextAttemptAt")
                        VALUES ({organisationId}, {round.Start}, {(int)k}, {owner.EmailKey}, {owner.Email}, {owner.Name}, {(int)OwnerMailStatus.Pending}, {0}, {now}, {now})
                        ON CONFLICT DO NOTHING
                        """, ct);
                }
            }
        }
        return planned;
    }

    /// <summary>Claims up to a batch of due mails for this instance; the ids claimed.</summary>
    private async Task<List<int>> ClaimAsync(DateTime now, int? only, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var sql = $"""
            UPDATE "OwnerMailings" SET "ClaimedUntil" = @until
            WHERE "Id" IN (
                SELECT "Id" FROM "OwnerMailings"
                WHERE "Status" = {(int)OwnerMailStatus.Pending}{(only is { } o ? $" AND \"OrganisationId\" = {o.ToString(CultureInfo.InvariantCulture)}" : "")} AND "NextAttemptAt" <= @now AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < @now)
                ORDER BY "Id" LIMIT {Math.Max(1, options.BatchSize)}{(postgres ? " FOR UPDATE SKIP LOCKED" : "")})
            RETURNING "Id"
            """;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "@until", now + ClaimLease);
            Add(command, "@now", now);
            var ids = new List<int>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
            ids.Sort();
            return ids;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static void Add(DbCommand command, string name, DateTime value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        command.Parameters.Add(p);
    }

    private async Task<bool> SendAsync(int mailingId, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var mailing = await db.OwnerMailings.SingleAsync(m => m.Id == mailingId, ct);
        try
        {
            // Only this owner's contacts: reading every owner of the organisation for each mail made a cycle quadratic.
            var owners = await OwnersAsync(db, mailing.OrganisationId, mailing.RoundStart, ct, mailing.EmailKey);
            var owner = owners.FirstOrDefault(o => o.EmailKey == mailing.EmailKey);
            var actions = owner?.Actions.Where(a => mailing.Kind == OwnerMailKind.Request || !a.Answered).ToList() ?? [];
            if (actions.Count == 0)
            {
                // Answered or closed since it was planned: nothing to ask.
                mailing.MarkSent(now);
                await db.SaveChangesAsync(ct);
                return true;
            }
            var contacts = await db.OwnerContacts.InOrganisation(mailing.OrganisationId).Where(c => actions.Select(a => a.ContactId).Contains(c.Id)).ToListAsync(ct);
            var links = new List<(OwnerAction Action, string Token)>();
            foreach (var action in actions)
            {
                var (link, token) = OwnerLink.Issue(contacts.Single(c => c.Id == action.ContactId), now, options.LinkLifetime);
                db.OwnerLinks.Add(link);
                links.Add((action, token));
            }
            await db.SaveChangesAsync(ct);
            var message = await ComposeAsync(mailing, owner!, links, now, ct);
            await mail.SendAsync(message, ct);
            mailing.MarkSent(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Owner mail {MailingId} ({Kind}) to {Recipient} failed", mailing.Id, mailing.Kind, mailing.Email);
            db.ChangeTracker.Clear();
            var again = await db.OwnerMailings.SingleAsync(m => m.Id == mailingId, CancellationToken.None);
            again.MarkFailed(e.Message, clock.GetUtcNow().UtcDateTime, options.MaxAttempts);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }
    }

    private async Task<OutgoingMail> ComposeAsync(OwnerMailing mailing, OwnerActions owner, List<(OwnerAction Action, string Token)> links, DateTime now, CancellationToken ct)
    {
        // The owner's language (issue 14): every string of the mail, and its dates, in Dutch or English.
        var t = new MailText(owner.Language);
        var (organisation, coordinator, round) = await SenderAsync(mailing, ct);
        var culture = CultureInfo.GetCultureInfo(owner.Language == Circulair.Accounts.Languages.English ? "en" : "nl-BE");
        string Date(DateOnly d) => d.ToString("d MMMM yyyy", culture);
        var body = new StringBuilder();
        body.AppendLine(t["Owners.Mail.Greeting", owner.Name]).AppendLine();
        body.AppendLine(t[$"Owners.Mail.{mailing.Kind}.Intro", organisation, Date(round.Deadline)]).AppendLine();
        foreach (var (action, token) in links)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {action.Number} {action.Title} ({t.Enum(action.Role)})");
            body.AppendLine(CultureInfo.InvariantCulture, $"  {PublicUrl()}/u/{token}");
        }
        body.AppendLine();
        body.AppendLine(t["Owners.Mail.Validity", LocalTime.Of(now + options.LinkLifetime).ToString("d MMMM yyyy", culture)]);
        body.AppendLine(coordinator is null ? t["Owners.Mail.ContactOrganisation", organisation] : t["Owners.Mail.Contact", coordinator, organisation]);
        return new OutgoingMail(owner.Email, t[$"Owners.Mail.{mailing.Kind}.Subject", organisation], body.ToString());
    }

    /// <summary>The organisation's name, its coordinator and the round, read once per organisation and round in a run (every owner's mail names them).</summary>
    private async Task<(string Organisation, string? Coordinator, FollowUpRound Round)> SenderAsync(OwnerMailing mailing, CancellationToken ct)
    {
        if (_senders.TryGetValue((mailing.OrganisationId, mailing.RoundStart), out var known))
        {
            return known;
        }
        var organisation = await db.Organisations.Where(o => o.Id == mailing.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var coordinator = await UpdateModel.CoordinatorNameAsync(db, mailing.OrganisationId, ct);
        var settings = await FollowUpData.SettingsAsync(db, mailing.OrganisationId, ct);
        var sender = (organisation, coordinator, RoundOf(settings, mailing.RoundStart));
        _senders[(mailing.OrganisationId, mailing.RoundStart)] = sender;
        return sender;
    }

    private readonly Dictionary<(int OrganisationId, DateOnly RoundStart), (string Organisation, string? Coordinator, FollowUpRound Round)> _senders = [];

    private string PublicUrl()
    {
        var configured = configuration["Circulair:PublicUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }
        logger.LogWarning("Circulair:PublicUrl is not set; owner mails link to http://localhost. Set it to the public address of this installation.");
        return "http://localhost";
    }
}

/// <summary>
/// Runs <see cref="SendOwnerMails"/> every FollowUp:Owners:IntervalMinutes on each instance. Running on every instance
/// is safe: the mailing table decides who sends what, once (decision 0251).
/// </summary>
public sealed class OwnerMailService(IServiceScopeFactory scopes, OwnersOptions options, TimeProvider clock, ILogger<OwnerMailService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Background)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.IntervalMinutes)), clock);
        do
        {
            using var activity = Platform.Telemetry.CirculairTelemetry.Mail.StartActivity("owner mails run");
            try
            {
                using var scope = scopes.CreateScope();
                var run = await scope.ServiceProvider.GetRequiredService<SendOwnerMails>().RunAsync(stoppingToken);
                Platform.Telemetry.CirculairTelemetry.MailJobRuns.Add(1, new KeyValuePair<string, object?>("outcome", "ok"));
                if (run.Planned + run.Sent + run.Failed > 0)
                {
                    logger.LogInformation("Owner mails: {Planned} planned, {Sent} sent, {Failed} failed", run.Planned, run.Sent, run.Failed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
                Platform.Telemetry.CirculairTelemetry.MailJobRuns.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
                logger.LogError(e, "The run of the owner mails failed; the next run tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
