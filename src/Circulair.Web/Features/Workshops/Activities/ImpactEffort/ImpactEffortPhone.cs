using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>Impact/effort on the phone: one compact block per action with its two scores (given, or typed when refused).</summary>
public sealed class ImpactEffortPhone(PhoneContext phone, IReadOnlyDictionary<int, (int Impact, int Effort)> scores) : PhoneState(phone)
{
    public IReadOnlyList<WorkshopItem> Items { get; } = phone.Activity.OrderedItems();

    public IReadOnlyDictionary<int, (int Impact, int Effort)> Scores { get; } = scores;

    /// <summary>Actions with both scores given, for the "3 van 5 gescoord" line.</summary>
    public int Done => Items.Count(i => Scores.TryGetValue(i.Id, out var s) && ImpactEffortRules.IsScore(s.Impact) && ImpactEffortRules.IsScore(s.Effort));
}
