using Circulair.FollowUp;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.FollowUp;

public static class DecisionText
{
    /// <summary>The body that decided: "Gemeenteraad", or the name typed for another body.</summary>
    public static string Body(Text t, PoliticalDecision d) => d.Body == DecisionBody.Ander && d.OtherBody is { } other ? other : t.Enum(d.Body);
}
