using System.Globalization;
using System.Security.Claims;
using Circulair.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Platform.Security;

public static class CirculairClaims
{
    public const string DisplayName = "circulair:name";
    public const string Language = "circulair:lang";
    public const string PlatformAdministrator = "circulair:platform-admin";

    public static int UserId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."), CultureInfo.InvariantCulture);

    public static bool IsPlatformAdministrator(this ClaimsPrincipal user) => user.HasClaim(PlatformAdministrator, "true");
}

/// <summary>Puts name, language and platform rights in the cookie, so pages need no user query to render the header.</summary>
public sealed class CirculairClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CirculairClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(CirculairClaims.Language, user.Language));
        if (user.IsPlatformAdministrator)
        {
            identity.AddClaim(new Claim(CirculairClaims.PlatformAdministrator, "true"));
        }
        return identity;
    }
}
