namespace Circulair;

/// <summary>
/// Thrown when a rule of the model refuses a change (an illegal transition). The web layer turns it into
/// a 409 page with the message key localised; it is never swallowed.
/// </summary>
public sealed class DomainException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    /// <summary>Resource key of the user-facing explanation, e.g. "Errors.InvitationAlreadyUsed".</summary>
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
