namespace Circulair.Library.Sharing;

public enum PersonalDataKind
{
    Email = 1,
    Phone = 2,
}

/// <summary>An e-mail address or phone number found in a text that is about to be shared, as written there.</summary>
public sealed record PersonalDataMatch(PersonalDataKind Kind, string Value);
