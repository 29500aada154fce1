using System.Security.Cryptography;
using System.Text;
using Circulair.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Identity's UserManager with the lockout on the app's <see cref="TimeProvider"/>. ASP.NET Core Identity 10
/// reads <c>DateTimeOffset.UtcNow</c> for lockouts (only its security-stamp check takes a TimeProvider), so
/// without this the 15-minute lockout would follow the wall clock while everything else follows the injected
/// clock, and no test could show the lockout ending. The rules are Identity's own: after
/// MaxFailedAccessAttempts failures the account is locked for DefaultLockoutTimeSpan and the count restarts.
/// Identity's token providers (password reset links) still read the wall clock; see docs/decisions/0110.
/// Two-factor recovery codes are stored as salted SHA-256 hashes instead of Identity's plain text, so a copy of the
/// database does not hand out second factors (decision 0243).
/// </summary>
public sealed class CirculairUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    TimeProvider clock)
    : UserManager<AppUser>(store, options, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<AppUser> LockoutStore =>
        Store as IUserLockoutStore<AppUser> ?? throw new NotSupportedException("The user store does not support lockout.");

    public override async Task<bool> IsLockedOutAsync(AppUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }
        var end = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return end >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }

    private IUserTwoFactorRecoveryCodeStore<AppUser> RecoveryCodeStore =>
        Store as IUserTwoFactorRecoveryCodeStore<AppUser> ?? throw new NotSupportedException("The user store does not keep recovery codes.");

    private IUserAuthenticatorKeyStore<AppUser> AuthenticatorKeyStore =>
        Store as IUserAuthenticatorKeyStore<AppUser> ?? throw new NotSupportedException("The user store does not keep authenticator keys.");

    /// <summary>
    /// The person's authenticator key, made when there is none yet. Unlike Identity's <c>ResetAuthenticatorKeyAsync</c>
    /// this leaves the security stamp alone: opening the set-up page must not end the person's sessions (decision 0240).
    /// </summary>
    public async Task<string> EnsureAuthenticatorKeyAsync(AppUser user)
    {
        ThrowIfDisposed();
        var key = await GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key))
        {
            return key;
        }
        await AuthenticatorKeyStore.SetAuthenticatorKeyAsync(user, GenerateNewAuthenticatorKey(), CancellationToken);
        await UpdateUserAsync(user);
        return (await GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>Recovery codes as Identity makes them, stored hashed; the plain codes are returned to be shown once.</summary>
    public override async Task<IEnumerable<string>?> GenerateNewTwoFactorRecoveryCodesAsync(AppUser user, int number)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var codes = new List<string>(number);
        while (codes.Count < number)
        {
            var code = CreateTwoFactorRecoveryCode();
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }
        await RecoveryCodeStore.ReplaceCodesAsync(user, codes.Select(c => HashRecoveryCode(user, c)), CancellationToken);
        var update = await UpdateUserAsync(user);
        return update.Succeeded ? codes : null;
    }

    /// <summary>Uses up one recovery code: compared by its hash, so a typed code with spaces or lower case still counts.</summary>
    public override Task<IdentityResult> RedeemTwoFactorRecoveryCodeAsync(AppUser user, string code) =>
        base.RedeemTwoFactorRecoveryCodeAsync(user, HashRecoveryCode(user, code));

    /// <summary>Removes the authenticator key and every recovery code (two-factor sign-in switched off).</summary>
    public async Task<IdentityResult> ForgetSecondFactorAsync(AppUser user)
    {
        ThrowIfDisposed();
        var off = await SetTwoFactorEnabledAsync(user, false);
        if (!off.Succeeded)
        {
            return off;
        }
        // Identity's own token names (UserStoreBase): the rows go, rather than being left empty.
        var key = await RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        return key.Succeeded ? await RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes") : key;
    }

    private static string HashRecoveryCode(AppUser user, string code)
    {
        var normal = new string([.. code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        // The person's id salts the hash: the same code of two people gives two hashes. Hex never holds Identity's ';'.
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("circulair-recovery-code\n" + user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + normal));
        return Convert.ToHexStringLower(bytes);
    }
}
