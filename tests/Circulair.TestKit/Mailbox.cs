using System.Text.RegularExpressions;
using MimeKit;

namespace Circulair.TestKit;

/// <summary>Reads the mails the app wrote to its pickup folder (no SMTP in tests).</summary>
public sealed partial class Mailbox(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<MimeMessage> All() =>
        Directory.Exists(Folder)
            ? [.. Directory.GetFiles(Folder, "*.eml").OrderBy(File.GetCreationTimeUtc).ThenBy(f => f, StringComparer.Ordinal).Select(f => MimeMessage.Load(f))]
            : [];

    public IReadOnlyList<MimeMessage> To(string email) =>
        [.. All().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The newest mail to this address; fails the test when there is none.</summary>
    public MimeMessage LatestTo(string email) =>
        To(email).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {email} in {Folder}.");

    /// <summary>The first link in a plain-text mail body that contains <paramref name="pathPart"/>, as a path and query.</summary>
    public static string LinkIn(MimeMessage mail, string pathPart)
    {
        foreach (Match m in UrlPattern().Matches(mail.TextBody ?? ""))
        {
            if (m.Value.Contains(pathPart, StringComparison.Ordinal))
            {
                var uri = new Uri(m.Value);
                return uri.PathAndQuery;
            }
        }
        throw new InvalidOperationException($"No link containing {pathPart} in mail '{mail.Subject}'.");
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex UrlPattern();
}
