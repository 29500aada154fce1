using MimeKit;

namespace Circulair.Web.Platform.Mail;

/// <summary>
/// Whether an address can go in a mail's To line as it is. [EmailAddress] only looks for one "@"; MimeKit is
/// stricter, and an address it refuses would fail at sending time, after the invitation was already stored.
/// </summary>
public static class MailAddresses
{
    public static bool IsValid(string address) =>
        MailboxAddress.TryParse(address, out var parsed) && string.Equals(parsed.Address, address, StringComparison.OrdinalIgnoreCase) && !address.Contains(' ', StringComparison.Ordinal);
}
