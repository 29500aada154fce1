using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// <i>Verzamelen op een canvas</i> (issue 17 item 10, decision 0380): each phone sends short notes, choosing for each the
/// section of the target canvas it belongs to (the activity's items); the projector groups them by section. Nothing goes
/// to the strategy when it closes: the team keeps or discards each note on the review page (<c>CanvasNotes</c>), and
/// only kept notes land on the canvas.
/// </summary>
public sealed class CanvasCollectionKind : IActivityKind
{
    public ActivityKind Kind => ActivityKind.Canvasverzameling;

    public string Folder => "Canvasverzameling";

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct) => await StateAsync(phone, null, null, ct);

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var key = phone.Key;
        if (await phone.AlreadySubmittedAsync(key, ct))
        {
            return PhoneAnswer.Saved("Workshops.Collect.NoteSaved");
        }
        var typed = phone.Field("note");
        var section = phone.Int("section");
        var state = await StateAsync(phone, typed, section, ct);
        var t = phone.T;
        var text = typed?.Trim();
        if (section is not { } itemId || phone.Activity.Items.All(i => i.Id != itemId))
        {
            phone.ModelState.AddModelError("Section", t["Workshops.Collect.SectionRequired"]);
        }
        if (string.IsNullOrEmpty(text))
        {
            phone.ModelState.AddModelError("Note", t["Workshops.Collect.NoteRequired"]);
        }
        else if (text.Length > CanvasCollectionRules.NoteMaxLength)
        {
            phone.ModelState.AddModelError("Note", t["Workshops.Participate.TooLong", CanvasCollectionRules.NoteMaxLength]);
        }
        else if (state.Mine.Count >= CanvasCollectionRules.MaxNotesPerParticipant)
        {
            phone.ModelState.AddModelError("Note", t["Workshops.Collect.TooManyNotes", CanvasCollectionRules.MaxNotesPerParticipant]);
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(state);
        }
        phone.Db.WorkshopIdeas.Add(new WorkshopIdea(phone.Activity, phone.Me, IdeaKind.Notitie, text!, 1, null, section!.Value, null, key, phone.Now));
        await phone.SaveOnceAsync(ct);
        return PhoneAnswer.Saved("Workshops.Collect.NoteSaved");
    }

    private static async Task<CanvasCollectionPhone> StateAsync(PhoneContext phone, string? typed, int? section, CancellationToken ct)
    {
        var mine = (await phone.IdeasAsync(ct)).Where(i => i.ParticipantId == phone.Me.Id).Select(i => i.View).ToList();
        return new CanvasCollectionPhone(phone, mine, typed, section);
    }
}
