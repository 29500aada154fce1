using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Circulair.Web.Platform.Mail;

/// <summary>An e-mail the product sends: invitations, password resets.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody);

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}

public sealed class MailOptions
{
    public string From { get; set; } = "Circulair <no-reply@circulair.invalid>";

    /// <summary>Folder for mails when no SMTP host is set; relative to the start directory.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string Host { get; set; } = "";
        public int Port { get; set; } = 587;
        public bool UseStartTls { get; set; } = true;
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
    }
}

/// <summary>
/// Sends through SMTP (MailKit) when a host is configured; otherwise writes each mail as an .eml file to the
/// pickup folder and logs where, so nothing is lost on a machine without a mail server and tests can read it.
/// </summary>
public sealed class MailSender(MailOptions options, ILogger<MailSender> logger, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        using var activity = Telemetry.CirculairTelemetry.Mail.StartActivity("mail send");
        try
        {
            await SendMessageAsync(mail, ct);
            Telemetry.CirculairTelemetry.MailsSent.Add(1, new KeyValuePair<string, object?>("outcome", "sent"));
        }
        catch (Exception e)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            Telemetry.CirculairTelemetry.MailsSent.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            throw;
        }
    }

    private async Task SendMessageAsync(OutgoingMail mail, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = clock.GetUtcNow();
        message.Body = new TextPart("plain") { Text = mail.TextBody };

        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            var folder = Path.GetFullPath(options.PickupDirectory, Directory.GetCurrentDirectory());
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, ct);
            logger.LogInformation("No SMTP host configured; mail to {Recipient} ({Subject}) written to {File}", mail.To, mail.Subject, file);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(options.Smtp.Host, options.Smtp.Port, options.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(options.Smtp.UserName))
        {
            await smtp.AuthenticateAsync(options.Smtp.UserName, options.Smtp.Password, ct);
        }
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
        logger.LogInformation("Mail to {Recipient} ({Subject}) sent through {Host}", mail.To, mail.Subject, options.Smtp.Host);
    }
}
