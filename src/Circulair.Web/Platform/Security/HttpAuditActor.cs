using System.Globalization;
using System.Security.Claims;
using Circulair.Audit;

namespace Circulair.Web.Platform.Security;

/// <summary>The signed-in person as the author of changes in the audit trail.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public int? UserId =>
        accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? int.Parse(id, CultureInfo.InvariantCulture) : null;

    public string? Name => accessor.HttpContext?.User.FindFirstValue(CirculairClaims.DisplayName)
        ?? accessor.HttpContext?.User.Identity?.Name;
}
