using System.Security.Cryptography;
using System.Text;

namespace Circulair.Participation;

/// <summary>
/// The secret of a personal no-login link (AMORE raters, health-check raters): 32 random bytes, URL-safe. Only
/// <see cref="Hash"/> of it is stored, so a leaked database holds no working link.
/// </summary>
public static class PersonalLinkToken
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
