namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>Brainwriting on the phone: the sheet the participant holds this round, what is on it, and room for new ideas.</summary>
public sealed class BrainwritingPhone(PhoneContext phone, int sheet, IReadOnlyList<IdeaView> onSheet, int ideasLeft, IReadOnlyList<string?> typed) : PhoneState(phone)
{
    /// <summary>0-based; shown as "blad 1".</summary>
    public int Sheet { get; } = sheet;

    public IReadOnlyList<IdeaView> OnSheet { get; } = onSheet;

    public int IdeasLeft { get; } = ideasLeft;

    public IReadOnlyList<string?> Typed { get; } = typed;
}
