using System.Reflection;
using Circulair.Accounts;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;

namespace Circulair.Web.Platform.Security.Passwords;

/// <summary>
/// Refuses a password that appears in the list of breached passwords shipped with Circulair
/// (<c>breached-passwords.txt</c>, embedded in the assembly; its header names the source and licence). No outside
/// service is asked. Identity runs every password validator on account creation (first set-up, an accepted
/// invitation), on a password change and on a reset, so the one registration covers all of them. The comparison
/// ignores case and surrounding spaces.
/// </summary>
public sealed class BreachedPasswords(Text t) : IPasswordValidator<AppUser>
{
    public const string Code = "BreachedPassword";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string? password) => password is not null && List.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = t["Account.Identity.BreachedPassword"] })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        var assembly = typeof(BreachedPasswords).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("breached-passwords.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }
        return set;
    }
}
