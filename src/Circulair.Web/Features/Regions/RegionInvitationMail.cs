using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// Tells the invited member's Beheerders that a region invited their organisation (issue 19 item 1, decision 0375): one
/// mail each, in the recipient's language, with a link to the member's region page where they accept or decline. The
/// link carries no secret: only a signed-in Beheerder of the member can answer there. A mail that cannot be sent is
/// logged and does not undo the invitation, which the Beheerders also find on the page.
/// </summary>
public sealed class RegionInvitationMail(CirculairDbContext db, IMailSender sender, PublicLinks links, ILogger<RegionInvitationMail> logger)
{
    /// <returns>How many Beheerders were mailed.</returns>
    public async Task<int> SendAsync(Organisation region, Organisation member, string inviterName, HttpRequest request, CancellationToken ct)
    {
        var recipients = await db.Memberships
            .Where(m => m.OrganisationId == member.Id && m.Role == OrganisationRole.Beheerder)
            .Select(m => new { m.User.Email, m.User.Language })
            .ToListAsync(ct);
        var link = links.To(request, $"/o/{member.Slug}/region");
        var sent = 0;
        foreach (var r in recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email)).DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase))
        {
            var text = new MailText(r.Language);
            try
            {
                await sender.SendAsync(new OutgoingMail(
                    r.Email!,
                    text["Regions.Mail.Invitation.Subject", region.Name],
                    text["Regions.Mail.Invitation.Body", inviterName, region.Name, member.Name, link]), ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The region invitation mail of {Region} to a Beheerder of {Member} could not be sent", region.Id, member.Id);
            }
        }
        return sent;
    }
}
