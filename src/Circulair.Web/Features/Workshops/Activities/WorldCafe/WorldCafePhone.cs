using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>World café on the phone: the table to go to this round; for its host, the notes form; for a guest, the tables still without host.</summary>
public sealed class WorldCafePhone(PhoneContext phone, WorkshopItem? table, bool host, IReadOnlyList<WorkshopItem> freeTables, IReadOnlyList<IdeaView> notes, string? typed) : PhoneState(phone)
{
    public WorkshopItem? Table { get; } = table;

    public bool IAmHost { get; } = host;

    public IReadOnlyList<WorkshopItem> FreeTables { get; } = freeTables;

    public IReadOnlyList<IdeaView> Notes { get; } = notes;

    public string? Typed { get; } = typed;
}
