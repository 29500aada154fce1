using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Web.Platform.Mail;
using Microsoft.AspNetCore.Identity;

namespace Circulair.Web.Features.Members;

/// <summary>
/// Writes and sends the invitation mail: in the invitee's language when they already have an account (an
/// external facilitator invited to a second organisation), else in Dutch. The link carries the raw token,
/// which exists only here and in the mail; the database keeps its hash.
/// </summary>
public sealed class InvitationMail(UserManager<AppUser> users, IMailSender sender, PublicLinks links)
{
    public async Task SendAsync(Invitation invitation, string token, string organisationName, string inviterName, HttpRequest request, CancellationToken ct)
    {
        var existing = await users.FindByEmailAsync(invitation.Email);
        var text = new MailText(existing?.Language ?? Languages.Dutch);
        var link = links.To(request, AcceptModel.Path(token));
        await sender.SendAsync(new OutgoingMail(
            invitation.Email,
            text["Members.Mail.Invitation.Subject", organisationName],
            text["Members.Mail.Invitation.Body", inviterName, organisationName, text.Enum(invitation.Role), link, (int)Invitation.Lifetime.TotalDays]), ct);
    }
}
