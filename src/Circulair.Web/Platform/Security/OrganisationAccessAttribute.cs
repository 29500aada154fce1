using Circulair.Organisations;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// The roles a page below /o/{org} asks for: <see cref="Read"/> for GET and HEAD, <see cref="Write"/> for
/// every other method. Without the attribute a page is readable by every member (Lezer) and writable by a
/// Teamlid. Checked by <see cref="OrganisationScopeMiddleware"/> on every request.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OrganisationAccessAttribute : Attribute
{
    /// <summary>What a page without the attribute asks for.</summary>
    public static readonly OrganisationAccessAttribute Default = new();

    public OrganisationRole Read { get; init; } = OrganisationRole.Lezer;
    public OrganisationRole Write { get; init; } = OrganisationRole.Teamlid;
}
