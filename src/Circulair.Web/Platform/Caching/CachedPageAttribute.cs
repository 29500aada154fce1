namespace Circulair.Web.Platform.Caching;

/// <summary>
/// Marks a read-heavy organisation page whose GET answers may be served from <see cref="OrganisationPageCache"/>
/// (decision 0171). Only for pages that show nothing but organisation data, the person's role and language, and the
/// date: a page that reads something the data version does not cover is never stored anyway (DataVersionReadGuard),
/// but then it gains nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedPageAttribute : Attribute;
