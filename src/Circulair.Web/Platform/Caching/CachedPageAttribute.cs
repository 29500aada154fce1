namespace Circulair.Web.Platform.Caching;

/// <summary>
/// Marks a read-heavy organisation page whose GET answers may be served from <see cref="OrganisationPageCache"/>
/// (decision 0171). Only for pages that show nothing but organisation data, the person's role and language, and the
/// date: a page that reads something the data version does not cover is never stored anyway (DataVersionReadGuard),
/// but then it gains nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedPageAttribute : Attribute
{
    /// <summary>
    /// Whether one rendering serves every member with the same role (decision 0490), not only the person it was rendered
    /// for. Only for a page that reads nothing of the person but their role: not the person's own imports, ratings or
    /// name. The antiforgery tokens in its forms are the one per-person part; each answer gets the person's own.
    /// </summary>
    public bool Shared { get; set; }
}
