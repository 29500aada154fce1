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
}
