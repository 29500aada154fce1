using Microsoft.AspNetCore.Identity;

namespace Circulair.Accounts;

/// <summary>A person with an account. Identity keeps the credentials; we add name, language and platform-level rights.</summary>
public sealed class AppUser : IdentityUser<int>
{
    public const int DisplayNameMaxLength = 100;
    public const int EmailMaxLength = 254;

    [PersonalData]
    public string DisplayName { get; set; } = "";

    /// <summary>UI culture: "nl-BE" (default) or "en".</summary>
    public string Language { get; set; } = Languages.Dutch;

    /// <summary>May create organisations. The person who ran first-time setup gets it.</summary>
    public bool IsPlatformAdministrator { get; set; }

    /// <summary>The organisation the person last worked in; the start page goes there.</summary>
    public int? LastOrganisationId { get; set; }

    public DateTime CreatedAt { get; set; }
}

public static class Languages
{
    public const string Dutch = "nl-BE";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Dutch, English];

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);
}
