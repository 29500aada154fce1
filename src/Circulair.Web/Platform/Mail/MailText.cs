using System.Globalization;
using Circulair.Accounts;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Platform.Mail;

/// <summary>
/// Strings for a mail in the recipient's language, which need not be the language of the request that sends it
/// (a Dutch-speaking Beheerder invites an English-speaking facilitator).
/// </summary>
public sealed class MailText(string language)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(language == Languages.English ? "en" : "nl-BE");

    public string this[string key, params object[] arguments] =>
        string.Format(_culture, CirculairLocalizer.Find(key, _culture) ?? key, arguments);

    public string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => this[$"Enum.{typeof(TEnum).Name}.{value}"];
}
