using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Circulair.Web.Platform.Localization;

/// <summary>
/// Every user-facing string is a key such as "Account.Login.Title". The part before the first dot names the
/// resource file (Resources/Account.resx in Dutch, Resources/Account.en.resx in English), so each feature
/// keeps its own strings and the key tells where to find them. Dutch (nl-BE) is the neutral language.
/// A missing key renders as the key itself, which the resource test catches.
/// See docs/decisions/0004-localisation.md.
/// </summary>
public sealed class CirculairLocalizer : IStringLocalizer
{
    private static readonly ConcurrentDictionary<string, ResourceManager?> Managers = new(StringComparer.Ordinal);

    public LocalizedString this[string name] => Lookup(name, null);

    public LocalizedString this[string name, params object[] arguments] => Lookup(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];

    /// <summary>
    /// Strings found, per culture and key: a page of 1,000 actions asks for the same few keys thousands of times, and each
    /// ask of the resource manager cut the area off the key and went through its culture fallback and its lock. Only
    /// strings that exist are kept, so a key built from input can never grow this beyond the resources.
    /// </summary>
    private static readonly ConcurrentDictionary<(CultureInfo Culture, string Key), string> Found = new();

    public static string? Find(string key, CultureInfo culture)
    {
        if (Found.TryGetValue((culture, key), out var found))
        {
            return found;
        }
        var value = FindInResources(key, culture);
        if (value is not null)
        {
            Found.TryAdd((culture, key), value);
        }
        return value;
    }

    private static string? FindInResources(string key, CultureInfo culture)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }
        var manager = Managers.GetOrAdd(key[..dot], area =>
        {
            var baseName = $"Circulair.Web.Resources.{area}";
            var assembly = typeof(CirculairLocalizer).Assembly;
            return assembly.GetManifestResourceInfo(baseName + ".resources") is null ? null : new ResourceManager(baseName, assembly);
        });
        return manager?.GetString(key, culture);
    }

    private static LocalizedString Lookup(string name, object[]? arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var value = Find(name, culture);
        if (value is null)
        {
            return new LocalizedString(name, name, resourceNotFound: true);
        }
        return new LocalizedString(name, arguments is { Length: > 0 } ? string.Format(CultureInfo.CurrentCulture, value, arguments) : value);
    }
}

public sealed class CirculairLocalizerFactory : IStringLocalizerFactory
{
    private static readonly CirculairLocalizer Instance = new();

    public IStringLocalizer Create(Type resourceSource) => Instance;

    public IStringLocalizer Create(string baseName, string location) => Instance;
}

/// <summary>Typed access for views and pages: inject <c>Text T</c> and write <c>T["Area.Key"]</c>.</summary>
public sealed class Text(IStringLocalizerFactory factory)
{
    private readonly IStringLocalizer _inner = factory.Create(typeof(Text));

    public LocalizedString this[string key] => _inner[key];

    public LocalizedString this[string key, params object[] arguments] => _inner[key, arguments];

    /// <summary>A number with its noun in the right form: key <c>{key}.One</c> for 1, <c>{key}.Other</c> otherwise (see <see cref="Counted"/>).</summary>
    public string Count(string key, long number, params object[] arguments) => Counted.Of(key, number, arguments).ToString();

    /// <summary>Localised name of an enum value: key "Enum.{Type}.{Value}".</summary>
    public string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => _inner[$"Enum.{typeof(TEnum).Name}.{value}"];
}
