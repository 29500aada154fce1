using System.Security.Claims;
using System.Text.Encodings.Web;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Tokens;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Features.Api;

/// <summary>
/// Authenticates an API request by its personal access token (<c>Authorization: Bearer ctk_…</c>); never by a cookie.
/// A token works while it is neither expired nor revoked and its owner is still a member of the token's organisation;
/// the member's current role travels with it, so the token can never do more than the person (decision 0330).
/// Challenge and forbid answer with problem details instead of a redirect to the log-in page.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenIdClaim = "circulair:token";
    public const string TokenOrganisationClaim = "circulair:token-org";
    public const string TokenScopeClaim = "circulair:token-scope";

    /// <summary>The token's expiry in UTC ticks: answers kept in memory end with it (<see cref="ApiResponseCache"/>).</summary>
    public const string TokenExpiresClaim = "circulair:token-expires";

    /// <summary>HttpContext.Items key: why the token was refused (a string key), for the 401's detail.</summary>
    public const string FailureItem = "Circulair.ApiTokenFailure";

    // Last use is written at most this often per token: a busy integration must not write on every request.
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || !PersonalAccessToken.TryReadPrefix(header[7..].Trim(), out var prefix))
        {
            return Fail("Api.Token.Invalid");
        }
        var text = header[7..].Trim();
        var db = Context.RequestServices.GetRequiredService<CirculairDbContext>();
        var found = await db.Set<PersonalAccessToken>()
            .Where(t => t.Prefix == prefix)
            .Select(t => new
            {
                Token = t,
                Role = db.Memberships.Where(m => m.OrganisationId == t.OrganisationId && m.UserId == t.UserId).Select(m => (OrganisationRole?)m.Role).FirstOrDefault(),
                UserName = db.Users.Where(u => u.Id == t.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .AsNoTracking()
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.Matches(text))
        {
            return Fail("Api.Token.Invalid");
        }
        var token = found.Token;
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.RevokedAt is not null)
        {
            return Fail("Api.Token.Revoked");
        }
        if (now >= token.ExpiresAt)
        {
            return Fail("Api.Token.Expired");
        }
        if (found.Role is not { } role)
        {
            return Fail("Api.Token.NoMembership");
        }
        if (token.LastUsedAt is not { } last || now - last >= LastUseResolution)
        {
            // Not through SaveChanges: using a token is not a change to the organisation's data (no audit, no new data version).
            await db.Set<PersonalAccessToken>().Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString(invariant)),
            // The audit trail names the author from this claim: the person and the token they used (issue 19 item 4).
            new Claim(CirculairClaims.DisplayName, $"{found.UserName} (API-token \u201c{token.Name}\u201d)"),
            new Claim(TokenIdClaim, token.Id.ToString(invariant)),
            new Claim(TokenOrganisationClaim, token.OrganisationId.ToString(invariant)),
            new Claim(TokenScopeClaim, token.Scope.ToString()),
            new Claim(TokenExpiresClaim, DateTime.SpecifyKind(token.ExpiresAt, DateTimeKind.Utc).Ticks.ToString(invariant)),
            new Claim(ClaimTypes.Role, role.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Fail(string key)
    {
        Context.Items[FailureItem] = key;
        return AuthenticateResult.Fail(key);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var key = Context.Items[FailureItem] as string ?? "Api.Token.Missing";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, key);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Api.Problem.Forbidden");
}

public static class ApiPrincipal
{
    public static int? TokenOrganisationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ApiTokenHandler.TokenOrganisationClaim), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static TokenScope? TokenScope(this ClaimsPrincipal user) =>
        Enum.TryParse<TokenScope>(user.FindFirstValue(ApiTokenHandler.TokenScopeClaim), out var scope) ? scope : null;

    public static string? TokenId(this ClaimsPrincipal user) => user.FindFirstValue(ApiTokenHandler.TokenIdClaim);
}
