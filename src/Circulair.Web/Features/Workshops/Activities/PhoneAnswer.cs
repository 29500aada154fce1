namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>What became of a phone's input: stored (the flash to show after the redirect) or refused (the page again, typed input kept).</summary>
public sealed record PhoneAnswer(string? Flash, PhoneState? Refused)
{
    public static PhoneAnswer Saved(string flashKey) => new(flashKey, null);

    public static PhoneAnswer Refuse(PhoneState typed) => new(null, typed);
}
