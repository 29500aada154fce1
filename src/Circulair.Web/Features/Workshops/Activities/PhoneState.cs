using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// What a kind's phone view (<c>_Phone.cshtml</c>) needs; each kind extends it with its own fields. The forms post to
/// <see cref="FormAction"/> with the activity's id, so input for an activity that has moved on is refused.
/// </summary>
public abstract class PhoneState(PhoneContext phone)
{
    public WorkshopActivity Activity { get; } = phone.Activity;

    /// <summary>The participant page's address, "/w/CODE".</summary>
    public string Action { get; } = phone.Action;

    public string FormAction => Action + "?handler=answer";

    /// <summary>A fresh key per form shown, so a double tap of the same form stores an idea once.</summary>
    public Guid SubmissionKey { get; } = Guid.NewGuid();
}
