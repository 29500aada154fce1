using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// Regions and their members (issue 19 item 1, decision 0350). An intercommunale or a province invites member
/// organisations, takes back an unanswered invitation and ends a membership; every organisation answers the
/// invitations it received and leaves a region. Ending, from either side, takes the member's shares with it, so its
/// figures leave the region's views at once. Rows are never removed: the tables show the history with dates.
/// Only Beheerders write here; everyone in the organisation reads.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Beheerder)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, RegionInvitationMail mail) : RegionPageModel(db, current, clock)
{
    public IReadOnlyList<MembershipRow> Members { get; private set; } = [];

    public IReadOnlyList<MembershipRow> Regions { get; private set; } = [];

    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    /// <summary>The organisation to invite (region side).</summary>
    [BindProperty]
    public int? MemberId { get; set; }

    /// <summary>The end date as typed, kept on a refusal.</summary>
    public string? TypedEnd { get; private set; }

    public int? TypedEndFor { get; private set; }

    public static string EndField(int membershipId) => $"end-{membershipId}";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        if (!IsRegion)
        {
            return NotFound();
        }
        var member = MemberId is { } id ? await Db.Organisations.SingleOrDefaultAsync(o => o.Id == id && o.Id != Org.Id, ct) : null;
        if (member is null)
        {
            ModelState.AddModelError(nameof(MemberId), t["Regions.Validation.MemberRequired"]);
            await LoadAsync(ct);
            return Page();
        }
        var region = await Db.Organisations.SingleAsync(o => o.Id == Org.Id, ct);
        var open = await Db.RegionMemberships.AnyAsync(m => m.OrganisationId == Org.Id && m.MemberOrganisationId == member.Id
            && (m.Status == RegionMembershipStatus.Invited || m.Status == RegionMembershipStatus.Active), ct);
        if (open)
        {
            ModelState.AddModelError(nameof(MemberId), t["Errors.RegionAlreadyMember"]);
            await LoadAsync(ct);
            return Page();
        }
        Db.RegionMemberships.Add(RegionMembership.Invite(region, member, open, Now));
        await Db.SaveChangesAsync(ct);
        // The member's Beheerders hear of it by mail too, with a link to where they answer (decision 0375).
        var inviter = User.FindFirst(CirculairClaims.DisplayName)?.Value ?? User.Identity?.Name ?? region.Name;
        await mail.SendAsync(region, member, inviter, Request, ct);
        Flash("Regions.Invited", member.Name);
        return Redirect(Link());
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int membershipId, CancellationToken ct)
    {
        var membership = await Db.RegionMemberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == Org.Id, ct);
        if (membership is null)
        {
            return NotFound();
        }
        membership.Withdraw(Now);
        await Db.SaveChangesAsync(ct);
        Flash("Regions.Withdrawn");
        return Redirect(Link());
    }

    /// <summary>The region ends a membership.</summary>
    public Task<IActionResult> OnPostEndAsync(int membershipId, string? endedOn, CancellationToken ct) =>
        EndAsync(membershipId, endedOn, RegionSide.Region, ct);

    /// <summary>The member leaves a region.</summary>
    public Task<IActionResult> OnPostLeaveAsync(int membershipId, string? endedOn, CancellationToken ct) =>
        EndAsync(membershipId, endedOn, RegionSide.Member, ct);

    public async Task<IActionResult> OnPostAcceptAsync(int membershipId, CancellationToken ct)
    {
        var membership = await Db.RegionMemberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.MemberOrganisationId == Org.Id, ct);
        if (membership is null)
        {
            return NotFound();
        }
        membership.Accept(Now);
        await Db.SaveChangesAsync(ct);
        Flash("Regions.Accepted");
        return Redirect(Link());
    }

    public async Task<IActionResult> OnPostDeclineAsync(int membershipId, CancellationToken ct)
    {
        var membership = await Db.RegionMemberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.MemberOrganisationId == Org.Id, ct);
        if (membership is null)
        {
            return NotFound();
        }
        membership.Decline(Now);
        await Db.SaveChangesAsync(ct);
        Flash("Regions.Declined");
        return Redirect(Link());
    }

    private async Task<IActionResult> EndAsync(int membershipId, string? endedOn, RegionSide side, CancellationToken ct)
    {
        var membership = await Db.RegionMemberships.SingleOrDefaultAsync(m => m.Id == membershipId
            && (side == RegionSide.Region ? m.OrganisationId == Org.Id : m.MemberOrganisationId == Org.Id), ct);
        if (membership is null)
        {
            return NotFound();
        }
        var field = EndField(membershipId);
        if (!DateOnly.TryParseExact(endedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            ModelState.AddModelError(field, t["Regions.Validation.EndDateRequired"]);
        }
        else if (on > Today)
        {
            ModelState.AddModelError(field, t["Regions.Validation.EndDateInFuture"]);
        }
        else if (membership.AnsweredAt is { } answered && on < DateOnly.FromDateTime(answered.Date))
        {
            ModelState.AddModelError(field, t["Regions.Validation.EndDateBeforeStart", LocalDate(answered)]);
        }
        if (!ModelState.IsValid)
        {
            TypedEnd = endedOn;
            TypedEndFor = membershipId;
            await LoadAsync(ct);
            return Page();
        }
        membership.End(side, on);
        // The member's opt-ins end with the membership: its figures leave the region's views in this same save.
        Db.RegionShares.RemoveRange(await Db.RegionShares.Where(s => s.RegionMembershipId == membership.Id).ToListAsync(ct));
        await Db.SaveChangesAsync(ct);
        Flash(side == RegionSide.Region ? "Regions.Ended" : "Regions.Left");
        return Redirect(Link());
    }

    private void Flash(string key, params string[] arguments)
    {
        TempData["Flash"] = key;
        if (arguments.Length > 0)
        {
            TempData["FlashArguments"] = arguments;
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var orgId = Org.Id;
        var rows = await (
            from m in Db.RegionMemberships
            where m.OrganisationId == orgId || m.MemberOrganisationId == orgId
            join region in Db.Organisations on m.OrganisationId equals region.Id
            join member in Db.Organisations on m.MemberOrganisationId equals member.Id
            orderby m.InvitedAt descending, m.Id descending
            select new MembershipRow(m.Id, m.OrganisationId, region.Name, m.MemberOrganisationId, member.Name, m.Status, m.InvitedAt, m.AnsweredAt, m.EndedOn, m.EndedBy))
            .ToListAsync(ct);
        Members = [.. rows.Where(r => r.RegionId == orgId)];
        Regions = [.. rows.Where(r => r.MemberId == orgId)];
        if (IsRegion && CanManage)
        {
            var open = Members.Where(r => r.Status is RegionMembershipStatus.Invited or RegionMembershipStatus.Active).Select(r => r.MemberId).ToHashSet();
            Candidates = [.. (await Db.Organisations.Where(o => o.Id != orgId).OrderBy(o => o.Name).Select(o => new Candidate(o.Id, o.Name, o.Type)).ToListAsync(ct))
                .Where(c => !open.Contains(c.Id))];
        }
    }

    public sealed record MembershipRow(int Id, int RegionId, string RegionName, int MemberId, string MemberName, RegionMembershipStatus Status,
        DateTime InvitedAt, DateTime? AnsweredAt, DateOnly? EndedOn, RegionSide? EndedBy);

    public sealed record Candidate(int Id, string Name, OrganisationType Type);
}
