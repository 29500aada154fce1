using Circulair.FollowUp.Owners;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>One mail of the current round as the coordinator sees it.</summary>
public sealed record MailingRow(int Id, string Name, string Email, OwnerMailKind Kind, OwnerMailStatus Status, int Attempts, string? LastError, DateTime? SentAt);

/// <summary>
/// The owners of the organisation (decision 0250/0251): the current round of the cycle and its deadline, whom the
/// coordinator is waiting for (after the deadline, owners who still owe an update), the round's mails with their state
/// (a failed one can be sent again), and every owner with their actions. A Teamlid reads; the Coördinator acts.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid, Write = OrganisationRole.Coordinator)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, SendOwnerMails mails) : PageModel
{
    public FollowUpRound Round { get; private set; } = null!;
    public bool PastDeadline { get; private set; }
    public IReadOnlyList<SendOwnerMails.OwnerActions> Owners { get; private set; } = [];
    public IReadOnlyList<SendOwnerMails.OwnerActions> WaitingFor { get; private set; } = [];
    public IReadOnlyList<MailingRow> Mailings { get; private set; } = [];
    public bool CanCoordinate => current.Value.Can(OrganisationRole.Coordinator);
    public string Slug => current.Value.Slug;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "followup";
        var org = current.Value.Id;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var settings = await FollowUpData.SettingsAsync(db, org, ct);
        Round = mails.RoundOf(settings, today);
        PastDeadline = Round.IsPastDeadline(today);
        Owners = await SendOwnerMails.OwnersAsync(db, org, Round.Start, ct);
        Mailings = await db.OwnerMailings.Where(m => m.OrganisationId == org && m.RoundStart == Round.Start)
            .OrderBy(m => m.Name).ThenBy(m => m.Kind)
            .Select(m => new MailingRow(m.Id, m.Name, m.Email, m.Kind, m.Status, m.Attempts, m.LastError, m.SentAt)).ToListAsync(ct);
        var asked = Mailings.Where(m => m.Kind == OwnerMailKind.Request && m.Status == OwnerMailStatus.Sent).Select(m => OwnerContact.KeyOf(m.Email)).ToHashSet();
        WaitingFor = PastDeadline ? [.. Owners.Where(o => o.Waiting && asked.Contains(o.EmailKey))] : [];
    }

    /// <summary>Sends what is due now instead of waiting for the next run of the background service.</summary>
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var run = await mails.RunAsync(ct, current.Value.Id);
        TempData["Flash"] = run.Failed > 0 ? "Owners.Flash.RunFailed" : "Owners.Flash.Run";
        return Redirect($"/o/{Slug}/followup/owners");
    }

    public async Task<IActionResult> OnPostRetryAsync(int mailingId, CancellationToken ct)
    {
        var mailing = await db.OwnerMailings.FirstOrDefaultAsync(m => m.Id == mailingId && m.OrganisationId == current.Value.Id, ct);
        if (mailing is null)
        {
            return NotFound();
        }
        mailing.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await mails.RunAsync(ct, current.Value.Id);
        TempData["Flash"] = "Owners.Flash.Retried";
        return Redirect($"/o/{Slug}/followup/owners");
    }
}
