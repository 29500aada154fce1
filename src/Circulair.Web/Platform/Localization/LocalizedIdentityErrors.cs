using Microsoft.AspNetCore.Identity;

namespace Circulair.Web.Platform.Localization;

/// <summary>Identity's password and account messages in the reader's language.</summary>
public sealed class LocalizedIdentityErrors(Text t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["Account.Identity.PasswordTooShort", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), t["Account.Identity.PasswordRequiresUniqueChars", uniqueChars]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["Account.Identity.PasswordRequiresDigit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["Account.Identity.PasswordRequiresLower"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), t["Account.Identity.PasswordRequiresUpper"]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), t["Account.Identity.PasswordRequiresNonAlphanumeric"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["Account.Identity.PasswordMismatch"]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["Account.Identity.InvalidToken"]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["Account.Identity.DuplicateEmail", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["Account.Identity.DuplicateEmail", userName]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["Account.Identity.InvalidEmail", email ?? ""]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["Account.Identity.InvalidEmail", userName ?? ""]);
    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Account.Identity.Default"]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t["Account.Identity.Default"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
