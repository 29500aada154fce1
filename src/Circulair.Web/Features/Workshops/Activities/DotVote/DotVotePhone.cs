using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>A dot vote on the phone: the items, the dots the participant gave (or typed, when refused) and how many are left.</summary>
public sealed class DotVotePhone(PhoneContext phone, IReadOnlyDictionary<int, int> dots) : PhoneState(phone)
{
    public IReadOnlyDictionary<int, int> Dots { get; } = dots;

    public IReadOnlyList<WorkshopItem> Items { get; } = phone.Activity.OrderedItems();

    public int DotsLeft => Math.Max(0, DotBudget.Remaining(Dots, Activity.DotsPerParticipant));
}
