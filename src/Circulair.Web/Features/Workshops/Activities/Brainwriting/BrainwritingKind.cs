using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// Brainwriting: each participant writes up to N ideas per round on the sheet they hold (<see cref="BrainwritingSheets"/>),
/// optionally building on an idea already on it. When it closes, the ideas go to the ideas backlog with their lineage.
/// </summary>
public sealed class BrainwritingKind(IIdeaSink ideas) : IActivityKind
{
    public ActivityKind Kind => ActivityKind.Brainwriting;

    public string Folder => "Brainwriting";

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct) => await SheetAsync(phone, [], ct);

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var a = phone.Activity;
        var key = phone.Key;
        if (await phone.AlreadySubmittedAsync(key, ct))
        {
            return PhoneAnswer.Saved("Workshops.Participate.IdeasSaved");
        }
        var typed = phone.Fields("ideas");
        var sheet = await SheetAsync(phone, typed, ct);
        var texts = typed.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).ToList();
        var t = phone.T;
        if (texts.Count == 0)
        {
            phone.ModelState.AddModelError("Ideas_0", t["Workshops.Participate.IdeaRequired"]);
        }
        else if (texts.Any(x => x.Length > WorkshopIdea.TextMaxLength))
        {
            phone.ModelState.AddModelError("Ideas_0", t["Workshops.Participate.TooLong", WorkshopIdea.TextMaxLength]);
        }
        else if (texts.Count > sheet.IdeasLeft)
        {
            phone.ModelState.AddModelError("Ideas_0", t["Workshops.Participate.TooManyIdeas", a.IdeasPerRound]);
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(sheet);
        }
        var parent = phone.Int("buildsOn") is { } b && sheet.OnSheet.Any(i => i.Id == b) ? b : (int?)null;
        for (var i = 0; i < texts.Count; i++)
        {
            phone.Db.WorkshopIdeas.Add(new WorkshopIdea(a, phone.Me, IdeaKind.Idee, texts[i], a.Round, sheet.Sheet, 0, parent, PhoneContext.Derive(key, i), phone.Now));
        }
        await phone.SaveOnceAsync(ct);
        return PhoneAnswer.Saved("Workshops.Participate.IdeasSaved");
    }

    public async Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct)
    {
        var records = IdeaFeed.Records(feed, IdeaKind.Idee);
        return records.Count == 0 ? [] : [await ideas.ReceiveAsync(feed.Workshop.OrganisationId, records, ct)];
    }

    private static async Task<BrainwritingPhone> SheetAsync(PhoneContext phone, IReadOnlyList<string?> typed, CancellationToken ct)
    {
        var a = phone.Activity;
        var all = await phone.IdeasAsync(ct);
        var sheet = BrainwritingSheets.SheetFor(phone.MyIndex, Math.Max(1, a.Round), Math.Max(1, a.SheetCount));
        var onSheet = all.Where(i => i.View.Sheet == sheet).Select(i => i.View).ToList();
        var written = all.Count(i => i.ParticipantId == phone.Me.Id && i.View.Round == a.Round);
        return new BrainwritingPhone(phone, sheet, onSheet, BrainwritingRules.IdeasLeft(a.IdeasPerRound, written), typed);
    }
}
