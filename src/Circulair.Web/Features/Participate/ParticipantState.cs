namespace Circulair.Web.Features.Participate;

/// <summary>Where a phone stands: an unknown code, an ended workshop, the join form, or taking part.</summary>
public enum ParticipantState
{
    Unknown,
    Ended,
    Join,
    Taking,
}
