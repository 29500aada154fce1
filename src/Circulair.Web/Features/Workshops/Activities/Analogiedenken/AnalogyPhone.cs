using Circulair.Library;
using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary><i>Analogiedenken</i> on the phone: the case the room looks at, the participant's ideas for it so far, and room for more.</summary>
public sealed class AnalogyPhone(PhoneContext phone, WorkshopItem? item, LibraryCase? shown, IReadOnlyList<IdeaView> mine, int ideasLeft, IReadOnlyList<string?> typed) : PhoneState(phone)
{
    /// <summary>The prepared item of the case shown (its text is the case's title when it was picked).</summary>
    public WorkshopItem? Item { get; } = item;

    /// <summary>The case as the library has it now; null when it has left the library (the item's title still shows).</summary>
    public LibraryCase? Case { get; } = shown;

    public IReadOnlyList<IdeaView> Mine { get; } = mine;

    public int IdeasLeft { get; } = ideasLeft;

    public IReadOnlyList<string?> Typed { get; } = typed;
}
