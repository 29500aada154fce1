using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary><i>Verzamelen op een canvas</i> on the phone: the canvas's sections to choose from, the note being typed and the participant's notes so far.</summary>
public sealed class CanvasCollectionPhone(PhoneContext phone, IReadOnlyList<IdeaView> mine, string? typed, int? section) : PhoneState(phone)
{
    public IReadOnlyList<WorkshopItem> Sections { get; } = phone.Activity.OrderedItems();

    public IReadOnlyList<IdeaView> Mine { get; } = mine;

    public string? Typed { get; } = typed;

    public int? TypedSection { get; } = section;

    public bool MayAddMore => Mine.Count < CanvasCollectionRules.MaxNotesPerParticipant;

    /// <summary>The section's label in the reader's language (the item's text was written in Dutch when the activity was added).</summary>
    public static string LabelKey(WorkshopActivity activity, WorkshopItem item) =>
        CanvasCollectionRules.Sections(activity.CanvasKind).FirstOrDefault(s => s.Code == item.SourceKey)?.LabelKey ?? "";
}
