using Circulair.Web.Features.Library;
using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// <i>Analogiedenken</i> in a live workshop (issue 18 item 2): the projector shows the chosen library cases one per
/// round, participants send ideas the case inspires (stored with the case's item as their item key), and when the
/// activity closes the ideas go to the ideas backlog with the case's key as their lineage, like "clone into my plan".
/// </summary>
public sealed class AnalogyKind(IIdeaSink ideas, KnowledgeLibrary library) : IActivityKind
{
    public ActivityKind Kind => ActivityKind.Analogiedenken;

    public string Folder => "Analogiedenken";

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct) => await StateAsync(phone, [], ct);

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var a = phone.Activity;
        var key = phone.Key;
        if (await phone.AlreadySubmittedAsync(key, ct))
        {
            return PhoneAnswer.Saved("Workshops.Participate.IdeasSaved");
        }
        var typed = phone.Fields("ideas");
        var state = await StateAsync(phone, typed, ct);
        // The form names the case it was shown for: ideas typed while the facilitator moved on are refused, not filed under the next case.
        if (state.Item is null || phone.Int("item") != state.Item.Id)
        {
            throw PhoneContext.WrongActivity();
        }
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
        else if (texts.Count > state.IdeasLeft)
        {
            phone.ModelState.AddModelError("Ideas_0", t["Workshops.Participate.TooManyIdeas", a.IdeasPerRound]);
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(state);
        }
        for (var i = 0; i < texts.Count; i++)
        {
            phone.Db.WorkshopIdeas.Add(new WorkshopIdea(a, phone.Me, IdeaKind.Idee, texts[i], a.Round, null, state.Item.Id, null, PhoneContext.Derive(key, i), phone.Now));
        }
        await phone.SaveOnceAsync(ct);
        return PhoneAnswer.Saved("Workshops.Participate.IdeasSaved");
    }

    public async Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct)
    {
        var caseOf = feed.Activity.Items.Where(i => i.Source == VotingItemKind.Praktijkvoorbeeld && i.SourceKey is not null).ToDictionary(i => i.Id, i => i.SourceKey!);
        var records = feed.Results.Ideas.Where(i => i.Kind == IdeaKind.Idee)
            .Select(i => new WorkshopIdeaRecord(feed.Workshop.Id, feed.Activity.Id, i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.BuildsOnId, i.Author, i.CreatedAt, 0,
                caseOf.GetValueOrDefault(i.ItemKey)))
            .ToList();
        return records.Count == 0 ? [] : [await ideas.ReceiveAsync(feed.Workshop.OrganisationId, records, ct)];
    }

    private async Task<AnalogyPhone> StateAsync(PhoneContext phone, IReadOnlyList<string?> typed, CancellationToken ct)
    {
        var a = phone.Activity;
        var item = AnalogyRules.CaseShown(a);
        var all = await phone.IdeasAsync(ct);
        var mine = item is null ? [] : all.Where(i => i.ParticipantId == phone.Me.Id && i.View.ItemKey == item.Id && i.View.Round == a.Round).Select(i => i.View).ToList();
        return new AnalogyPhone(phone, item, library.Cases.Find(item?.SourceKey), mine, BrainwritingRules.IdeasLeft(a.IdeasPerRound, mine.Count), typed);
    }

    /// <summary>The case an item stands for, as the library has it now.</summary>
    public static Circulair.Library.LibraryCase? CaseOf(KnowledgeLibrary library, WorkshopItem? item) => library.Cases.Find(item?.SourceKey);
}
