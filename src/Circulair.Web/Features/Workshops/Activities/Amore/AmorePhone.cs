using Circulair.Web.Features.Vision.Amore;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>AMORE on the phone: the vision statement being rated and the five scores with a comment.</summary>
public sealed class AmorePhone(PhoneContext phone, string? statement, RatingInput rating) : PhoneState(phone)
{
    public string? Statement { get; } = statement;

    public RatingInput Rating { get; } = rating;
}
